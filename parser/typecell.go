package parser

import (
	"regexp"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

var (
	// collectionRE matches "x collection", "Collection(x)",
	// "collection(x)" and "Collection of x".
	collectionRE = regexp.MustCompile(`(?i)^(?:collection\s*\(\s*(.+?)\s*\)|(.+?)\s+collection|collection\s+of\s+(.+))$`)
	// refLinkRE matches a link goldmark left as text: a reference-style
	// link whose reference is not defined ("[x][]", "[x][ref]", "[x]"),
	// an inline link with no closing parenthesis ("[x](x.md"), or with
	// words after the destination ("[x](x.md collection)"). Group 1 is the
	// text, group 2 the words.
	refLinkRE = regexp.MustCompile(`\[([^\[\]]+)\](?:\[[^\[\]]*\]|\([^()\s]*([^()]*)\)?)?`)
	// typeWordRE matches a type name followed by an optional note:
	// "String (timestamp)", "string, maximum size 20", "Int32 - note".
	typeWordRE = regexp.MustCompile(`^#?([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\.?\s*(?:\((.*)\)\.?|[,;:]\s*(.*)|\s+-\s+(.*))?$`)
	// leadingNoteRE matches a type with a note before it or "enum"
	// after it: "(Optional) String", "alertStatus enum".
	leadingNoteRE = regexp.MustCompile(`(?i)^(?:\((?:optional|required)\)\s*(.+)|(.+?)\s+enum)$`)
	// typeNoteRE is what a note must say to change a string's type
	// ("String (timestamp)" is a DateTimeOffset).
	typeNoteRE = regexp.MustCompile(`(?i)^(?:iso 8601 )?(timestamp|duration|time of day|date|binary)$`)
)

// noteTypes maps the notes typeNoteRE matches to the primitive a String
// with that note stands for.
var noteTypes = map[string]string{
	"timestamp":   model.PrimDateTimeOffset,
	"duration":    model.PrimDuration,
	"time of day": model.PrimTimeOfDay,
	"date":        model.PrimDate,
	"binary":      model.PrimBinary,
}

// typeRef reads a type cell (FORMAT.md §8 and §12): a primitive in any
// case, "Edm.x", "microsoft.graph.x", a link to a resource page, a
// collection of any of these ("x collection", "Collection(x)"), with
// backticks, undefined reference links ("[x][]") and notes ("String
// (optional)", "string, maximum size 20") removed. Name is empty when the
// cell names no single type ("(boolean or string or number) collection");
// Raw keeps the cell's text and Link the destination of its only link.
func typeRef(c cell) model.TypeRef {
	ref := model.TypeRef{Raw: c.text}
	ref.Name, ref.Collection = typeText(c.text)
	if len(c.links) == 1 {
		ref.Link = c.links[0].dest
		// The link text is the type even when the words around it are
		// not ("[x](x.md) object").
		if n, _ := typeText(c.links[0].text); n != "" {
			ref.Name = n
		}
	}
	return ref
}

// typeText reads the text of a type cell: the type's name (see typeName)
// and whether it is a collection.
func typeText(s string) (name string, collection bool) {
	s = strings.ReplaceAll(s, "\n", " ")
	s = strings.ReplaceAll(s, "`", "")
	s = strings.ReplaceAll(s, "**", "")
	if strings.Contains(s, "[") {
		s = refLinkRE.ReplaceAllString(s, "${1}${2}")
	}
	s = strings.TrimSpace(s)
	if m := leadingNoteRE.FindStringSubmatch(s); m != nil {
		s = m[1] + m[2]
	}
	// A loop, for "routingPolicy collection collection".
	for m := collectionRE.FindStringSubmatch(s); m != nil; m = collectionRE.FindStringSubmatch(s) {
		collection = true
		s = strings.TrimSpace(m[1] + m[2] + m[3])
	}
	return typeName(s), collection
}

// typeName reads a type name with an optional note: the name without
// "#", "Edm." or "microsoft.graph." (a sub-namespace is kept:
// "callRecords.session"); a String whose note says timestamp, duration,
// time of day, date or binary is that primitive. It returns "" when s is
// not a name.
func typeName(s string) string {
	m := typeWordRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	name := m[1]
	if strings.EqualFold(name, "string") || strings.EqualFold(name, "edm.string") {
		if n := typeNoteRE.FindStringSubmatch(strings.TrimSpace(m[2])); n != nil {
			return noteTypes[strings.ToLower(n[1])]
		}
	}
	return trimNamespace(name)
}

// trimNamespace drops "Edm." and "microsoft.graph." from a qualified name,
// in any case.
func trimNamespace(name string) string {
	name = strings.TrimPrefix(name, "#")
	for _, p := range []string{"edm.", "microsoft.graph."} {
		if len(name) > len(p) && strings.EqualFold(name[:len(p)], p) {
			name = name[len(p):]
		}
	}
	return name
}

// linkType is the type a link in prose names ("returns a [user](user.md)
// object"): the name its text spells, its destination, its text as Raw.
func linkType(l link, collection bool) model.TypeRef {
	ref := typeRef(cell{text: l.text, links: []link{l}})
	ref.Collection = ref.Collection || collection
	return ref
}
