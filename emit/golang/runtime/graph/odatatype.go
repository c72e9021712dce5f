package graph

import (
	"bytes"
	"encoding/json"
	"strings"
)

// ODataType returns the value of the "@odata.type" member of the JSON
// object data, such as "#microsoft.graph.user", for choosing the Go type of
// a polymorphic value. It returns "" when data is not an object or the
// member is absent or not a string. Only top-level members are looked at;
// nested values are skipped without being decoded, and scanning stops at the
// first "@odata.type", so the rest of data is not validated.
func ODataType(data []byte) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return ""
	}
	var skip json.RawMessage // reused buffer for the values passed over
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		if key, _ := tok.(string); key == "@odata.type" {
			tok, err := dec.Token()
			if s, ok := tok.(string); ok && err == nil {
				return s
			}
			return ""
		}
		if err := dec.Decode(&skip); err != nil {
			return ""
		}
	}
	return ""
}

// ODataTypeName returns the qualified type name in an @odata.type value:
// "#microsoft.graph.user" and "microsoft.graph.user" both give
// "microsoft.graph.user". Case is kept; OData type names compare
// case-sensitively, and any other normalization is the caller's job.
func ODataTypeName(s string) string { return strings.TrimPrefix(s, "#") }
