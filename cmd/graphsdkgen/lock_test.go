package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerateLock: generate writes graphsdkgen.lock with the Go output;
// a name the lock gives is kept on the next run; -check fails while the
// output is not what the lock gives; -relock names afresh; -lock FILE
// keeps the lock elsewhere.
func TestGenerateLock(t *testing.T) {
	in := filepath.Join("..", "..", "golden", "todo", "input")
	dir := t.TempDir()
	g, s := filepath.Join(dir, "G"), filepath.Join(dir, "S")
	gen := func(want int, extra ...string) (string, string) {
		t.Helper()
		args := append([]string{"generate", "-go-out", g, "-openapi-out", s, "-go-module", "example.com/sdk"}, extra...)
		code, out, stderr := runCLI(t, append(args, in)...)
		if code != want {
			t.Fatalf("%v: exit %d, want %d\n%s%s", extra, code, want, out, stderr)
		}
		return out, stderr
	}
	gen(0)
	lockPath := filepath.Join(g, "graphsdkgen.lock")
	data, err := os.ReadFile(lockPath)
	if err != nil {
		t.Fatal(err)
	}
	const rule, locked = " me.GetTodoListTask ", " me.GetMyTask "
	if !strings.Contains(string(data), "op v1.0 GET /me/todo/lists/{}/tasks/{}"+rule) || !strings.Contains(string(data), "\ntype v1.0 microsoft.graph.todoTask ") {
		t.Fatalf("lock:\n%s", data)
	}
	if m, _ := os.ReadFile(filepath.Join(g, manifestName)); !strings.Contains(string(m), "graphsdkgen.lock\n") {
		t.Errorf("the lock is not in the manifest:\n%s", m)
	}
	// A name given by an earlier lock (here: edited) is kept.
	if err := os.WriteFile(lockPath, []byte(strings.Replace(string(data), rule, locked, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, _ := gen(1, "-check"); !strings.Contains(out, "differs: ") {
		t.Errorf("-check with a stale output: %s", out)
	}
	gen(0)
	gen(0, "-check")
	if !treeContains(t, g, "GetMyTask(") || treeContains(t, g, "GetTodoListTask(") {
		t.Error("the locked name is not the generated method")
	}
	// -relock: the rules' names again.
	gen(1, "-check", "-relock")
	gen(0, "-relock")
	if !treeContains(t, g, "GetTodoListTask(") {
		t.Error("-relock kept the locked name")
	}
	gen(0, "-check")

	// -lock FILE: read and written there, not in the output.
	other := filepath.Join(dir, "elsewhere", "names.lock")
	g, s = filepath.Join(dir, "G2"), filepath.Join(dir, "S2")
	gen(0, "-lock", other)
	if _, err := os.Stat(filepath.Join(g, "graphsdkgen.lock")); err == nil {
		t.Error("-lock FILE also wrote the lock in the output")
	}
	gen(0, "-check", "-lock", other)
	data, err = os.ReadFile(other)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(other, []byte(strings.Replace(string(data), rule, locked, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, _ := gen(1, "-check", "-lock", other); !strings.Contains(out, "differs: ") {
		t.Errorf("-check -lock: %s", out)
	}
	gen(0, "-lock", other)
	if !treeContains(t, g, "GetMyTask(") {
		t.Error("-lock FILE: the locked name is not the generated method")
	}
	// A lock that is not one is a usage error, before anything is written.
	os.WriteFile(other, []byte("op nonsense\n"), 0o644)
	if _, stderr := gen(2, "-lock", other); !strings.Contains(stderr, "-relock") {
		t.Errorf("bad lock: %s", stderr)
	}
}

func treeContains(t *testing.T, root, s string) bool {
	t.Helper()
	found := false
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") {
			data, _ := os.ReadFile(p)
			found = found || strings.Contains(string(data), s)
		}
		return nil
	})
	return found
}

// TestGenerateOutput: by default generate prints the errors and the
// summary by code, and says how to see the rest; -v prints every line,
// -diagnostics FILE writes them; -h lists every flag and exits 0.
func TestGenerateOutput(t *testing.T) {
	dir := t.TempDir()
	x := copySeed(t, dir)
	os.WriteFile(filepath.Join(x, "beta", "api", "elided.md"), []byte(minimalPage("GET /users/.../messages", "List")), 0o644)
	g, s := filepath.Join(dir, "G"), filepath.Join(dir, "S")
	file := filepath.Join(dir, "diags.txt")
	args := []string{"generate", "-go-out", g, "-openapi-out", s, "-go-module", "example.com/sdk"}
	code, _, stderr := runCLI(t, append(args, "-diagnostics", file, x)...)
	const line = `warning: route "/users/.../messages" is elided`
	if code != 0 || strings.Contains(stderr, line) || !strings.Contains(stderr, "route-elided") || !strings.Contains(stderr, "not listed: written to "+file) {
		t.Errorf("default: exit %d\n%s", code, stderr)
	}
	if data, _ := os.ReadFile(file); !strings.Contains(string(data), line) {
		t.Errorf("-diagnostics file:\n%s", data)
	}
	if code, _, stderr := runCLI(t, append(args, "-v", x)...); code != 0 || !strings.Contains(stderr, line) || strings.Contains(stderr, "not listed") {
		t.Errorf("-v: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := runCLI(t, append(args, x)...); !strings.Contains(stderr, "not listed: -v lists them") {
		t.Errorf("default: exit %d\n%s", code, stderr)
	}
	code, _, stderr = runCLI(t, "generate", "-h")
	for _, f := range []string{"-go-out", "-openapi-out", "-go-module", "-check", "-lock", "-relock", "-v", "-diagnostics", "-q", "graphsdkgen generate -go-out DIR"} {
		if !strings.Contains(stderr, f) {
			t.Errorf("generate -h lacks %s", f)
		}
	}
	if code != 0 {
		t.Errorf("generate -h: exit %d", code)
	}
	for _, cmd := range []string{"model", "lint"} {
		if code, _, stderr := runCLI(t, cmd, "-h"); code != 0 || !strings.Contains(stderr, "graphsdkgen "+cmd+" ") {
			t.Errorf("%s -h: exit %d\n%s", cmd, code, stderr)
		}
	}
}
