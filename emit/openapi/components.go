package openapi

import (
	"regexp"
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
//   - the root of a hierarchy that values are decoded into by @odata.type
//     (see discriminatorRoot) has a discriminator on @odata.type mapping
//     every descendant;
//   - a derived type's own schema holds only the properties its bases do
//     not have (see ownProperties);
//   - a property is nullable unless the docs say it is not (OData's
//     default; see nullable).
func (s *schemas) addTypes() {
	for _, tn := range s.types.All() {
		if tn.Type.Version != s.version {
			continue
		}
		s.doc.Components.Schemas[names.SchemaName(tn.Type)] = s.typeSchema(tn).NewRef()
	}
}

func (s *schemas) typeSchema(tn *names.TypeName) *openapi3.Schema {
	t := tn.Type
	if t.Kind == model.TypeEnum {
		e := openapi3.NewStringSchema()
		if t.Flags {
			// A flags enum's value is one or more members, comma-separated.
			var alts []string
			for _, m := range t.Members {
				alts = append(alts, regexp.QuoteMeta(m.Name))
			}
			one := "(?:" + strings.Join(alts, "|") + ")"
			e.Pattern = "^" + one + "(?:\\s*,\\s*" + one + ")*$"
			e.Extensions = map[string]any{"x-ms-enum-flags": map[string]any{"isFlags": true}}
		} else {
			for _, m := range t.Members {
				e.Enum = append(e.Enum, m.Name)
			}
		}
		e.Title = t.Name
		e.Description = oneLine(t.Description)
		return e
	}
	own := openapi3.NewObjectSchema()
	if t.Base == "" {
		own.WithProperty("@odata.type", openapi3.NewStringSchema())
	}
	for _, p := range ownProperties(t, s.inheritedKeys(t)) {
		ps := s.ref(p.Type)
		desc := oneLine(p.Description)
		if !p.NonNullable && !strings.EqualFold(p.Name, t.Key) {
			ps = s.nullable(ps)
		}
		if ps.Ref == "" && desc != "" {
			ps.Value.Description = desc
		}
		if len(p.Enum) > 0 && ps.Ref == "" && len(ps.Value.AllOf) == 0 && ps.Value.Type.Is(openapi3.TypeString) {
			ps = s.inlineEnum(t, p, ps)
		}
		if own.Properties == nil {
			own.Properties = openapi3.Schemas{}
		}
		own.Properties[p.Name] = ps
	}
	if s.discriminatorRoot(tn) {
		d := &openapi3.Discriminator{PropertyName: "@odata.type", Mapping: map[string]openapi3.MappingRef{}}
		for _, dt := range tn.Derived {
			d.Mapping["#"+dt.QualifiedName()] = openapi3.MappingRef(*refTo(names.SchemaName(dt)))
		}
		own.Discriminator = d
	}
	var out *openapi3.Schema
	if b := s.types.Of(t.Version, t.Base); b != nil {
		out = &openapi3.Schema{AllOf: openapi3.SchemaRefs{refTo(names.SchemaName(b.Type)), own.NewRef()}}
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

// nullable makes a property schema accept null. OpenAPI 3.0's nullable
// adds null to the schema's type, so it is set only beside a type: a
// reference becomes allOf [ref] with nullable and the type of the
// component (string for an enum, object otherwise); a schema with no type
// (any value) already accepts null and is left as it is.
func (s *schemas) nullable(r *openapi3.SchemaRef) *openapi3.SchemaRef {
	if r.Ref != "" {
		typ := openapi3.TypeObject
		if s.enumRef(r.Ref) {
			typ = openapi3.TypeString
		}
		return (&openapi3.Schema{Type: &openapi3.Types{typ}, Nullable: true, AllOf: openapi3.SchemaRefs{r}}).NewRef()
	}
	if r.Value.Type == nil || len(*r.Value.Type) == 0 {
		return r
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
		item = refTo(names.SchemaName(s.types.Of(s.version, t.Target).Type))
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

// refTo is a reference to a component schema. Its Value is an empty
// schema, not the component: kin-openapi validates the schema behind every
// reference where it occurs, which over Graph's thousands of references to
// the same components costs more than the rest of the run; each component
// is validated once, as a component. Every reference is made from a
// names.TypeName of the version, whose component addTypes adds, so none
// dangles.
func refTo(name string) *openapi3.SchemaRef {
	return &openapi3.SchemaRef{Ref: schemaRef(name), Value: &openapi3.Schema{}}
}

// described gives a non-reference schema a description.
func (s *schemas) described(r *openapi3.SchemaRef, desc string) *openapi3.SchemaRef {
	if d := oneLine(desc); r.Ref == "" && d != "" {
		r.Value.Description = d
	}
	return r
}
