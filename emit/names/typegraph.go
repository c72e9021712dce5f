package names

import (
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// typeGraph is one version's types and what each leads to.
type typeGraph struct {
	types   []*model.Type
	index   map[string]int // lower(qualified name) -> types index
	edges   [][]int        // property, relationship and base types; derived types of a poly base
	derived [][]int        // every type derived from it, directly or not, in qualified-name order
	poly    []bool
	roots   map[string][]int // workload package -> the types its operations name
	base    []int            // the base type's index, or -1
	// plainEdges is how many of edges[i] are not a Poly base's derived
	// types.
	plainEdges []int
	// plain are the types the rules would decode by @odata.type that the
	// lock keeps decoded plainly (keepPlain).
	plain []bool
	// asJSON are the references (from, to) that the Go code of from makes
	// as JSON rather than naming to (see placeLocked); no import edge.
	asJSON map[[2]int]bool
}

func newTypeGraph(version string, types []*model.Type, ops []*Op) *typeGraph {
	g := &typeGraph{types: types, index: map[string]int{}, roots: map[string][]int{}, asJSON: map[[2]int]bool{}}
	slices.SortFunc(g.types, byQName)
	for i, t := range g.types {
		g.index[strings.ToLower(t.QualifiedName())] = i
	}
	n := len(g.types)
	g.edges = make([][]int, n)
	g.derived = make([][]int, n)
	g.poly = make([]bool, n)
	g.base = make([]int, n)
	referenced := make([]bool, n)
	ref := func(r model.TypeRef) int {
		if r.Target == "" || strings.EqualFold(r.Target, entityRoot) {
			return -1
		}
		if i, ok := g.index[strings.ToLower(r.Target)]; ok {
			return i
		}
		return -1
	}
	base := func(t *model.Type) int {
		if i, ok := g.index[strings.ToLower(t.Base)]; ok && t.Base != "" {
			return i
		}
		return -1
	}
	for i, t := range g.types {
		g.base[i] = base(t)
		for _, p := range t.Properties {
			if j := ref(p.Type); j >= 0 {
				g.edges[i] = append(g.edges[i], j)
				referenced[j] = true
			}
		}
		if b := base(t); b >= 0 {
			g.edges[i] = append(g.edges[i], b)
		}
		for b, seen := base(t), 0; b >= 0 && seen < n; b, seen = base(g.types[b]), seen+1 {
			g.derived[b] = append(g.derived[b], i)
		}
	}
	for _, o := range ops {
		for _, r := range append(opTypeRefs(o.Page), o.BodyRef(), o.ResponseRef()) {
			if j := ref(r); j >= 0 {
				g.roots[o.Package] = append(g.roots[o.Package], j)
				referenced[j] = true
			}
		}
	}
	g.plainEdges = make([]int, n)
	for i := range g.types {
		g.plainEdges[i] = len(g.edges[i])
		if len(g.derived[i]) > 0 && referenced[i] {
			g.poly[i] = true
			g.edges[i] = append(g.edges[i], g.derived[i]...)
		}
	}
	return g
}

// opTypeRefs are the type references of an API page: parameters, body and
// response.
func opTypeRefs(pg *model.Page) []model.TypeRef {
	var out []model.TypeRef
	for _, ps := range [][]model.Param{pg.PathParameters, pg.FunctionParameters, pg.QueryParameters} {
		for _, p := range ps {
			out = append(out, p.Type)
		}
	}
	if b := pg.RequestBody; b != nil {
		out = append(out, b.Type)
		for _, p := range b.Parameters {
			out = append(out, p.Type)
		}
	}
	if r := pg.Response; r != nil {
		out = append(out, r.Type)
	}
	return out
}

// users returns, for each type, the sorted workload packages that reach
// it; none for a type no operation leads to.
func (g *typeGraph) users() [][]string {
	n := len(g.types)
	users := make([][]string, n)
	mark := make([]int, n)
	stamp := 0
	reach := func(user string, from []int) {
		stamp++
		stack := append([]int(nil), from...)
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if mark[i] == stamp {
				continue
			}
			mark[i] = stamp
			users[i] = append(users[i], user)
			stack = append(stack, g.edges[i]...)
		}
	}
	pkgs := make([]string, 0, len(g.roots))
	for p := range g.roots {
		pkgs = append(pkgs, p)
	}
	slices.Sort(pkgs)
	for _, p := range pkgs {
		reach(p, g.roots[p])
	}
	return users
}

// keepPoly keeps decoding by @odata.type the types the lock records as
// decoded so (lock poly entries) that the rules would now decode plainly
// (no longer referenced, or without derived types left): their interface,
// wrapper and the fields that refer to them keep their Go types.
func (g *typeGraph) keepPoly(lk *Locked) {
	for i, t := range g.types {
		if _, ok := lk.poly(t); ok && !g.poly[i] {
			g.poly[i] = true
			g.edges[i] = append(g.edges[i], g.derived[i]...)
		}
	}
}

// keepPlain keeps decoding plainly the types the lock places without
// Poly names that the rules would now decode by @odata.type (a page that
// derives a new type from identitySet): a field of such a type keeps its
// Go type (*IdentitySet, not *AnyIdentitySet), and a value of a derived
// type decodes as the base, its other members in AdditionalData.
func (g *typeGraph) keepPlain(lk *Locked) {
	g.plain = make([]bool, len(g.types))
	for i, t := range g.types {
		if _, locked := lk.typ(t); locked && g.poly[i] && !lk.hasPoly(t) {
			g.poly[i], g.plain[i] = false, true
			g.edges[i] = g.edges[i][:g.plainEdges[i]]
		}
	}
}

// byQName orders types by qualified name, without letter case.
func byQName(a, b *model.Type) int {
	return strings.Compare(strings.ToLower(a.QualifiedName()), strings.ToLower(b.QualifiedName()))
}
