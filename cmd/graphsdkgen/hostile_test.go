package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

// TestHostilePages is the hostile-page suite: every case is a docs tree a
// pull request could make. For each, generate must not panic, must exit 0 or
// 1 as the case says, print the diagnostics it expects (positioned in a
// page), write OpenAPI documents that validate, and write Go in which page
// text is never code: no init function, no println, every identifier that
// holds the marker is one the output declares (a name the namer made).
// All cases' Go output is then built and vetted at once.
func TestHostilePages(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the output with the go tool")
	}
	mod := t.TempDir()
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/hostile\n\ngo 1.24\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	specs := t.TempDir()
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			docs := cleanDocs(t)
			for _, e := range tc.edits {
				applyEdit(t, docs, e)
			}
			for p, src := range tc.extra {
				writeFile(t, filepath.Join(docs, filepath.FromSlash(p)), src)
			}
			out := filepath.Join(mod, strings.ReplaceAll(tc.name, "-", ""))
			sp := filepath.Join(specs, tc.name)
			code, _, stderr := runCLI(t, "generate", "-go-out", out, "-openapi-out", sp, docs)
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
				t.Fatalf("panic:\n%s", stderr)
			}
			if code != tc.wantExit {
				t.Errorf("exit %d, want %d:\n%s", code, tc.wantExit, tail(stderr, 40))
			}
			for _, want := range tc.wantDiag {
				if !positioned(stderr, docs, want) {
					t.Errorf("no diagnostic at a page position with %q:\n%s", want, tail(stderr, 40))
				}
			}
			for _, want := range tc.wantStderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, tail(stderr, 40))
				}
			}
			if code > 1 {
				return
			}
			checkNoCode(t, out)
			checkSpecs(t, sp)
		})
	}
	if t.Failed() {
		return
	}
	// One build and vet of every case's SDK.
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet ./... on the hostile outputs: %v\n%s", err, tail(string(out), 60))
	}
}

// cleanDocs lays out the clean tree: the seed in beta, to do in v1.0.
func cleanDocs(t *testing.T) string {
	t.Helper()
	docs := filepath.Join(t.TempDir(), "docs")
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(docs, filepath.FromSlash(seedPage)), string(src))
	todo := "../../golden/todo/input"
	err = filepath.WalkDir(todo, func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(todo, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		writeFile(t, filepath.Join(docs, rel), string(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func writeFile(t *testing.T, p, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func applyEdit(t *testing.T, docs string, e pageEdit) {
	t.Helper()
	p := filepath.Join(docs, filepath.FromSlash(e.file))
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), e.old) {
		t.Fatalf("%s does not hold %q: the case is stale", e.file, e.old)
	}
	writeFile(t, p, strings.Replace(string(data), e.old, e.new, 1))
}

var diagLine = regexp.MustCompile(`(?m)^(.+\.md):(\d+):(\d+): (error|warning|info): (.*)$`)

// positioned reports whether stderr has a diagnostic in a page below docs
// whose text contains want.
func positioned(stderr, docs, want string) bool {
	for _, m := range diagLine.FindAllStringSubmatch(stderr, -1) {
		if strings.HasPrefix(m[1], docs) && m[2] != "0" && strings.Contains(m[0], want) {
			return true
		}
	}
	return false
}

// checkNoCode parses every generated Go file: page text may be a comment, a
// string literal or a declared name, never code of its own.
func checkNoCode(t *testing.T, root string) {
	t.Helper()
	fset := token.NewFileSet()
	declared := map[string]bool{}
	var used []*ast.Ident
	var files int
	err := filepath.WalkDir(root, func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		files++
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			t.Errorf("generated Go does not parse: %v", err)
			return nil
		}
		if f.Name.Name != filepath.Base(filepath.Dir(p)) && !strings.HasSuffix(f.Name.Name, "_test") {
			t.Errorf("%s: package %s in directory %s", p, f.Name.Name, filepath.Dir(p))
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Name.Name == "init" {
					t.Errorf("%s: an init function", fset.Position(n.Pos()))
				}
				declared[n.Name.Name] = true
			case *ast.TypeSpec:
				declared[n.Name.Name] = true
			case *ast.ValueSpec:
				for _, id := range n.Names {
					declared[id.Name] = true
				}
			case *ast.Field:
				for _, id := range n.Names {
					declared[id.Name] = true
				}
			case *ast.Ident:
				if n.Name == "println" {
					t.Errorf("%s: println", fset.Position(n.Pos()))
				}
				if strings.Contains(n.Name, marker) {
					used = append(used, n)
				}
			}
			return true
		})
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if !lineComment(c.Text) {
					t.Errorf("%s: comment %.60q is not a plain // line comment", fset.Position(c.Pos()), c.Text)
				}
			}
		}
		if len(f.Comments) > 0 && f.Comments[0].Pos() < f.Package {
			for _, c := range f.Comments[0].List {
				if strings.HasPrefix(c.Text, "//go:build") || strings.HasPrefix(c.Text, "// +build") {
					t.Errorf("%s: page text became a build constraint: %q", p, c.Text)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files == 0 {
		t.Fatal("no Go written")
	}
	for _, id := range used {
		if !declared[id.Name] {
			t.Errorf("%s: %s is page text used as code", fset.Position(id.Pos()), id.Name)
		}
	}
}

// lineComment: a // comment that is not a directive (gofmt writes a
// code-block line "// \tx" as "//\tx").
func lineComment(text string) bool {
	return text == "//" || strings.HasPrefix(text, "// ") || strings.HasPrefix(text, "//\t")
}

// checkSpecs loads and validates every OpenAPI document written.
func checkSpecs(t *testing.T, root string) {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(root, "*", "openapi.json"))
	if len(matches) == 0 {
		t.Fatal("no OpenAPI document written")
	}
	for _, p := range matches {
		doc, err := openapi3.NewLoader().LoadFromFile(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if err := doc.Validate(t.Context()); err != nil {
			t.Errorf("%s does not validate: %v", p, err)
		}
	}
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
