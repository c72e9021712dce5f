package main

import (
	"bytes"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit"
	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
	graphparser "github.com/graphsdkgen/graphsdkgen/parser"
)

// fuzzSeeds are the pages FuzzEmitPage starts from.
var fuzzSeeds = []string{
	seed,
	"../../golden/todo/input/v1.0/api/todotask-get.md",
	"../../golden/todo/input/v1.0/api/todotasklist-post-tasks.md",
	"../../golden/todo/input/v1.0/resources/todotask.md",
	"../../golden/todo/input/v1.0/resources/enums.md",
	"testdata/attack/thing.md",
	"testdata/fuzzseed/profilephoto-get.md", // stream results (io)
}

// fixedIdents are the identifiers the Go emitter writes whatever the pages
// say: every identifier of the seeds' output that is not the namer's.
var fixedIdents = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{names.Shared: true, names.Other: true, "graph": true}
	for _, p := range fuzzSeeds {
		data, err := os.ReadFile(p)
		if err != nil {
			panic(err)
		}
		m, out, err := emitPage(data, "")
		if err != nil {
			panic(err)
		}
		namer := namerIdents(m)
		for _, f := range out.Go {
			if !strings.HasSuffix(f.Path, ".go") || strings.HasPrefix(f.Path, "graph/") {
				continue
			}
			idents(f.Data, func(id string) {
				if !namer[id] {
					set[id] = true
				}
			})
		}
	}
	return set
})

// emitPage runs the pipeline on one page, laid out by its doc_type (dir
// defaults to a fresh temporary directory).
func emitPage(data []byte, dir string) (*model.Model, *emit.Output, error) {
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "fuzzpage"); err != nil {
			return nil, nil, err
		}
		defer os.RemoveAll(dir)
	}
	sub := "api"
	if bytes.Contains(data, []byte("resourcePageType")) || bytes.Contains(data, []byte("enumPageType")) {
		sub = "resources"
	}
	p := filepath.Join(dir, "X", "beta", sub, "page.md")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return nil, nil, err
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return nil, nil, err
	}
	m, err := graphparser.New().Load([]string{filepath.Join(dir, "X")})
	if err != nil {
		return nil, nil, err
	}
	out, diags, err := emit.Generate(m, emit.Options{GoModule: "example.com/sdk"})
	m.Diagnostics = append(m.Diagnostics, diags...)
	return m, out, err
}

// namerIdents are the identifiers the namer gives the model, with the
// suffixes the emitter adds (Pager, All; "_" to keep parameters apart).
func namerIdents(m *model.Model) map[string]bool {
	set := map[string]bool{}
	ops, _ := names.Assign(m)
	ts, _ := names.AssignTypes(m.Types, ops)
	for _, o := range ops {
		for _, n := range []string{o.Package, o.Name, o.Name + "Pager", o.Name + "All", o.Body} {
			set[n] = true
		}
		for _, p := range o.Route.Params {
			set[names.Param(p)] = true
		}
		if rb := o.Page.RequestBody; rb != nil {
			for _, p := range rb.Parameters {
				set[names.Field(p.Name)] = true
			}
		}
	}
	for _, tn := range ts.All() {
		for _, n := range append(append([]string{tn.Package, tn.Name, tn.Iface, tn.Any, tn.Getter}, tn.Fields...), tn.Consts...) {
			set[n] = true
		}
	}
	delete(set, "")
	return set
}

// idents calls f with every identifier token of src outside comments and
// string literals, "_" suffixes trimmed.
func idents(src []byte, f func(string)) {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("x.go", -1, len(src)), src, nil, 0)
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			return
		}
		if tok == token.IDENT {
			f(strings.TrimRight(lit, "_"))
		}
	}
}

// FuzzEmitPage: whatever one page says, the pipeline does not panic or
// fail, needs none of its safety nets (no internal-error, go-invalid or
// openapi-invalid), every Go file parses, every identifier in the Go is
// either one the emitter always writes or one the namer made, and every
// OpenAPI document validates.
func FuzzEmitPage(f *testing.F) {
	for _, p := range fuzzSeeds {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	fixed := fixedIdents()
	f.Fuzz(func(t *testing.T, data []byte) {
		m, out, err := emitPage(data, t.TempDir())
		if err != nil {
			t.Fatalf("pipeline failed: %v", err)
		}
		for _, d := range m.Diagnostics {
			switch d.Code {
			case "internal-error", emit.CodeGoInvalid, "openapi-invalid":
				t.Errorf("safety net used: %s", d)
			}
		}
		namer := namerIdents(m)
		for _, gf := range out.Go {
			if !strings.HasSuffix(gf.Path, ".go") || strings.HasPrefix(gf.Path, "graph/") {
				continue
			}
			codeTokens(t, gf.Path, gf.Data) // parses
			idents(gf.Data, func(id string) {
				if !fixed[id] && !namer[id] {
					t.Errorf("%s: identifier %q is neither the emitter's nor the namer's:\n%s", gf.Path, id, gf.Data)
				}
			})
		}
		validSpecs(t, out)
	})
}
