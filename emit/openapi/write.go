package openapi

import (
	"encoding/json"
	"fmt"

	"github.com/getkin/kin-openapi/openapi3"
)

// Marshal renders a document as YAML and as indented JSON. Both encoders
// sort map keys, so the bytes depend only on the document.
func Marshal(doc *openapi3.T) (yamlData, jsonData []byte, err error) {
	jsonData, err = json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, nil, fmt.Errorf("encoding OpenAPI JSON: %w", err)
	}
	jsonData = append(jsonData, '\n')
	// Go through a generic value so that YAML holds exactly what JSON does.
	var v any
	if err := json.Unmarshal(jsonData, &v); err != nil {
		return nil, nil, err
	}
	yamlData, err = encodeYAML(v)
	if err != nil {
		return nil, nil, fmt.Errorf("encoding OpenAPI YAML: %w", err)
	}
	return yamlData, jsonData, nil
}
