package names

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// disambiguate gives the operations of one package distinct method names,
// never by numbering them. Rule: while two or more operations share a name
// (or one takes a reserved name: New, Client), every operation of that name
// moves to the form after the furthest form any of them has reached (see
// Form): first the function arguments, then the last key, the inner keys,
// every key but the root's, the root's key too, then every literal as
// written. The differing part of the routes appears in the name, and only
// where the shorter names collide.
//
// Operations that share a name in FormSpelled differ only in letter case
// (Graph paths ignore it), quotes or the literal values of function
// arguments: they are one operation. One is kept (the spelling with fewer
// capitalized segments, OData's lowerCamel; then a written route before a
// derived one; then the path that sorts first) and the others are left out
// with a "route-spelling" warning at their route; the one kept then takes
// the shortest form it does not collide in.
//
// Routes a lock file names (Op.locked) keep their names: only the others
// move to longer forms, and a new route that is one operation with a
// locked route is left out in its favour.
func disambiguate(ops []*Op, singular func(string) string) ([]*Op, []model.Diagnostic) {
	form := map[*Op]Form{}
	kept := slices.Clone(ops)
	var diags []model.Diagnostic
	spelledLocked := map[string]*Op{}
	for _, o := range ops {
		if o.locked {
			spelledLocked[method(o.Route, FormSpelled, singular)] = o
		}
	}
	for _, o := range ops {
		if l := spelledLocked[method(o.Route, FormSpelled, singular)]; l != nil && !o.locked {
			diags = append(diags, spellingDiag(o, l))
			kept = slices.DeleteFunc(kept, func(k *Op) bool { return k == o })
		}
	}
	for {
		byName := map[string][]*Op{}
		for _, o := range kept {
			byName[o.Name] = append(byName[o.Name], o)
		}
		var collided []string
		for n, os := range byName {
			if (len(os) > 1 || reservedMethod(n)) && slices.ContainsFunc(os, func(o *Op) bool { return !o.locked }) {
				collided = append(collided, n)
			}
		}
		if len(collided) == 0 {
			return kept, diags
		}
		slices.Sort(collided)
		for _, n := range collided {
			os := slices.DeleteFunc(slices.Clone(byName[n]), func(o *Op) bool { return o.locked })
			top := FormShort
			for _, o := range os {
				top = max(top, form[o])
			}
			if top < FormSpelled {
				for _, o := range os {
					form[o] = top + 1
					o.Name = method(o.Route, top+1, singular)
				}
				continue
			}
			if len(os) == 1 {
				os[0].Name += "Op" // a reserved or locked name in every form
				continue
			}
			keep, d := oneOperation(os)
			diags = append(diags, d...)
			kept = slices.DeleteFunc(kept, func(o *Op) bool { return o != keep && slices.Contains(os, o) })
			// Alone now, it starts again from its short name.
			form[keep] = FormShort
			keep.Name = method(keep.Route, FormShort, singular)
		}
	}
}

// unlockClashes names by the rules (Op.locked unset) the locked routes of
// one package whose locked name is reserved or another locked route's
// (a lock edited by hand, or a package rule that changed): of those
// sharing a name, the route whose key sorts first keeps it.
func unlockClashes(ops []*Op, singular func(string) string) []model.Diagnostic {
	var locked []*Op
	for _, o := range ops {
		if o.locked {
			locked = append(locked, o)
		}
	}
	slices.SortFunc(locked, func(a, b *Op) int { return strings.Compare(opKey(a), opKey(b)) })
	var diags []model.Diagnostic
	owner := map[string]*Op{}
	for _, o := range locked {
		other := owner[o.Name]
		if other == nil && !reservedMethod(o.Name) {
			owner[o.Name] = o
			continue
		}
		why := "a reserved name"
		if other != nil {
			why = "also locked for " + other.Route.Method + " " + other.Route.Path
		}
		diags = append(diags, model.Diagnostic{Pos: o.Route.Pos, Severity: model.SeverityWarning, Code: CodeLockRenamed,
			Message: fmt.Sprintf("%s %s: its locked name %s.%s is %s; named by the rules instead", o.Route.Method, o.Route.Path, o.Package, o.Name, why)})
		o.locked = false
		o.Name = method(o.Route, FormShort, singular)
	}
	return diags
}

// reservedMethod reports whether a method name would clash with what a
// generated package declares besides its methods.
func reservedMethod(n string) bool { return n == "New" || n == "Client" }

// oneOperation picks the operation to keep among routes that are one
// operation (see disambiguate) and reports the others.
func oneOperation(os []*Op) (*Op, []model.Diagnostic) {
	slices.SortFunc(os, func(a, b *Op) int {
		return cmp.Or(cmp.Compare(capitalized(a.Route), capitalized(b.Route)),
			cmp.Compare(boolInt(a.Route.Derived), boolInt(b.Route.Derived)),
			cmp.Compare(a.Path, b.Path), cmp.Compare(a.Route.Method, b.Route.Method))
	})
	keep := os[0]
	var diags []model.Diagnostic
	for _, o := range os[1:] {
		diags = append(diags, spellingDiag(o, keep))
	}
	return keep, diags
}

// spellingDiag reports a route left out for keep, the same operation.
func spellingDiag(o, keep *Op) model.Diagnostic {
	return model.Diagnostic{Pos: o.Route.Pos, Severity: model.SeverityWarning, Code: "route-spelling",
		Message: fmt.Sprintf("%s %s and %s %s are one operation (they differ only in letter case, quotes or literal argument values); %s.%s keeps %s",
			o.Route.Method, o.Route.Path, keep.Route.Method, keep.Route.Path, keep.Package, keep.Name, keep.Route.Path)}
}

// capitalized counts the route's segments whose name starts with a capital.
func capitalized(r model.Route) int {
	n := 0
	for _, s := range r.Segments {
		if rs := []rune(s.Name); len(rs) > 0 && unicode.IsUpper(rs[0]) && !strings.Contains(s.Name, ".") {
			n++
		}
	}
	return n
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
