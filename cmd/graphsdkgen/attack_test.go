package main

import (
	"context"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/emit"
	"github.com/graphsdkgen/graphsdkgen/model"
	graphparser "github.com/graphsdkgen/graphsdkgen/parser"
)

// Issue 10: page text is untrusted (the docs take pull requests from
// anyone and their CI runs generate). These are the attacks found on the
// emitter, each a one-place edit of the seed page or of a resource or enum
// page beside it, run through the real pipeline.

// attackPages are the clean inputs: the seed, a resource page and an enum
// page, by path under the input root, with their placeholders filled.
func attackPages(t *testing.T) map[string]string {
	t.Helper()
	read := func(p string) string {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	fill := strings.NewReplacer("OPENING", "The opening text.", "PROPDESC", "The content.", "TYPENAME", "evilThing",
		"ENUMNAME", "colour", "MEMBERDESC", "Red.")
	return map[string]string{
		"beta/api/" + filepath.Base(seed): read(seed),
		"beta/resources/evilthing.md":     fill.Replace(read("testdata/attack/thing.md")),
		"beta/resources/enums.md":         fill.Replace(read("testdata/attack/enums.md")),
	}
}

// edit is a one-place change of one input page.
type edit struct{ page, old, new string }

const (
	seedPage  = "beta/api/intune-devices-manageddevice-deprovision.md"
	thingPage = "beta/resources/evilthing.md"
	enumPage  = "beta/resources/enums.md"
)

// writeInputs lays the pages out under dir/X with e applied.
func writeInputs(t *testing.T, dir string, e *edit) string {
	t.Helper()
	x := filepath.Join(dir, "X")
	for p, text := range attackPages(t) {
		if e != nil && p == e.page {
			if !strings.Contains(text, e.old) {
				t.Fatalf("%s does not contain %q", p, e.old)
			}
			text = strings.Replace(text, e.old, e.new, 1)
		}
		fp := filepath.Join(x, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(fp), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(fp, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return x
}

// pipeline runs parse and emit in memory on the inputs with e applied.
func pipeline(t *testing.T, e *edit) (*emit.Output, []model.Diagnostic) {
	t.Helper()
	x := writeInputs(t, t.TempDir(), e)
	m, err := graphparser.New().Load([]string{x})
	if err != nil {
		t.Fatal(err)
	}
	out, diags, err := emit.Generate(m, emit.Options{GoModule: "example.com/sdk", GoMod: true})
	if err != nil {
		t.Fatalf("emit: %v", err)
	}
	return out, append(m.Diagnostics, diags...)
}

// codeTokens is a Go file's tokens outside comments, with string literals
// blanked: what page text must never change.
func codeTokens(t *testing.T, name string, src []byte) []string {
	t.Helper()
	fset := token.NewFileSet()
	if _, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution); err != nil {
		t.Fatalf("%s does not parse: %v", name, err)
	}
	var s scanner.Scanner
	s.Init(fset.AddFile(name, -1, len(src)), src, func(pos token.Position, msg string) { t.Errorf("%s: %s", pos, msg) }, 0)
	var toks []string
	for {
		_, tok, lit := s.Scan()
		switch tok {
		case token.EOF:
			return toks
		case token.STRING:
			lit = "STRING"
		}
		toks = append(toks, tok.String()+" "+lit)
	}
}

// goFiles are the Go files of an output (go.mod aside).
func goFiles(out *emit.Output) map[string][]byte {
	fs := map[string][]byte{}
	for _, f := range out.Go {
		if strings.HasSuffix(f.Path, ".go") {
			fs[f.Path] = f.Data
		}
	}
	return fs
}

// TestPageTextNeverBecomesCode: every edit that put page text into the
// generated code (or broke its formatting) leaves the generated files and
// their tokens outside comments and string literals exactly as the clean
// pages give them, and the run exits 0.
func TestPageTextNeverBecomesCode(t *testing.T) {
	clean, _ := pipeline(t, nil)
	cleanFiles := goFiles(clean)
	const pwned = `func init() { println(\"PWNED\") }`
	for _, c := range []struct {
		name string
		e    edit
	}{
		{"description starts a block comment", edit{seedPage, `description: "Intune Devices Manageddevice Deprovision Api ."`, `description: "/**/ ` + pwned + ` //"`}},
		{"title ends a block comment", edit{seedPage, `title: "deprovision action"`, `title: "deprovision\n*/ ` + pwned + `\n/*"`}},
		{"title holds a newline and */", edit{seedPage, `title: "deprovision action"`, `title: "deprovision\n*/"`}},
		{"title holds 0x80", edit{seedPage, `title: "deprovision action"`, "title: \"deprovision \x80action\""}},
		{"description holds NUL", edit{seedPage, `description: "Intune`, "description: \"Intune\x00"}},
		{"description starts with a block comment", edit{seedPage, `description: "Intune`, `description: "/* deprecated */ Intune`}},
		{"description is a build constraint", edit{seedPage, `description: "Intune Devices Manageddevice Deprovision Api ."`, `description: "+build ignore"`}},
		{"parameter description starts with a block comment", edit{seedPage, "|deprovisionReason|String||", "|deprovisionReason|String|/* note */ why|"}},
		{"parameter description injects", edit{seedPage, "|deprovisionReason|String||", "|deprovisionReason|String|/**/ func init() { println(1) } //|"}},
		{"resource opening text injects", edit{thingPage, "The opening text.", "/**/ func init() { println(\"PWNED\") } //"}},
		{"property description adds a field", edit{thingPage, "The content.", "/**/ Injected func(); //"}},
		{"enum member description injects", edit{enumPage, "| Red. |", "| */ func init() {} /* |"}},
		{"bidi and BOM in a description", edit{thingPage, "The content.", "a\u202Eb\uFEFFc"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, diags := pipeline(t, &c.e)
			got := goFiles(out)
			for _, d := range diags {
				if d.Severity == model.SeverityError {
					t.Errorf("error diagnostic: %s", d)
				}
			}
			for p, data := range cleanFiles {
				g, ok := got[p]
				if !ok {
					t.Errorf("%s is no longer generated", p)
					continue
				}
				if want, have := codeTokens(t, p, data), codeTokens(t, p, g); !slices.Equal(want, have) {
					t.Errorf("%s: page text changed the code:\n%s", p, g)
				}
				if strings.Contains(string(g), "PWNED") && !regexp.MustCompile(`(?m)^\s*//.*PWNED`).Match(g) {
					t.Errorf("%s: PWNED outside a comment", p)
				}
			}
			for p := range got {
				if _, ok := cleanFiles[p]; !ok {
					t.Errorf("%s is generated only with the edit", p)
				}
			}
			validSpecs(t, out)
		})
	}
}

// validSpecs checks that every OpenAPI document loads and validates.
func validSpecs(t *testing.T, out *emit.Output) {
	t.Helper()
	for _, f := range out.OpenAPI {
		if !strings.HasSuffix(f.Path, ".json") {
			continue
		}
		doc, err := openapi3.NewLoader().LoadFromData(f.Data)
		if err != nil {
			t.Errorf("%s: %v", f.Path, err)
			continue
		}
		if err := doc.Validate(context.Background()); err != nil {
			t.Errorf("%s does not validate: %v", f.Path, err)
		}
	}
}

// TestUnnameableNamesAreDiagnosed: a type or enum whose name cannot be an
// identifier is left out with a name-invalid error at its position; the
// rest is generated, the documents validate, and generate exits 1.
func TestUnnameableNamesAreDiagnosed(t *testing.T) {
	for _, c := range []struct {
		name string
		e    edit
	}{
		{"type 名前", edit{thingPage, `"microsoft.graph.evilThing"`, `"microsoft.graph.名前"`}},
		{"type a\"b", edit{thingPage, `"microsoft.graph.evilThing"`, `"microsoft.graph.a\"b"`}},
		{"type ../../etc/passwd", edit{thingPage, `"microsoft.graph.evilThing"`, `"microsoft.graph.../../etc/passwd"`}},
		{"type 3d", edit{thingPage, `"microsoft.graph.evilThing"`, `"microsoft.graph.3d"`}},
		{"enum 名前", edit{enumPage, "### colour values", "### 名前 values"}},
		{"enum a\"b", edit{enumPage, "### colour values", "### a\"b values"}},
		{"enum ../../etc/passwd", edit{enumPage, "### colour values", "### ../../etc/passwd values"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, diags := pipeline(t, &c.e)
			var found *model.Diagnostic
			for i, d := range diags {
				if d.Code == "name-invalid" {
					found = &diags[i]
				}
				if d.Code == "internal-error" || d.Code == "go-invalid" || d.Code == "openapi-invalid" {
					t.Errorf("unexpected %s", d)
				}
			}
			if found == nil {
				t.Fatalf("no name-invalid diagnostic: %v", diags)
			}
			if !strings.HasSuffix(found.Pos.File, filepath.FromSlash(c.e.page)) || found.Pos.Line == 0 || found.Pos.Col == 0 || found.Severity != model.SeverityError {
				t.Errorf("diagnostic %s is not an error at a line and column of %s", found, c.e.page)
			}
			files := goFiles(out)
			if _, ok := files["beta/devicemanagement/intune-devices-manageddevice-deprovision.go"]; !ok {
				t.Error("the seed page's operations were not generated")
			}
			for p, data := range files {
				codeTokens(t, p, data) // parses
				if strings.Contains(p, "..") || strings.Contains(p, "名前") {
					t.Errorf("file %s is named by page text", p)
				}
			}
			validSpecs(t, out)

			// The CLI: diagnostics with file:line:col, exit 1, output written.
			dir := t.TempDir()
			x := writeInputs(t, dir, &c.e)
			g, s := filepath.Join(dir, "G"), filepath.Join(dir, "S")
			code, _, stderr := runCLI(t, "generate", "-go-out", g, "-openapi-out", s, "-go-module", "example.com/sdk", x)
			if code != 1 {
				t.Errorf("generate: exit %d, want 1\n%s", code, stderr)
			}
			if !regexp.MustCompile(`:\d+:\d+: error: .*\[name-invalid\]`).MatchString(stderr) {
				t.Errorf("generate: no name-invalid error with a position:\n%s", stderr)
			}
			if _, err := os.Stat(filepath.Join(g, "beta", "devicemanagement", "intune-devices-manageddevice-deprovision.go")); err != nil {
				t.Errorf("generate wrote nothing: %v", err)
			}
			if code, _, stderr := runCLI(t, "lint", x); code != 1 {
				t.Errorf("lint: exit %d, want 1\n%s", code, stderr)
			}
		})
	}
}
