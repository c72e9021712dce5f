package examplecheck

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// graphHosts are the Graph hosts of the clouds an example may call.
var graphHosts = []string{"graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn"}

var (
	hostRE        = regexp.MustCompile(`^(?i)(https?://[^/]+)?/?(v1\.0|beta)?`)
	schemeHostRE  = regexp.MustCompile(`^(?i)https?://([^/?#]+)`)
	placeholderRE = regexp.MustCompile(`(:/)?\\\{[^}]*\\\}`)
)

// foreignHost is the host of an example URL that is not a Graph host (a
// bot's or webhook's endpoint), or "".
func foreignHost(u string) string {
	m := schemeHostRE.FindStringSubmatch(strings.TrimSpace(u))
	if m == nil {
		return ""
	}
	h := strings.ToLower(m[1])
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		h = h[:i]
	}
	for _, g := range graphHosts {
		if h == g || strings.HasSuffix(h, "."+g) {
			return ""
		}
	}
	return h
}

// splitURL is an example URL's path (leading '/', no version, unescaped,
// no trailing '/') and raw query.
func splitURL(u string) (p, query string) {
	rest := hostRE.ReplaceAllString(strings.TrimSpace(u), "")
	p, query, _ = strings.Cut(rest, "?")
	p = "/" + strings.TrimPrefix(p, "/")
	if un, err := url.PathUnescape(p); err == nil {
		p = un
	}
	return strings.TrimSuffix(p, "/"), query
}

// routes finds the operation an example calls, as the replay does: a
// route of its page first, else the operation of the version with the
// fewest parameters whose route matches.
type routes struct {
	byKey  map[string]*names.Op
	byHead map[string][]*names.Op
	re     map[string]*regexp.Regexp
}

func newRoutes(ops []*names.Op) *routes {
	x := &routes{byKey: map[string]*names.Op{}, byHead: map[string][]*names.Op{}, re: map[string]*regexp.Regexp{}}
	for _, o := range ops {
		x.byKey[o.Version+" "+model.RouteKey(o.Route.Method, o.Route.Path)] = o
		k := o.Version + " " + o.Route.Method + " " + headSegment(o.Route.Path)
		x.byHead[k] = append(x.byHead[k], o)
	}
	return x
}

func headSegment(p string) string {
	h, _, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	if i := strings.IndexAny(h, "({"); i >= 0 {
		h = h[:i]
	}
	return strings.ToLower(h)
}

func (x *routes) match(route, p string) []string {
	re := x.re[route]
	if re == nil {
		q := placeholderRE.ReplaceAllStringFunc(regexp.QuoteMeta(route), func(m string) string {
			if strings.HasPrefix(m, ":/") {
				return `:/(.+?)`
			}
			return `([^/]+?)`
		})
		re = regexp.MustCompile(`(?i)^` + q + `$`)
		x.re[route] = re
	}
	m := re.FindStringSubmatch(p)
	if m == nil {
		return nil
	}
	return m[1:]
}

// find is the operation for method and path p, the path values, and when
// there is none, the page's route whose path matches with another method
// (nil if none).
func (x *routes) find(pg *model.Page, method, p string) (*names.Op, []string, *model.Route) {
	var other *model.Route
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
	var best *names.Op
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
