package openapi

import (
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// inlineEnum gives a string property the values its JSON representation
// lists. Generators name an inline enum after its schema and property
// (microsoft.graph.operation's status: MicrosoftGraphOperationStatus),
// which is also the name they give a component schema named so
// (microsoft.graph.operationStatus). When such a component exists the
// property refers to it if it is an enum with every listed value, and
// otherwise stays a plain string that names the values in its description.
func (s *schemas) inlineEnum(t *model.Type, p model.Property, ps *openapi3.SchemaRef) *openapi3.SchemaRef {
	if c := s.types.Of(t.Version, names.SchemaName(t)+p.Name); c != nil {
		if c.Type.Kind == model.TypeEnum && hasMembers(c.Type, p.Enum) {
			r := refTo(names.SchemaName(c.Type))
			if ps.Value.Nullable {
				return s.nullable(r)
			}
			return r
		}
		ps.Value.Description = strings.TrimSpace(ps.Value.Description + " Values: " + strings.Join(p.Enum, ", ") + ".")
		return ps
	}
	for _, e := range p.Enum {
		ps.Value.Enum = append(ps.Value.Enum, e)
	}
	if ps.Value.Nullable {
		ps.Value.Enum = append(ps.Value.Enum, nil)
	}
	return ps
}

// hasMembers reports whether an enum type has every value (case folded).
func hasMembers(t *model.Type, values []string) bool {
	var members []string
	for _, m := range t.Members {
		members = append(members, strings.ToLower(m.Name))
	}
	for _, v := range values {
		if !slices.Contains(members, strings.ToLower(v)) {
			return false
		}
	}
	return true
}
