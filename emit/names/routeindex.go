package names

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// RouteIndex finds the operation an example URL calls: first among the
// routes of the example's page, then among all operations of the version
// (an example often calls the /me form or another documented route of the
// same call). The replay (emit/golang) and the example checks
// (emit/examplecheck) share it, so both read an example the same way.
// Route patterns are compiled once per index; an index is not safe for
// concurrent use.
type RouteIndex struct {
	byKey map[string]*Op
	// byHead holds a version's operations by method and first path
	// segment, lower-cased: "beta GET users".
	byHead map[string][]*Op
	re     map[string]*regexp.Regexp
}

// NewRouteIndex indexes ops.
func NewRouteIndex(ops []*Op) *RouteIndex {
	x := &RouteIndex{byKey: map[string]*Op{}, byHead: map[string][]*Op{}, re: map[string]*regexp.Regexp{}}
	for _, o := range ops {
		x.byKey[o.Version+" "+model.RouteKey(o.Route.Method, o.Route.Path)] = o
		k := o.Version + " " + o.Route.Method + " " + headSegment(o.Route.Path)
		x.byHead[k] = append(x.byHead[k], o)
	}
	return x
}

var exampleHostRE = regexp.MustCompile(`^(?i)(https?://[^/]+)?/?(v1\.0|beta)?`)

// ExamplePath is an example URL's path (leading '/', no host or version,
// unescaped, no trailing '/') and its raw query.
func ExamplePath(u string) (p, query string) {
	rest := exampleHostRE.ReplaceAllString(strings.TrimSpace(u), "")
	p, query, _ = strings.Cut(rest, "?")
	p = "/" + strings.TrimPrefix(p, "/")
	if un, err := url.PathUnescape(p); err == nil {
		p = un
	}
	return strings.TrimSuffix(p, "/"), query
}

// Find is the operation that method and path p (from ExamplePath) call on
// pg's version, with the path values: a route of pg first, else the
// version's operation with the fewest parameters whose route matches (ties
// go to the path that sorts first). other is, when no route of pg matches
// with method, pg's route whose path matches with another method (nil if
// none).
func (x *RouteIndex) Find(pg *model.Page, method, p string) (o *Op, values []string, other *model.Route) {
	for i, r := range pg.Routes {
		values := x.match(r.Path, p)
		if values == nil {
			continue
		}
		if r.Method != method {
			if other == nil {
				other = &pg.Routes[i]
			}
			continue
		}
		if o := x.byKey[pg.Version+" "+model.RouteKey(r.Method, r.Path)]; o != nil {
			return o, values, nil
		}
	}
	var best *Op
	var bestValues []string
	for _, head := range []string{headSegment(p), ""} {
		for _, o := range x.byHead[pg.Version+" "+method+" "+head] {
			values := x.match(o.Route.Path, p)
			if values == nil {
				continue
			}
			if best == nil || len(values) < len(bestValues) || (len(values) == len(bestValues) && o.Route.Path < best.Route.Path) {
				best, bestValues = o, values
			}
		}
	}
	return best, bestValues, other
}

// headSegment is the lower-cased first segment of a path, "" when it is a
// parameter.
func headSegment(p string) string {
	h, _, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	if i := strings.IndexAny(h, "({"); i >= 0 {
		h = h[:i]
	}
	return strings.ToLower(h)
}

func (x *RouteIndex) match(route, p string) []string {
	re := x.re[route]
	if re == nil {
		re = routeRegexp(route)
		x.re[route] = re
	}
	m := re.FindStringSubmatch(p)
	if m == nil {
		return nil
	}
	return m[1:]
}

var routePlaceholderRE = regexp.MustCompile(`(:/)?\\\{[^}]*\\\}`)

// routeRegexp matches example paths against a route: a parameter is one
// path segment, except a drive item path (root:/{item-path}:), which may
// hold slashes.
func routeRegexp(p string) *regexp.Regexp {
	q := routePlaceholderRE.ReplaceAllStringFunc(regexp.QuoteMeta(p), func(m string) string {
		if strings.HasPrefix(m, ":/") {
			return `:/(.+?)`
		}
		return `([^/]+?)`
	})
	return regexp.MustCompile(`(?i)^` + q + `$`)
}
