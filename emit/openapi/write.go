package openapi

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/getkin/kin-openapi/openapi3"
	yaml "gopkg.in/yaml.v3"
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
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return nil, nil, fmt.Errorf("encoding OpenAPI YAML: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), jsonData, nil
}
