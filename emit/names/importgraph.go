package names

import (
	"maps"
	"slices"
)

// importGraph is the import graph that a placement of one version's types
// gives its Go packages: an edge from a package to each other package
// whose types its operations or its types refer to, with those types
// (the edge's witnesses, typeGraph indexes, sorted). Go allows no cycle in
// it; Other and Shared are packages like the others here.
type importGraph struct {
	edges map[string]map[string][]int
}

// imports is the import graph of a placement (place[i] is the package of
// g.types[i]), without the references kept as JSON (g.asJSON); a type
// that left its locked package (lockedAt[i], when set and not place[i])
// adds an edge without witnesses from there to its place, for the
// aliases it leaves behind.
func (g *typeGraph) imports(place, lockedAt []string) importGraph {
	ig := importGraph{edges: map[string]map[string][]int{}}
	add := func(from string, j int) {
		if to := place[j]; from != to {
			ig.link(from, to)
			ig.edges[from][to] = append(ig.edges[from][to], j)
		}
	}
	for p, js := range g.roots {
		for _, j := range js {
			add(p, j)
		}
	}
	for i := range g.types {
		for _, j := range g.edges[i] {
			if !g.asJSON[[2]int{i, j}] {
				add(place[i], j)
			}
		}
	}
	for i, p := range lockedAt {
		if p != "" && p != place[i] {
			ig.link(p, place[i])
		}
	}
	for _, m := range ig.edges {
		for to, js := range m {
			slices.Sort(js)
			m[to] = slices.Compact(js)
		}
	}
	return ig
}

// link adds the edge from -> to (without witnesses, if it is new).
func (ig importGraph) link(from, to string) {
	if ig.edges[from] == nil {
		ig.edges[from] = map[string][]int{}
	}
	if _, ok := ig.edges[from][to]; !ok {
		ig.edges[from][to] = nil
	}
}

// succ are the packages p imports, sorted.
func (ig importGraph) succ(p string) []string {
	return slices.Sorted(maps.Keys(ig.edges[p]))
}

// nodes are every package with an edge, sorted.
func (ig importGraph) nodes() []string {
	seen := map[string]bool{}
	var out []string
	for p, m := range ig.edges {
		for _, q := range append([]string{p}, slices.Collect(maps.Keys(m))...) {
			if !seen[q] {
				seen[q] = true
				out = append(out, q)
			}
		}
	}
	slices.Sort(out)
	return out
}

// cycles are the strongly connected components of more than one package
// (the packages that would import each other), each sorted, in the order
// of their first package (Tarjan's algorithm over sorted packages and
// edges, so the result does not depend on map order).
func (ig importGraph) cycles() [][]string {
	index, low := map[string]int{}, map[string]int{}
	onStack := map[string]bool{}
	var stack []string
	var out [][]string
	var visit func(p string)
	visit = func(p string) {
		index[p], low[p] = len(index), len(index)
		stack = append(stack, p)
		onStack[p] = true
		for _, q := range ig.succ(p) {
			if _, seen := index[q]; !seen {
				visit(q)
				low[p] = min(low[p], low[q])
			} else if onStack[q] {
				low[p] = min(low[p], index[q])
			}
		}
		if low[p] != index[p] {
			return
		}
		var c []string
		for {
			q := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[q] = false
			c = append(c, q)
			if q == p {
				break
			}
		}
		if len(c) > 1 {
			slices.Sort(c)
			out = append(out, c)
		}
	}
	for _, p := range ig.nodes() {
		if _, seen := index[p]; !seen {
			visit(p)
		}
	}
	slices.SortFunc(out, func(a, b []string) int { return slices.Compare(a, b) })
	return out
}

// reaches reports whether package from imports package to, directly or
// not (or is it).
func (ig importGraph) reaches(from, to string) bool {
	seen := map[string]bool{from: true}
	stack := []string{from}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if p == to {
			return true
		}
		for q := range ig.edges[p] {
			if !seen[q] {
				seen[q] = true
				stack = append(stack, q)
			}
		}
	}
	return false
}
