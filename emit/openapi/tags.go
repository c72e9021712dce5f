package openapi

import (
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
)

// tagSet collects the operations' tags (their Go package) and the route
// roots each tag's operations start from.
type tagSet map[string]map[string]bool

func (ts tagSet) add(o *names.Op) {
	roots := ts[o.Package]
	if roots == nil {
		roots = map[string]bool{}
		ts[o.Package] = roots
	}
	roots["/"+names.Root(o.Route)] = true
}

// tags are the document's tags in name order, each described by the
// roots of its routes.
func (ts tagSet) tags() openapi3.Tags {
	var out openapi3.Tags
	for _, name := range sortedKeys(ts) {
		roots := sortedKeys(ts[name])
		const most = 8
		list := strings.Join(roots[:min(len(roots), most)], ", ")
		if len(roots) > most {
			list += " and " + strconv.Itoa(len(roots)-most) + " more"
		}
		out = append(out, &openapi3.Tag{Name: name, Description: "Operations on the routes under " + list + "."})
	}
	return out
}
