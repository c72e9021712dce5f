package names

import (
	"fmt"
	"slices"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// importable reports whether code in package from may refer to a type in
// package to: a workload package to itself and Shared, Shared to itself,
// Other to any. This is what keeps the generated packages free of import
// cycles and a workload's program small (see AssignTypes).
func importable(from, to string) bool { return from == to || to == Shared || from == Other }

// placeLocked puts the types the lock places in their locked packages
// (place holds the rule's placement, which it updates), then moves what
// breaks importable until nothing does: a type an operation or another
// type refers to from a package that may not import its package moves
// to Shared (a type the lock left in Other moves where the rule puts it,
// if that is allowed). Moves only go towards Shared, so this ends. A
// locked type that moves is a lock-moved warning, and keeps its old name
// in its old package as an alias (was: also the aliases the lock already
// has), so code importing it from there still compiles.
func (g *typeGraph) placeLocked(place []string, lk *Locked) ([][]Alias, []model.Diagnostic) {
	rule := slices.Clone(place)
	lockedAt := make([]string, len(g.types))
	for i, t := range g.types {
		if l, ok := lk.typ(t); ok {
			place[i], lockedAt[i] = l.Package, l.Package
		}
	}
	why := make([]string, len(g.types))
	move := func(j int, from, reason string) {
		to := Shared
		if place[j] == Other && importable(from, rule[j]) {
			to = rule[j]
		}
		place[j], why[j] = to, reason
	}
	pkgs := make([]string, 0, len(g.roots))
	for p := range g.roots {
		pkgs = append(pkgs, p)
	}
	slices.Sort(pkgs)
	for changed := true; changed; {
		changed = false
		for _, p := range pkgs {
			for _, j := range g.roots[p] {
				if !importable(p, place[j]) {
					move(j, p, "operations of package "+p+" use it")
					changed = true
				}
			}
		}
		for i := range g.types {
			for _, j := range g.edges[i] {
				if !importable(place[i], place[j]) {
					move(j, place[i], fmt.Sprintf("%s, in package %s, refers to it", g.types[i].QualifiedName(), place[i]))
					changed = true
				}
			}
		}
	}
	var diags []model.Diagnostic
	was := make([][]Alias, len(g.types))
	for i, t := range g.types {
		for _, a := range lk.aliasesOf(t) {
			if a.Package != place[i] && importable(a.Package, place[i]) && IsIdent(a.Name, true) && IsIdent(a.Package, false) {
				was[i] = append(was[i], Alias{Package: a.Package, Name: a.Name})
			}
		}
		if lockedAt[i] != "" && place[i] != lockedAt[i] {
			l, _ := lk.typ(t)
			if !slices.ContainsFunc(was[i], func(a Alias) bool { return a.Package == l.Package }) {
				was[i] = append(was[i], Alias{Package: l.Package, Name: l.Name})
			}
			diags = append(diags, model.Diagnostic{Pos: t.Pos, Severity: model.SeverityWarning, Code: CodeLockMoved,
				Message: fmt.Sprintf("type %s moves from package %s (as locked) to %s: %s, and that package may not import %s; %s keeps its names as aliases",
					t.QualifiedName(), lockedAt[i], place[i], why[i], lockedAt[i], lockedAt[i])})
		}
	}
	return was, diags
}
