// Package golden holds the golden-file tests: each directory under golden/
// is a case with input/ (pages in the Graph layout) and the expected
// outputs: model.json, <version>.openapi.yaml and go/<path>.go.golden for
// every generated file outside the runtime package (which has its own
// tests). Run `go test ./golden/... -update` to rewrite them, then read the
// diff before committing.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/graphsdkgen/graphsdkgen/emit"
	"github.com/graphsdkgen/graphsdkgen/model"
	"github.com/graphsdkgen/graphsdkgen/parser"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// goldenModule is the import path the cases' Go output is emitted for.
const goldenModule = "example.com/sdk"

func TestGolden(t *testing.T) {
	cases, err := filepath.Glob("*/input")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, in := range cases {
		dir := filepath.Dir(in)
		t.Run(dir, func(t *testing.T) {
			got := generateCase(t, dir)
			if *update {
				os.RemoveAll(filepath.Join(dir, "go"))
				for name, data := range got {
					p := filepath.Join(dir, filepath.FromSlash(name))
					if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(p, data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				return
			}
			want := readExpected(t, dir)
			for name := range want {
				if _, ok := got[name]; !ok {
					t.Errorf("%s: expected file is no longer generated", name)
				}
			}
			for name, data := range got {
				w, ok := want[name]
				if !ok {
					t.Errorf("%s: generated but has no golden file (run with -update)", name)
					continue
				}
				if d := cmp.Diff(string(w), string(data)); d != "" {
					t.Errorf("%s differs from golden (-want +got):\n%s", name, d)
				}
			}
		})
	}
}

// generateCase runs the pipeline on dir/input and returns the outputs by
// golden file name.
func generateCase(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	// Positions name files relative to the case, as a user in it would see them.
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	m, err := parser.New().Load([]string{"input"})
	if err != nil {
		t.Fatal(err)
	}
	out, diags, err := emit.Generate(m, emit.Options{GoModule: goldenModule})
	if err != nil {
		t.Fatal(err)
	}
	if model.HasErrors(append(m.Diagnostics, diags...)) {
		t.Errorf("diagnostics: %v", append(m.Diagnostics, diags...))
	}
	files := map[string][]byte{}
	data, err := m.JSON()
	if err != nil {
		t.Fatal(err)
	}
	files["model.json"] = data
	for _, f := range out.OpenAPI {
		if strings.HasSuffix(f.Path, ".yaml") {
			files[strings.ReplaceAll(filepath.Dir(f.Path), "/", "_")+".openapi.yaml"] = f.Data
		}
	}
	for _, f := range out.Go {
		if strings.HasPrefix(f.Path, "graph/") {
			continue
		}
		files["go/"+f.Path+".golden"] = f.Data
	}
	return files
}

func readExpected(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	want := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, de os.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if strings.HasPrefix(rel, "input/") {
			return nil
		}
		data, err := os.ReadFile(p)
		want[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return want
}
