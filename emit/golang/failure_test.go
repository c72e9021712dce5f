package golang

import (
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// failureModel has two pages in one package and a struct type.
func failureModel() (*model.Model, []*names.Op, *names.Types) {
	page := func(name, path string) *model.Page {
		return &model.Page{Pos: model.Pos{File: name + ".md", Line: 1, Col: 1}, File: "beta/api/" + name + ".md", Name: name, Version: "beta", Kind: model.KindAPI,
			Title: name, Routes: []model.Route{{Method: "GET", Path: path, Segments: []model.Segment{{Kind: model.SegmentLiteral, Name: "me"}, {Kind: model.SegmentLiteral, Name: name}}}}}
	}
	a, b := page("a", "/me/a"), page("b", "/me/b")
	ty := &model.Type{Pos: model.Pos{File: "t.md", Line: 2, Col: 1}, Version: "beta", Name: "thing", Namespace: "microsoft.graph", Page: "beta/resources/t.md", Kind: model.TypeComplex,
		Properties: []model.Property{{Name: "x", Type: model.TypeRef{Primitive: model.PrimString}}}}
	m := &model.Model{Pages: []*model.Page{a, b}, Types: []*model.Type{ty},
		Operations: []*model.Operation{{Version: "beta", Method: "GET", Path: "/me/a", Page: a.File}, {Version: "beta", Method: "GET", Path: "/me/b", Page: b.File}}}
	ops, _ := names.Assign(m)
	ts, _ := names.AssignTypes(m.Types, ops)
	return m, ops, ts
}

// TestFailuresLeaveOutTheirFile: a page whose source does not format and a
// type whose emission panics are failures at their positions; the other
// files are emitted.
func TestFailuresLeaveOutTheirFile(t *testing.T) {
	m, ops, ts := failureModel()
	for _, o := range ops {
		if o.Page.Name == "a" {
			o.Name = "1Bad" // what the namer never gives: source that does not format
		}
	}
	ts.Of("beta", "microsoft.graph.thing").Fields = nil // genStruct indexes Fields: a panic
	files, fails, err := Generate(m, ops, ts, Config{Module: "example.com/sdk"})
	if err != nil {
		t.Fatal(err)
	}
	if len(fails) != 2 {
		t.Fatalf("failures %+v, want 2", fails)
	}
	for _, f := range fails {
		switch {
		case f.Type != nil:
			if !f.Panic || f.Pos().Line != 2 || !strings.Contains(f.Err.Error(), "panic") {
				t.Errorf("type failure %+v", f)
			}
		case f.Page != nil:
			if f.Panic || f.Page.Name != "a" || !strings.Contains(f.Err.Error(), "does not format") || !strings.Contains(f.Err.Error(), "1Bad") {
				t.Errorf("page failure %+v: %v", f, f.Err)
			}
		}
	}
	has := map[string]bool{}
	for _, f := range files {
		has[f.Path] = true
	}
	for p, want := range map[string]bool{"beta/me/b.go": true, "beta/me/client.go": true, "beta/me/a.go": false, "beta/othermodels/model-thing.go": false} {
		if has[p] != want {
			t.Errorf("%s emitted: %v, want %v", p, has[p], want)
		}
	}
}

// TestPageFileNamesDoNotCollide: pages named like another file of their
// package (client.go, a model file, a page of the same name from another
// root) get a page- prefix, then a number.
func TestPageFileNamesDoNotCollide(t *testing.T) {
	taken := map[string]bool{"client.go": true, "doc.go": true}
	var got []string
	for _, n := range []string{"client", "model-user", "x", "x", "page-x", "x"} {
		got = append(got, claimFileName(&model.Page{Name: n}, taken))
	}
	want := []string{"page-client.go", "page-model-user.go", "x.go", "page-x.go", "page-page-x.go", "page-x-2.go"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("file names %q, want %q", got, want)
	}
}
