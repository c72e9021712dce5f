package apichange

import (
	"bytes"
	"go/importer"
	"go/token"
	"slices"
	"strings"
	"sync"

	"golang.org/x/exp/apidiff"

	"github.com/graphsdkgen/graphsdkgen/emit"
)

// CompareGo compares two generated Go SDKs package by package, packages
// matched by their directory under the output root (the import path
// after the module path), with golang.org/x/exp/apidiff: each change it
// finds is a CatGo change, breaking when apidiff calls it incompatible; a
// package removed is breaking, one added is not. Changes are grouped by
// the package's API version (goVersion) and point at the page the
// declaration was generated from (the old tree's for something removed).
// A package whose files are the same on both sides has no change (its API
// is its source; a change in a package it imports is that package's) and
// is type-checked only when a package that differs imports it.
func CompareGo(oldT, newT GoTree) (map[string][]Change, error) {
	return compareGo(oldT, newT, false)
}

// compareGo is CompareGo; all compares the packages that are the same on
// both sides too (the tests' reference).
func compareGo(oldT, newT GoTree, all bool) (map[string][]Change, error) {
	std := &stdImporter{imp: importer.ForCompiler(token.NewFileSet(), "gc", nil)}
	want := differing(oldT, newT, all)
	var oc, nc *checked
	var oerr, nerr error
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); oc, oerr = typeCheck(oldT, std, want) }()
	go func() { defer wg.Done(); nc, nerr = typeCheck(newT, std, want) }()
	wg.Wait()
	if oerr != nil {
		return nil, oerr
	}
	if nerr != nil {
		return nil, nerr
	}
	oa, na := newAttributor(oldT.Model), newAttributor(newT.Model)
	cs := changes{}
	for _, dir := range oc.dirs {
		if !want[dir] {
			continue
		}
		op, np := oc.pkgs[dir], nc.pkgs[dir]
		if !nc.has[dir] {
			cs.add(goVersion(dir), Change{Category: CatGo, Action: Removed, Subject: "package " + dir, Breaking: true, Pos: oa.pos(packageOrigin(oc.index[dir]))})
			continue
		}
		for _, ch := range apidiff.Changes(op, np).Changes {
			ch.Message = strings.ReplaceAll(ch.Message, module+"/", "")
			cs.add(goVersion(dir), goChange(dir, ch, oc.index[dir], nc.index[dir], oa, na))
		}
	}
	for _, dir := range nc.dirs {
		if want[dir] && !oc.has[dir] {
			cs.add(goVersion(dir), Change{Category: CatGo, Action: Added, Subject: "package " + dir, Pos: na.pos(packageOrigin(nc.index[dir]))})
		}
	}
	return cs, nil
}

// differing are the package directories whose files (paths and bytes,
// test files left out) differ between the trees, or that one tree lacks;
// with all, every package of either tree.
func differing(oldT, newT GoTree, all bool) map[string]bool {
	o, odirs := oldT.packages()
	n, ndirs := newT.packages()
	want := map[string]bool{}
	for _, d := range append(odirs, ndirs...) {
		if all || !slices.EqualFunc(o[d], n[d], func(a, b emit.File) bool { return a.Path == b.Path && bytes.Equal(a.Data, b.Data) }) {
			want[d] = true
		}
	}
	return want
}

// goChange turns an apidiff message, module paths dropped, ("(*Client).GetUser: removed",
// "User.Name: changed from string to int") into a Change.
func goChange(dir string, ch apidiff.Change, oldIx, newIx map[string]origin, oa, na attributor) Change {
	name, msg, _ := strings.Cut(ch.Message, ": ")
	c := Change{Category: CatGo, Action: Changed, Subject: dir + "." + name, Detail: msg, Breaking: !ch.Compatible}
	ix, at := newIx, na
	switch msg {
	case "removed":
		c.Action, c.Detail = Removed, ""
		ix, at = oldIx, oa
	case "added":
		c.Action, c.Detail = Added, ""
	}
	c.Pos = at.pos(lookupOrigin(ix, name))
	return c
}

// lookupOrigin finds the declaration apidiff names, or the nearest
// enclosing one it indexes ("Iface.Method" -> "Iface").
func lookupOrigin(ix map[string]origin, name string) origin {
	for {
		if o, ok := ix[name]; ok {
			return o
		}
		i := strings.LastIndex(name, ".")
		if i < 0 {
			return origin{}
		}
		name = strings.TrimSuffix(strings.TrimPrefix(name[:i], "(*"), ")")
	}
}

// packageOrigin is the first page a package's declarations come from.
func packageOrigin(ix map[string]origin) origin {
	var pages []string
	for _, o := range ix {
		if o.page != "" {
			pages = append(pages, o.page)
		}
	}
	if len(pages) == 0 {
		return origin{}
	}
	return origin{page: slices.Min(pages)}
}
