package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRefuseRoots: roots the tool may not own are refused with exit 2
// before anything is read or written.
func TestRefuseRoots(t *testing.T) {
	dir := t.TempDir()
	x := copySeed(t, dir)
	home := filepath.Join(dir, "home", "me")
	os.MkdirAll(home, 0o755)
	t.Setenv("HOME", home)
	file := filepath.Join(dir, "afile")
	os.WriteFile(file, []byte("x"), 0o644)
	os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "link"))
	s := filepath.Join(dir, "S")
	for _, c := range []struct{ goOut, apiOut, want string }{
		{"/", s, "filesystem root"},
		{filepath.Join(dir, "G"), "/", "filesystem root"},
		{home, s, "home directory"},
		{filepath.Join(dir, "home"), s, "home directory"},
		{filepath.Join(dir, "G"), home, "home directory"},
		{file, s, "not a directory"},
		{filepath.Join(dir, "G"), file, "not a directory"},
		{filepath.Join(dir, "link"), s, "symbolic link"},
		{s, s, "same directory"},
	} {
		code, _, stderr := runCLI(t, "generate", "-q", "-go-out", c.goOut, "-openapi-out", c.apiOut, "-go-module", "example.com/sdk", x)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("-go-out %s -openapi-out %s: exit %d, want 2 and %q:\n%s", c.goOut, c.apiOut, code, c.want, stderr)
		}
	}
	if _, err := os.Stat(s); err == nil {
		t.Error("a refused run wrote the other root")
	}
	if data, _ := os.ReadFile(file); string(data) != "x" {
		t.Error("a refused run changed the file")
	}
}

// TestRefuseForeignGoMod: a go.mod the tool did not write is never
// written: without -go-module, or with another module, the root is
// refused; with its module, the go.mod is left as it is.
func TestRefuseForeignGoMod(t *testing.T) {
	dir := t.TempDir()
	x := copySeed(t, dir)
	g, s := filepath.Join(dir, "G"), filepath.Join(dir, "S")
	os.MkdirAll(g, 0o755)
	foreign := "module example.com/theirs\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n"
	os.WriteFile(filepath.Join(g, "go.mod"), []byte(foreign), 0o644)
	for _, mod := range []string{"", "example.com/sdk"} {
		args := []string{"generate", "-q", "-go-out", g, "-openapi-out", s}
		if mod != "" {
			args = append(args, "-go-module", mod)
		}
		code, _, stderr := runCLI(t, append(args, x)...)
		if code != 2 || !strings.Contains(stderr, "did not write") {
			t.Errorf("-go-module %q: exit %d, want 2:\n%s", mod, code, stderr)
		}
	}
	for i := range 2 {
		code, _, stderr := runCLI(t, "generate", "-q", "-go-out", g, "-openapi-out", s, "-go-module", "example.com/theirs", x)
		if code != 0 {
			t.Fatalf("run %d with the go.mod's module: exit %d\n%s", i, code, stderr)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(g, "go.mod")); string(data) != foreign {
		t.Errorf("go.mod changed:\n%s", data)
	}
	if m, _ := readManifest(g); m == nil || m.files["go.mod"] {
		t.Error("the manifest claims the foreign go.mod (or is missing)")
	}
}

// TestForeignFilesSurvive: what the tool did not write under its roots
// survives two runs: an openapi.json elsewhere under -openapi-out, a
// hand-written Go file (with or without the generated header), a nested
// module's go.mod, empty directories (.git/refs/tags among them).
func TestForeignFilesSurvive(t *testing.T) {
	dir := t.TempDir()
	x := copySeed(t, dir)
	g, s := filepath.Join(dir, "G"), filepath.Join(dir, "S")
	foreign := map[string]string{
		filepath.Join(s, "openapi.json"):                        "{}",
		filepath.Join(s, "vendor", "beta", "openapi.json"):      "{}",
		filepath.Join(s, "beta", "old", "openapi.yaml"):         "x: 1",
		filepath.Join(s, "v2", "openapi.yaml"):                  "x: 1",
		filepath.Join(g, "beta", "devicemanagement", "mine.go"): "package devicemanagement\n",
		filepath.Join(g, "tools", "go.mod"):                     "module example.com/tools\n",
		filepath.Join(g, "tools", "gen.go"):                     generatedHeader + "\n\npackage tools\n",
	}
	emptyDirs := []string{filepath.Join(g, "empty"), filepath.Join(g, ".git", "refs", "tags"), filepath.Join(s, "beta", "empty")}
	write := func() {
		for p, data := range foreign {
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, []byte(data), 0o644)
		}
		for _, d := range emptyDirs {
			os.MkdirAll(d, 0o755)
		}
	}
	args := []string{"generate", "-q", "-go-out", g, "-openapi-out", s, "-go-module", "example.com/sdk", x}
	// Before the first run (no manifest yet: the fallback decides) and
	// after it (the manifest decides).
	for i := range 2 {
		write()
		if code, _, stderr := runCLI(t, args...); code != 0 {
			t.Fatalf("run %d: exit %d\n%s", i, code, stderr)
		}
		if i == 0 {
			// tools/gen.go carries the header: the first run, without a
			// manifest, takes it for its own.
			delete(foreign, filepath.Join(g, "tools", "gen.go"))
		}
	}
	// A third run with another page set: the stale package goes, the
	// foreign files stay.
	other := filepath.Join(dir, "Y", "v1.0", "api")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "user-get.md"), []byte(minimalPage("GET /users/{id}", "Get user")), 0o644)
	write()
	if code, _, stderr := runCLI(t, "generate", "-q", "-go-out", g, "-openapi-out", s, "-go-module", "example.com/sdk", filepath.Join(dir, "Y")); code != 0 {
		t.Fatalf("third run: exit %d\n%s", code, stderr)
	}
	for p, data := range foreign {
		if got, err := os.ReadFile(p); err != nil || string(got) != data {
			t.Errorf("%s: %v %q", p, err, got)
		}
	}
	for _, d := range emptyDirs {
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			t.Errorf("empty directory %s removed", d)
		}
	}
	if _, err := os.Stat(filepath.Join(g, "beta", "devicemanagement", "client.go")); err == nil {
		t.Error("the stale generated package was not removed")
	}
	if _, err := os.Stat(filepath.Join(s, "beta", "openapi.yaml")); err == nil {
		t.Error("the stale beta spec was not removed")
	}
}

// TestRefuseOverwrite: a generated file whose place holds a file the tool
// did not write is a refusal: exit 2, and nothing is written.
func TestRefuseOverwrite(t *testing.T) {
	dir := t.TempDir()
	x := copySeed(t, dir)
	g, s := filepath.Join(dir, "G"), filepath.Join(dir, "S")
	args := []string{"generate", "-q", "-go-out", g, "-openapi-out", s, "-go-module", "example.com/sdk", x}
	if code, _, stderr := runCLI(t, args...); code != 0 {
		t.Fatal(stderr)
	}
	// Someone else's file where the tool writes, without a manifest entry.
	os.Remove(filepath.Join(g, manifestName))
	mine := filepath.Join(g, "graph", "client.go")
	os.WriteFile(mine, []byte("package graph // mine\n"), 0o644)
	before := treeDigest(t, s)
	code, _, stderr := runCLI(t, args...)
	if code != 2 || !strings.Contains(stderr, "refusing to overwrite") || !strings.Contains(stderr, mine) {
		t.Errorf("exit %d, want 2 naming %s:\n%s", code, mine, stderr)
	}
	if data, _ := os.ReadFile(mine); string(data) != "package graph // mine\n" {
		t.Error("the file was overwritten")
	}
	if treeDigest(t, s) != before {
		t.Error("a refused run wrote the OpenAPI root")
	}
}
