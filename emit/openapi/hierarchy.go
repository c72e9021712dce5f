package openapi

import (
	"regexp"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// maxDepth bounds walks up a base chain, which the docs could make cyclic.
const maxDepth = 64

// ancestors are a type's base types, nearest first.
func (s *schemas) ancestors(t *model.Type) []*names.TypeName {
	var out []*names.TypeName
	for b := s.types.Of(t.Version, t.Base); b != nil && len(out) < maxDepth; b = s.types.Of(b.Type.Version, b.Type.Base) {
		out = append(out, b)
	}
	return out
}

// discriminatorRoot reports whether a type's schema carries the
// discriminator of its hierarchy: it is decoded by @odata.type
// (names.TypeName.Poly, or Plain: the lock keeps the Go decoding plain,
// the document says what the API sends) and none of its bases is. Only the root of a
// hierarchy has one, mapping every descendant (TypeName.Derived is
// transitive): tools that merge allOf cannot merge two discriminators.
func (s *schemas) discriminatorRoot(tn *names.TypeName) bool {
	if !tn.Poly && !tn.Plain {
		return false
	}
	for _, b := range s.ancestors(tn.Type) {
		if b.Poly || b.Plain {
			return false
		}
	}
	return true
}

// inheritedKeys are the names.FoldKey of every property a type's bases
// declare, and of @odata.type, which the root declares.
func (s *schemas) inheritedKeys(t *model.Type) map[string]bool {
	keys := map[string]bool{names.FoldKey("@odata.type"): true}
	for _, b := range s.ancestors(t) {
		for _, p := range b.Type.Properties {
			keys[names.FoldKey(p.Name)] = true
		}
	}
	return keys
}

// camelRE matches a property name as Graph writes one.
var camelRE = regexp.MustCompile(`^[a-z][A-Za-z0-9]*$`)

// ownProperties are the properties a type's own schema declares: those
// whose names.FoldKey no base declares (a derived type that lists id again
// adds nothing), and of properties whose names fold alike
// (unsubscribeData and UnsubscribeData, id and _id) the first written as
// Graph writes names, else the first listed. Properties with no name, or
// @odata.type, are left out.
func ownProperties(t *model.Type, inherited map[string]bool) []model.Property {
	chosen := map[string]int{}
	var keys []string
	for i, p := range t.Properties {
		k := names.FoldKey(p.Name)
		if k == "" || inherited[k] || strings.EqualFold(p.Name, "@odata.type") {
			continue
		}
		j, ok := chosen[k]
		if !ok {
			keys = append(keys, k)
			chosen[k] = i
			continue
		}
		if !camelRE.MatchString(t.Properties[j].Name) && camelRE.MatchString(p.Name) {
			chosen[k] = i
		}
	}
	out := make([]model.Property, 0, len(keys))
	for _, k := range keys {
		out = append(out, t.Properties[chosen[k]])
	}
	return out
}

// enumRef reports whether a component reference is to an enum's schema.
func (s *schemas) enumRef(ref string) bool {
	tn := s.types.Of(s.version, strings.TrimPrefix(ref, schemaRef("")))
	return tn != nil && tn.Type.Kind == model.TypeEnum
}
