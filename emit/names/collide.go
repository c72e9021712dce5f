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
func disambiguate(ops []*Op, singular func(string) string) ([]*Op, []model.Diagnostic) {
	form := map[*Op]Form{}
	kept := slices.Clone(ops)
	var diags []model.Diagnostic
	for {
		byName := map[string][]*Op{}
		for _, o := range kept {
			byName[o.Name] = append(byName[o.Name], o)
		}
		var collided []string
		for n, os := range byName {
			if len(os) > 1 || reservedMethod(n) {
				collided = append(collided, n)
			}
		}
		if len(collided) == 0 {
			return kept, diags
		}
		slices.Sort(collided)
		for _, n := range collided {
			os := byName[n]
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
				os[0].Name += "Op" // a reserved name in every form
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
		diags = append(diags, model.Diagnostic{Pos: o.Route.Pos, Severity: model.SeverityWarning, Code: "route-spelling",
			Message: fmt.Sprintf("%s %s and %s %s are one operation (they differ only in letter case, quotes or literal argument values); %s.%s keeps %s",
				o.Route.Method, o.Route.Path, keep.Route.Method, keep.Route.Path, keep.Package, keep.Name, keep.Route.Path)})
	}
	return keep, diags
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
