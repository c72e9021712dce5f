package names

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// FoldKey is what code generators keep of a JSON or parameter name when
// they make an identifier of it: its letters and digits, case folded.
// "Id", "id", "_id" and "@id" fold alike, as do "queryString" and
// "query_string"; two names of one scope (a schema's properties with
// those of its bases, an operation's parameters) that fold alike would
// become one identifier, so only one of them is emitted.
func FoldKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// OpenAPIPath is the OpenAPI path of a route template: the template with
// every parameter whose FoldKey an earlier parameter of the path already
// has renamed with an ordinal suffix (/me/contactFolders/{Id}/contacts/{id}
// -> .../{Id}/contacts/{id2}), so that the path's parameters are distinct
// whatever the case.
func OpenAPIPath(path string) string {
	params := model.PathParams(path)
	seen := map[string]bool{}
	var b strings.Builder
	rest := path
	for _, p := range params {
		w := "{" + p + "}"
		i := strings.Index(rest, w)
		b.WriteString(rest[:i])
		rest = rest[i+len(w):]
		n := p
		for j := 2; seen[FoldKey(n)]; j++ {
			n = fmt.Sprintf("%s%d", p, j)
		}
		seen[FoldKey(n)] = true
		b.WriteString("{" + n + "}")
	}
	b.WriteString(rest)
	return b.String()
}
