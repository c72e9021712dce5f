package apichange

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit"
)

// writeSDK generates the tree's Go SDK under a module of its own and
// writes it to a new directory, as generate -go-module would (without a
// manifest: the generated header tells).
func writeSDK(t *testing.T, ps pages, mod string) string {
	t.Helper()
	m, _ := ps.load(t)
	out, _, err := emit.Generate(m, emit.Options{GoModule: mod, GoMod: true, GoOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range out.Go {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestGeneratedOutputs(t *testing.T) {
	od := writeSDK(t, withList(), "example.com/old")
	nd := writeSDK(t, base(), "example.com/new")
	ot, ok, err := ReadGenerated(od)
	if err != nil || !ok || ot.Module != "example.com/old" {
		t.Fatalf("ReadGenerated(old) = module %q, %v, %v", ot.Module, ok, err)
	}
	nt, ok, err := ReadGenerated(nd)
	if err != nil || !ok {
		t.Fatalf("ReadGenerated(new) = %v, %v", ok, err)
	}
	r, err := Diff(Input{Name: "OLD", Go: &ot}, Input{Name: "NEW", Go: &nt}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Verdict != Major || len(r.Notes) != 1 {
		t.Fatalf("verdict %s, notes %q:\n%s", r.Verdict, r.Notes, dump(r))
	}
	for _, c := range r.Versions[0].Changes {
		// Without the pages, a change names its page only, relative to
		// the docs root; the module paths are not part of the report.
		if c.Category != CatGo || c.Pos.File != "v1.0/api/widget-list.md" || c.Pos.Line != 0 || strings.Contains(c.Subject+c.Detail, "example.com") {
			t.Errorf("change %+v", c)
		}
	}
}

func TestManifestOutput(t *testing.T) {
	dir := writeSDK(t, base(), "example.com/sdk")
	// Only what the manifest lists is read.
	manifest := "# graphsdkgen manifest\nv1/widgets/client.go\nv1/widgets/\n"
	if err := os.WriteFile(filepath.Join(dir, manifestName), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	tr, ok, err := ReadGenerated(dir)
	if err != nil || !ok || len(tr.Files) != 1 || tr.Files[0].Path != "v1/widgets/client.go" {
		t.Errorf("ReadGenerated = %+v, %v, %v", tr.Files, ok, err)
	}
}

func TestDocsTreeIsNotGenerated(t *testing.T) {
	if _, ok, err := ReadGenerated(base().write(t)); ok || err != nil {
		t.Errorf("docs tree read as generated: %v, %v", ok, err)
	}
}

// A manifest line outside the output directory is refused, not read.
func TestManifestOutsideRefused(t *testing.T) {
	dir := writeSDK(t, base(), "example.com/sdk")
	outside := filepath.Join(filepath.Dir(dir), "outside.go")
	if err := os.WriteFile(outside, []byte("package outside\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := "v1/widgets/client.go\n../" + filepath.Base(outside) + "\n"
	if err := os.WriteFile(filepath.Join(dir, manifestName), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	if tr, _, err := ReadGenerated(dir); err == nil {
		t.Errorf("read %d files through a manifest line outside the output, want an error", len(tr.Files))
	}
}
