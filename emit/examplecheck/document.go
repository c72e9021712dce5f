package examplecheck

import (
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/emit/openapi"
)

// document builds the version's OpenAPI document as emit/openapi emits it
// and links its component references, so that schemas validate through
// them (emit/openapi leaves each reference's Value empty; see its refTo).
func document(version string, ops []*names.Op, types *names.Types) (*openapi3.T, error) {
	doc, _, err := openapi.Generate(version, ops, types)
	if err != nil {
		return nil, err
	}
	l := linker{comps: doc.Components.Schemas, seen: map[*openapi3.Schema]bool{}}
	for _, c := range doc.Components.Schemas {
		l.schema(c.Value)
	}
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			if op.RequestBody != nil && op.RequestBody.Value != nil {
				for _, mt := range op.RequestBody.Value.Content {
					l.ref(mt.Schema)
				}
			}
			for _, r := range op.Responses.Map() {
				if r.Value == nil {
					continue
				}
				for _, mt := range r.Value.Content {
					l.ref(mt.Schema)
				}
			}
		}
	}
	return doc, nil
}

// linker points every "#/components/schemas/x" reference at the component.
type linker struct {
	comps openapi3.Schemas
	seen  map[*openapi3.Schema]bool
}

func (l linker) ref(r *openapi3.SchemaRef) {
	if r == nil {
		return
	}
	if name, ok := strings.CutPrefix(r.Ref, "#/components/schemas/"); ok {
		if c := l.comps[name]; c != nil && c.Value != nil {
			r.Value = c.Value
		}
	}
	l.schema(r.Value)
}

func (l linker) schema(s *openapi3.Schema) {
	if s == nil || l.seen[s] {
		return
	}
	l.seen[s] = true
	for _, p := range s.Properties {
		l.ref(p)
	}
	l.ref(s.Items)
	l.ref(s.Not)
	l.ref(s.AdditionalProperties.Schema)
	for _, rs := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
		for _, r := range rs {
			l.ref(r)
		}
	}
}
