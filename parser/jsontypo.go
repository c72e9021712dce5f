package parser

import (
	"strings"

	"github.com/agnivade/levenshtein"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// misspeltProperty is the table property a JSON representation's member
// misspells, if any: a property of props that the JSON does not mention
// (mentioned, lower-cased names), of the same type as the member's value,
// whose name is within a quarter of its length in edits (at least 2) of
// the member's, and the only such one. fido2AuthenticationMethod's JSON
// wrote "creationDateTime" for the table's createdDateTime
// (DateTimeOffset, 3 edits): read as a property, the fix of the typo
// would remove a field from the SDK.
func misspeltProperty(member string, ref model.TypeRef, props []model.Property, mentioned map[string]bool) (model.Property, bool) {
	var found []model.Property
	for _, p := range props {
		if mentioned[strings.ToLower(p.Name)] || !strings.EqualFold(strings.TrimSpace(p.Type.Name), ref.Name) || p.Type.Collection != ref.Collection {
			continue
		}
		if levenshtein.ComputeDistance(strings.ToLower(member), strings.ToLower(p.Name)) <= max(2, len(member)/4) {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		return model.Property{}, false
	}
	return found[0], true
}
