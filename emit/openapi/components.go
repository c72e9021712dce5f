package openapi

import (
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// schemas builds the component schemas of one version's types and the
// schemas of type references that point to them.
type schemas struct {
	doc     *openapi3.T
	version string
	types   *names.Types
}

// addTypes adds a component schema for every type of the version:
//   - an enum is a string with the documented members;
//   - a resource is an object with its properties and relationships and,
//     when it has a base type, allOf [base, own properties];
//   - a base type that values are decoded into by @odata.type (names.TypeName.Poly)
//     has a discriminator on @odata.type mapping each derived type;
//   - a property is nullable unless the docs say it is not (OData's
//     default), a nullable reference being allOf [ref] with nullable set.
func (s *schemas) addTypes() {
	for _, tn := range s.types.All() {
		if tn.Type.Version != s.version {
			continue
		}
		s.doc.Components.Schemas[names.SchemaName(tn.Type)] = s.typeSchema(tn).NewRef()
	}
	// Now that every component exists, point the references at them.
	for _, ref := range s.doc.Components.Schemas {
		s.link(ref)
	}
}

func (s *schemas) typeSchema(tn *names.TypeName) *openapi3.Schema {
	t := tn.Type
	if t.Kind == model.TypeEnum {
		e := openapi3.NewStringSchema()
		for _, m := range t.Members {
			e.Enum = append(e.Enum, m.Name)
		}
		e.Title = t.Name
		e.Description = oneLine(t.Description)
		return e
	}
	own := openapi3.NewObjectSchema()
	if t.Base == "" {
		own.WithProperty("@odata.type", openapi3.NewStringSchema())
	}
	for _, p := range t.Properties {
		if p.Name == "" || strings.EqualFold(p.Name, "@odata.type") {
			continue
		}
		ps := s.ref(p.Type)
		desc := oneLine(p.Description)
		if !p.NonNullable && !strings.EqualFold(p.Name, t.Key) {
			ps = nullable(ps)
		}
		if ps.Ref == "" && desc != "" {
			ps.Value.Description = desc
		}
		if len(p.Enum) > 0 && ps.Ref == "" && ps.Value.Type.Is(openapi3.TypeString) {
			for _, e := range p.Enum {
				ps.Value.Enum = append(ps.Value.Enum, e)
			}
			if ps.Value.Nullable {
				ps.Value.Enum = append(ps.Value.Enum, nil)
			}
		}
		if own.Properties == nil {
			own.Properties = openapi3.Schemas{}
		}
		own.Properties[p.Name] = ps
	}
	if tn.Poly {
		d := &openapi3.Discriminator{PropertyName: "@odata.type", Mapping: map[string]openapi3.MappingRef{}}
		for _, dt := range tn.Derived {
			d.Mapping["#"+dt.QualifiedName()] = openapi3.MappingRef{Ref: schemaRef(dt.QualifiedName())}
		}
		own.Discriminator = d
	}
	var out *openapi3.Schema
	if b := s.types.Of(t.Version, t.Base); b != nil {
		out = &openapi3.Schema{AllOf: openapi3.SchemaRefs{{Ref: schemaRef(names.SchemaName(b.Type))}, own.NewRef()}}
	} else {
		out = own
	}
	out.Title = t.Name
	out.Description = oneLine(t.Description)
	if t.Open {
		out.Extensions = map[string]any{"x-ms-open-type": true}
	}
	return out
}

func schemaRef(name string) string { return "#/components/schemas/" + name }

// nullable makes a property schema accept null.
func nullable(r *openapi3.SchemaRef) *openapi3.SchemaRef {
	if r.Ref != "" {
		return (&openapi3.Schema{Nullable: true, AllOf: openapi3.SchemaRefs{r}}).NewRef()
	}
	r.Value.Nullable = true
	return r
}

// ref is the schema of a type reference: a primitive's schema, a
// reference to a component, or any value (titled with the name as
// written) when the reference did not resolve; an array for a collection.
func (s *schemas) ref(t model.TypeRef) *openapi3.SchemaRef {
	var item *openapi3.SchemaRef
	switch {
	case t.Primitive != "":
		item = primitiveSchema(t.Primitive).NewRef()
	case t.Target != "" && s.types.Of(s.version, t.Target) != nil:
		item = &openapi3.SchemaRef{Ref: schemaRef(names.SchemaName(s.types.Of(s.version, t.Target).Type))}
		item.Value = s.component(item.Ref)
	default:
		any := &openapi3.Schema{}
		if t.Name != "" {
			any.Title = t.Name
		}
		item = any.NewRef()
	}
	if t.Collection {
		arr := openapi3.NewArraySchema()
		arr.Items = item
		return arr.NewRef()
	}
	return item
}

// component returns the component schema a reference names, if built.
func (s *schemas) component(ref string) *openapi3.Schema {
	if c := s.doc.Components.Schemas[strings.TrimPrefix(ref, "#/components/schemas/")]; c != nil {
		return c.Value
	}
	return nil
}

// link sets the Value of every reference inside a schema, so that the
// document validates in memory as it would once loaded.
func (s *schemas) link(r *openapi3.SchemaRef) {
	seen := map[*openapi3.Schema]bool{}
	var walk func(r *openapi3.SchemaRef)
	walk = func(r *openapi3.SchemaRef) {
		if r == nil {
			return
		}
		if r.Ref != "" {
			if r.Value == nil {
				r.Value = s.component(r.Ref)
			}
			return
		}
		v := r.Value
		if v == nil || seen[v] {
			return
		}
		seen[v] = true
		for _, p := range v.Properties {
			walk(p)
		}
		walk(v.Items)
		for _, a := range v.AllOf {
			walk(a)
		}
		if v.Discriminator != nil {
			for k, m := range v.Discriminator.Mapping {
				if m.Value == nil {
					m.Value = s.component(m.Ref)
					v.Discriminator.Mapping[k] = m
				}
			}
		}
	}
	walk(r)
}

// described gives a non-reference schema a description.
func (s *schemas) described(r *openapi3.SchemaRef, desc string) *openapi3.SchemaRef {
	if d := oneLine(desc); r.Ref == "" && d != "" {
		r.Value.Description = d
	}
	return r
}
