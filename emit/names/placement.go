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
// (importGraph) stays acyclic. The references the lock keeps as JSON
// (lock json entries) stay JSON.
//
// A cycle is broken at one edge (see cheapestCut), by the first that
// applies of, in this order of cost:
//   - moving new types (the lock does not place them): those of the
//     edge's importing package that refer across it go to the package
//     they refer to; or those the edge's importing package refers to go
//     to Shared (a moveLocked cut that moves no locked type);
//   - keeping the edge's type-to-type references as JSON when they are
//     new since the lock (a lock-json warning): a field of the referring
//     type is json.RawMessage rather than the type the lock keeps in the
//     other package, a Poly decoder has no case for it; nothing a caller
//     uses changes;
//   - moving locked types, the fallback, for a cycle that operations close
//     (an operation's types cannot be JSON), that references the lock's
//     run had close (or references from a type that moved in this run),
//     or a derived type's embedded base: the edge's types move to
//     Shared (a type the lock left in Other to where the rule puts it
//     first), a lock-moved warning; a type that moves keeps its old name
//     in its old package as an alias (was: also the aliases the lock
//     already has), so code importing it from there still compiles: the
//     cycle check counts the import that alias makes; one the lock
//     already had is kept where it makes no cycle.
//
// A reference kept as JSON that a later cut made unneeded is typed again.
//
// This ends: each cut changes the placement or adds a JSON reference; a
// type in Shared never moves to Shared again (an edge into Shared is never
// cut), a new type follows its references once, and references are
// finite.
func (g *typeGraph) placeLocked(place []string, lk *Locked) ([][]Alias, []model.Diagnostic) {
	rule := slices.Clone(place)
	lockedAt := make([]string, len(g.types))
	for i, t := range g.types {
		if l, ok := lk.typ(t); ok {
			place[i], lockedAt[i] = l.Package, l.Package
		}
		for _, j := range g.edges[i] {
			if j != g.base[i] && lk.asJSON(t, g.types[j]) {
				g.asJSON[[2]int{i, j}] = true
			}
		}
	}
	why := make([]string, len(g.types))
	followed := make([]bool, len(g.types))
	var newJSON []jsonRef
	// A reference is new since the lock when one of its types is, or
	// when both are where the lock put them and the run that wrote the
	// lock had no import between their packages.
	isNew := func(r [2]int) bool {
		i, j := r[0], r[1]
		if lockedAt[i] == "" || lockedAt[j] == "" {
			return true
		}
		return place[i] == lockedAt[i] && place[j] == lockedAt[j] && lk.newImport(g.types[i].Version, lockedAt[i], lockedAt[j])
	}
	for {
		ig := g.imports(place, lockedAt)
		cycles := ig.cycles()
		if len(cycles) == 0 {
			break
		}
		for _, c := range cycles {
			k := g.cheapestCut(ig, c, place, lockedAt, followed, isNew)
			switch k.kind {
			case moveNew:
				for _, i := range k.types {
					place[i], followed[i] = k.to, true
				}
			case keepJSON:
				for _, r := range k.refs {
					g.asJSON[r] = true
					newJSON = append(newJSON, jsonRef{r, strings.Join(c, ", ")})
				}
			case moveLocked:
				for _, j := range k.types {
					dest := Shared
					if place[j] == Other && rule[j] != Other {
						dest = rule[j]
					}
					why[j] = fmt.Sprintf("%s and packages %s would import each other", g.referrer(place, k.from, j), strings.Join(c, ", "))
					place[j] = dest
				}
			}
		}
	}
	// A reference kept as JSON that a later cut made unneeded (its types
	// moved together, or the cycle went another way) is typed again.
	kept := newJSON[:0]
	for _, r := range newJSON {
		delete(g.asJSON, r.ref)
		if len(g.imports(place, lockedAt).cycles()) > 0 {
			g.asJSON[r.ref] = true
			kept = append(kept, r)
		}
	}
	ig := g.imports(place, lockedAt)
	diags := g.jsonWarnings(kept, place)
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

// referrer says what in package from refers to type j, for a lock-moved
// message: its operations, or the first type there (with the property's
// page line) that refers to j.
func (g *typeGraph) referrer(place []string, from string, j int) string {
	if slices.Contains(g.roots[from], j) {
		return "operations of package " + from + " take it"
	}
	for i, t := range g.types {
		if place[i] != from || !slices.Contains(g.edges[i], j) || g.asJSON[[2]int{i, j}] {
			continue
		}
		if p, ok := g.property(i, j); ok {
			return fmt.Sprintf("%s, in package %s, refers to it (property %s, %s)", t.QualifiedName(), from, p.Name, p.Pos)
		}
		return fmt.Sprintf("%s, in package %s, refers to it (%s)", t.QualifiedName(), from, t.Page)
	}
	return "package " + from + " refers to it"
}

// property is the first property of type i whose type is type j.
func (g *typeGraph) property(i, j int) (model.Property, bool) {
	for _, p := range g.types[i].Properties {
		if strings.EqualFold(p.Type.Target, g.types[j].QualifiedName()) {
			return p, true
		}
	}
	return model.Property{}, false
}
