package apigraph

import (
	"cmp"
	"path"
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Evidence weights for a root's type.
const (
	weightPage    = 1 // an API page's typed response to GET /x or /x/{id}
	weightSubject = 2 // … on a page named for that type (user-get), or a
	// resource page's Methods table linking the page
)

// findRoots finds the version's root collections and singletons. Rule:
// every first segment of a route is a root; it is a collection when some
// route follows it with a key. Its type is the one with the most evidence:
// a GET /x or /x/{id} route written without a query string on an API page
// whose response names a type (weightPage, weightSubject when the page is
// named for the type: user-get), a POST /x page whose body names one, and
// the Methods table of a resource page that links an API page listing /x
// or /x/{id} (weightSubject, for the row's return type, else the
// resource's own). A root with no evidence takes the type its
// name names: the singular of an entity set (chats → chat), the name of a
// singleton, or the name with "Root" (reports → reportRoot, education →
// educationRoot).
func (v *version) findRoots(name string, m *model.Model) {
	votes := map[string]map[*model.Type]int{}
	collection := map[string]bool{}
	vote := func(seg string, t *model.Type, w int) {
		if t == nil {
			return
		}
		if votes[seg] == nil {
			votes[seg] = map[*model.Type]int{}
		}
		votes[seg][t] += w
	}
	byPage := map[string]*model.Page{}
	for _, p := range m.Pages {
		if p.Version != name || p.Kind != model.KindAPI {
			continue
		}
		byPage[strings.ToLower(p.Name)] = p
		for _, r := range p.Routes {
			seg, ok := rootSegment(r)
			if !ok {
				continue
			}
			if len(r.Segments) > 1 && r.Segments[1].Kind == model.SegmentKey {
				collection[seg] = true
			}
			if len(r.Query) > 0 || len(r.Segments) > 2 || len(r.Segments) == 2 && r.Segments[1].Kind != model.SegmentKey {
				continue
			}
			switch {
			case r.Method == "GET" && p.Response != nil && p.Response.Type.Target != "":
				t := v.types[strings.ToLower(p.Response.Type.Target)]
				w := weightPage
				if t != nil && strings.HasPrefix(model.SubjectName(p.Name), strings.ToLower(t.Name)+"-") {
					w = weightSubject
				}
				vote(seg, t, w)
				if len(r.Segments) == 1 && (p.Response.Type.Collection || p.Response.Kind == model.ResponseCollection) {
					collection[seg] = true
				}
			case r.Method == "POST" && len(r.Segments) == 1 && p.RequestBody != nil && p.RequestBody.Type.Target != "":
				vote(seg, v.types[strings.ToLower(p.RequestBody.Type.Target)], weightPage)
			}
		}
	}
	for _, t := range v.types {
		for _, mt := range t.Methods {
			if mt.Link == "" || strings.Contains(mt.Link, "://") {
				continue
			}
			file, _, _ := strings.Cut(mt.Link, "#")
			p := byPage[strings.ToLower(strings.TrimSuffix(path.Base(file), ".md"))]
			if p == nil {
				continue
			}
			// The row's return type, when it names one, is what the
			// linked page returns: user.md's "Get drive" row links
			// drive-get (GET /drives/{id}) and returns a drive.
			rt := t
			if r := v.types[strings.ToLower(mt.Returns.Target)]; mt.Returns.Target != "" && r != nil {
				rt = r
			}
			for _, r := range p.Routes {
				seg, ok := rootSegment(r)
				if ok && len(r.Query) == 0 && (len(r.Segments) == 1 || len(r.Segments) == 2 && r.Segments[1].Kind == model.SegmentKey) {
					vote(seg, rt, weightSubject)
				}
			}
		}
	}
	for _, p := range m.Pages {
		if p.Version != name {
			continue
		}
		for _, r := range p.Routes {
			if seg, ok := rootSegment(r); ok && votes[seg] == nil {
				vote(seg, v.rootByName(seg, collection[seg]), weightPage)
			}
		}
	}
	for seg, vs := range votes {
		singular := v.rootByName(seg, true)
		ts := make([]*model.Type, 0, len(vs))
		for t := range vs {
			ts = append(ts, t)
		}
		slices.SortFunc(ts, func(a, b *model.Type) int {
			return cmp.Or(-cmp.Compare(vs[a], vs[b]), -cmp.Compare(boolInt(a == singular), boolInt(b == singular)),
				cmp.Compare(a.QualifiedName(), b.QualifiedName()))
		})
		v.roots[seg] = root{typ: ts[0], collection: collection[seg]}
	}
}

// rootSegment is the lower-cased first segment of a route, when it is a
// literal.
func rootSegment(r model.Route) (string, bool) {
	if len(r.Segments) == 0 || r.Segments[0].Kind != model.SegmentLiteral {
		return "", false
	}
	return strings.ToLower(r.Segments[0].Name), true
}

// rootByName is the type a root's name names: for an entity set its
// singular (users → user, policies → policy, addresses → address); for a
// singleton the name itself; then the name with "Root" (reports →
// reportRoot).
func (v *version) rootByName(seg string, set bool) *model.Type {
	var cands []string
	if set {
		cands = append(cands, singulars(seg)...)
	}
	cands = append(cands, seg, seg+"root")
	for _, s := range singulars(seg) {
		cands = append(cands, s+"root")
	}
	for _, c := range cands {
		if ts := v.byName[c]; len(ts) == 1 {
			return ts[0]
		}
	}
	return nil
}

// singulars are the possible singulars of a lower-cased plural, most
// likely first.
func singulars(s string) []string {
	var out []string
	if t, ok := strings.CutSuffix(s, "ies"); ok {
		out = append(out, t+"y")
	}
	if t, ok := strings.CutSuffix(s, "es"); ok {
		out = append(out, t)
	}
	if t, ok := strings.CutSuffix(s, "s"); ok {
		out = append(out, t)
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
