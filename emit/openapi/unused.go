package openapi

import (
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// dropUnused removes the component schemas that no operation leads to
// (through parameters, bodies, responses, and from schema to schema
// through properties, items, allOf/oneOf/anyOf, additionalProperties and
// discriminator mappings). They are the types the docs define but no
// documented route takes or returns (the Go SDK's othermodels).
func dropUnused(doc *openapi3.T) {
	used := map[string]bool{}
	var stack []string
	var visit func(r *openapi3.SchemaRef)
	visit = func(r *openapi3.SchemaRef) {
		if r == nil {
			return
		}
		if name, ok := strings.CutPrefix(r.Ref, schemaRef("")); ok {
			if !used[name] {
				used[name] = true
				stack = append(stack, name)
			}
			return
		}
		s := r.Value
		if s == nil {
			return
		}
		for _, p := range s.Properties {
			visit(p)
		}
		for _, rs := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
			for _, x := range rs {
				visit(x)
			}
		}
		visit(s.Items)
		visit(s.Not)
		visit(s.AdditionalProperties.Schema)
		if s.Discriminator != nil {
			for _, m := range s.Discriminator.Mapping {
				visit(&openapi3.SchemaRef{Ref: m.Ref})
			}
		}
	}
	content := func(c openapi3.Content) {
		for _, mt := range c {
			visit(mt.Schema)
		}
	}
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			for _, p := range op.Parameters {
				visit(p.Value.Schema)
			}
			if op.RequestBody != nil {
				content(op.RequestBody.Value.Content)
			}
			for _, r := range op.Responses.Map() {
				content(r.Value.Content)
			}
		}
	}
	// Shared components (the Graph error response) keep what they refer
	// to even when no operation is left to use them.
	for _, r := range doc.Components.Responses {
		if r.Value != nil {
			content(r.Value.Content)
		}
	}
	for _, p := range doc.Components.Parameters {
		if p.Value != nil {
			visit(p.Value.Schema)
		}
	}
	for len(stack) > 0 {
		name := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if r := doc.Components.Schemas[name]; r != nil {
			visit(&openapi3.SchemaRef{Value: r.Value})
		}
	}
	for name := range doc.Components.Schemas {
		if !used[name] {
			delete(doc.Components.Schemas, name)
		}
	}
}
