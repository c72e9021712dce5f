package names

import (
	"fmt"
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/lock"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// placeLocked puts the types the lock places in their locked packages
// (place holds the rule's placement, which it updates). A locked type
// stays there whoever uses it now: a package whose operations or types
// refer to it imports its package, also when that is another workload
// package (or Other), as long as the import graph of the whole version
// (importGraph) stays acyclic. Only a cycle moves a type, the fallback:
// of each group of packages that would import each other, the edge
// whose types move costs least (cut); they move to Shared (a type the lock
// left in Other to where the rule puts it first), and again until no
// cycle is left. This ends: a type in Shared never moves (an edge into
// Shared is never cut), so each type moves at most twice. A
// locked type that moves is a lock-moved warning, and keeps its old name
// in its old package as an alias (was: also the aliases the lock already
// has), so code importing it from there still compiles: the cycle check
// counts the import that alias makes; one the lock already had is kept
// where it makes no cycle.
func (g *typeGraph) placeLocked(place []string, lk *Locked) ([][]Alias, []model.Diagnostic) {
	rule := slices.Clone(place)
	lockedAt := make([]string, len(g.types))
	for i, t := range g.types {
		if l, ok := lk.typ(t); ok {
			place[i], lockedAt[i] = l.Package, l.Package
		}
	}
	why := make([]string, len(g.types))
	for {
		ig := g.imports(place, lockedAt)
		cycles := ig.cycles()
		if len(cycles) == 0 {
			break
		}
		for _, c := range cycles {
			from, js := ig.cut(c, lockedAt)
			for _, j := range js {
				dest := Shared
				if place[j] == Other && rule[j] != Other {
					dest = rule[j]
				}
				why[j] = fmt.Sprintf("%s and packages %s would import each other", g.referrer(place, from, j), strings.Join(c, ", "))
				place[j] = dest
			}
		}
	}
	ig := g.imports(place, lockedAt)
	var diags []model.Diagnostic
	was := make([][]Alias, len(g.types))
	for i, t := range g.types {
		cands := lk.aliasesOf(t)
		if lockedAt[i] != "" && place[i] != lockedAt[i] {
			l, _ := lk.typ(t)
			if !slices.ContainsFunc(cands, func(a lock.Alias) bool { return a.Package == l.Package }) {
				cands = append(cands, lock.Alias{Package: l.Package, Name: l.Name})
			}
		}
		for _, a := range cands {
			if a.Package == place[i] || !IsIdent(a.Name, true) || !IsIdent(a.Package, false) || ig.reaches(place[i], a.Package) {
				continue
			}
			ig.link(a.Package, place[i])
			was[i] = append(was[i], Alias{Package: a.Package, Name: a.Name})
		}
		if lockedAt[i] != "" && place[i] != lockedAt[i] {
			kept := fmt.Sprintf("%s keeps its names as aliases", lockedAt[i])
			if !slices.ContainsFunc(was[i], func(a Alias) bool { return a.Package == lockedAt[i] }) {
				kept = fmt.Sprintf("%s cannot keep its names as aliases (%s imports it)", lockedAt[i], place[i])
			}
			diags = append(diags, model.Diagnostic{Pos: t.Pos, Severity: model.SeverityWarning, Code: CodeLockMoved,
				Message: fmt.Sprintf("type %s moves from package %s (as locked) to %s: %s; %s",
					t.QualifiedName(), lockedAt[i], place[i], why[i], kept)})
		}
	}
	return was, diags
}

// cut is the edge inside a cycle c (a strongly connected component of
// ig) whose witnesses move. Only an edge the packages' first order does
// not allow is cut (a workload package, or Shared, importing a workload
// package or Other; allowed: anything into Shared, Other into anything),
// since every cycle has one (the allowed edges go from Other to the
// workloads to Shared and never back) and it is what closed the cycle: a
// cut elsewhere would move new types for nothing. Of those, the one that
// moves the fewest locked types, then the fewest types, then the first by
// package names. Alias edges (without witnesses) lead into Shared or out
// of Other, so they are never cut.
func (ig importGraph) cut(c []string, lockedAt []string) (from string, js []int) {
	in := map[string]bool{}
	for _, p := range c {
		in[p] = true
	}
	best := [2]int{-1, -1}
	for _, p := range c {
		for _, q := range ig.succ(p) {
			if !in[q] || q == Shared || p == Other || len(ig.edges[p][q]) == 0 {
				continue
			}
			w := ig.edges[p][q]
			cost := [2]int{0, len(w)}
			for _, j := range w {
				if lockedAt[j] != "" {
					cost[0]++
				}
			}
			if best[0] < 0 || slices.Compare(cost[:], best[:]) < 0 {
				best, from, js = cost, p, w
			}
		}
	}
	return from, js
}

// referrer says what in package from refers to type j, for a lock-moved
// message: its operations, or the first type there (with the property's
// page line) that refers to j.
func (g *typeGraph) referrer(place []string, from string, j int) string {
	if slices.Contains(g.roots[from], j) {
		return "operations of package " + from + " take it"
	}
	for i, t := range g.types {
		if place[i] != from || !slices.Contains(g.edges[i], j) {
			continue
		}
		for _, p := range t.Properties {
			if strings.EqualFold(p.Type.Target, g.types[j].QualifiedName()) {
				return fmt.Sprintf("%s, in package %s, refers to it (property %s, %s)", t.QualifiedName(), from, p.Name, p.Pos)
			}
		}
		return fmt.Sprintf("%s, in package %s, refers to it (%s)", t.QualifiedName(), from, t.Page)
	}
	return "package " + from + " refers to it"
}
