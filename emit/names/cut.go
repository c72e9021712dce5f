package names

import (
	"slices"
)

// cutKind is how a cut breaks an import cycle (see placeLocked).
type cutKind int

const (
	moveNew    cutKind = iota // cut.types, new types of from, move to the package to
	keepJSON                  // cut.refs are kept as JSON
	moveLocked                // cut.types, the types of to that from names, move to Shared (from Other: to the rule's package)
)

// cut is one way to remove the import edge from -> to.
type cut struct {
	kind     cutKind
	from, to string
	types    []int    // the types that move
	refs     [][2]int // the references kept as JSON
	// cost orders cuts: locked types moved, references kept as JSON, new
	// types moved back (that followed their references before), types
	// moved.
	cost [4]int
}

// cheapestCut is the cut of an edge inside a cycle c (a strongly
// connected component of ig) that costs least. Only an edge the packages'
// first order does not allow is cut (a workload package, or Shared,
// importing a workload package or Other; allowed: anything into Shared,
// Other into anything), since every cycle has one (the allowed edges go
// from Other to the workloads to Shared and never back) and it is what
// closed the cycle. Alias edges (without witnesses) lead into Shared or
// out of Other, so they are never cut. An edge can be cut by:
//   - moveLocked: its witnesses (the types of to that from refers to)
//     move; always possible;
//   - moveNew: when no operation of from names a type of to, and every
//     type of from that refers to to is new (the lock does not place it),
//     has not moved so before and is not named by from's operations
//     (which would still import it), those types move to to (not Other);
//   - keepJSON: when no operation of from names a type of to, no type of
//     from embeds a base type of to, and every reference of from's types
//     to to's types is new since the lock (isNew), they are kept as JSON:
//     turning a reference callers have into JSON would break them.
//
// Ties go to the first edge by package names.
func (g *typeGraph) cheapestCut(ig importGraph, c []string, place, lockedAt []string, followed []bool, isNew func([2]int) bool) cut {
	in := map[string]bool{}
	for _, p := range c {
		in[p] = true
	}
	var best cut
	found := false
	consider := func(k cut) {
		if !found || slices.Compare(k.cost[:], best.cost[:]) < 0 {
			best, found = k, true
		}
	}
	for _, p := range c {
		for _, q := range ig.succ(p) {
			w := ig.edges[p][q]
			if !in[q] || q == Shared || p == Other || len(w) == 0 {
				continue
			}
			locked, back := 0, 0
			for _, j := range w {
				if lockedAt[j] != "" {
					locked++
				} else if followed[j] {
					back++
				}
			}
			consider(cut{kind: moveLocked, from: p, to: q, types: w, cost: [4]int{locked, 0, back, len(w)}})
			if slices.ContainsFunc(g.roots[p], func(j int) bool { return place[j] == q }) {
				continue
			}
			refs := g.refsBetween(place, p, q)
			var sources []int
			newOnly, embeds, added := true, false, true
			for _, r := range refs {
				i := r[0]
				if !slices.Contains(sources, i) {
					sources = append(sources, i)
					newOnly = newOnly && lockedAt[i] == "" && !followed[i]
				}
				embeds = embeds || r[1] == g.base[i]
				added = added && isNew(r)
			}
			if len(sources) > 0 && newOnly && q != Other && !slices.ContainsFunc(sources, func(i int) bool { return slices.Contains(g.roots[p], i) }) {
				consider(cut{kind: moveNew, from: p, to: q, types: sources, cost: [4]int{0, 0, 0, len(sources)}})
			}
			if len(refs) > 0 && !embeds && added {
				consider(cut{kind: keepJSON, from: p, to: q, refs: refs, cost: [4]int{0, len(refs), 0, 0}})
			}
		}
	}
	return best
}

// refsBetween are the references (i, j), in index order, from the types of
// package p to those of package q that are not kept as JSON.
func (g *typeGraph) refsBetween(place []string, p, q string) [][2]int {
	var out [][2]int
	for i := range g.types {
		if place[i] != p {
			continue
		}
		for _, j := range g.edges[i] {
			r := [2]int{i, j}
			if place[j] == q && !g.asJSON[r] && !slices.Contains(out, r) {
				out = append(out, r)
			}
		}
	}
	return out
}
