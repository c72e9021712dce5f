package openapi

import (
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
)

// A nullable reference is typed (linters require a type beside nullable)
// and still accepts null and the referenced object; an any-value schema
// is not marked nullable (OpenAPI 3.0 gives nullable no meaning without a
// type, and linters reject it), which kin-openapi reads as not accepting
// null: a trade-off the README states.
func TestNullable(t *testing.T) {
	s := &schemas{version: "v1.0", types: &names.Types{}}
	target := openapi3.NewObjectSchema().WithProperty("a", openapi3.NewStringSchema())
	r := s.nullable(&openapi3.SchemaRef{Ref: schemaRef("x"), Value: target})
	if !r.Value.Nullable || !r.Value.Type.Is(openapi3.TypeObject) || len(r.Value.AllOf) != 1 {
		t.Fatalf("nullable reference: %+v", r.Value)
	}
	for _, v := range []any{nil, map[string]any{"a": "b"}} {
		if err := r.Value.VisitJSON(v); err != nil {
			t.Errorf("nullable reference rejects %v: %v", v, err)
		}
	}
	if err := r.Value.VisitJSON(map[string]any{"a": 1}); err == nil {
		t.Error("nullable reference accepts what its target rejects")
	}
	anyv := s.nullable((&openapi3.Schema{}).NewRef())
	if anyv.Value.Nullable {
		t.Error("an any-value schema is marked nullable")
	}
	if err := anyv.Value.VisitJSON("x"); err != nil {
		t.Errorf("any-value schema rejects a string: %v", err)
	}
}
