package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGoToolRecipe runs the README's recipe for generating from another
// module: a go.mod with a tool directive for graphsdkgen (replaced by this
// repository), a //go:generate line calling `go tool graphsdkgen`, then
// go generate ./... and go build ./... of the module with its output.
func TestGoToolRecipe(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds graphsdkgen as another module's tool")
	}
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	pages := filepath.Join(repo, "golden", "todo", "input")
	if _, err := os.Stat(pages); err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", `module example.com/consumer

go 1.26

tool github.com/graphsdkgen/graphsdkgen/cmd/graphsdkgen

require github.com/graphsdkgen/graphsdkgen v0.0.0

replace github.com/graphsdkgen/graphsdkgen => `+repo+`
`)
	// (The directive is put together so that go generate of this package
	// does not read it as its own.)
	write("gen.go", "package consumer\n\n//"+"go:generate go tool graphsdkgen generate -go-out sdk -openapi-out specs "+pages+"\n")
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	write("go.sum", string(sum))
	for _, args := range [][]string{{"mod", "tidy"}, {"generate", "./..."}, {"build", "./..."}, {"vet", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %v: %v\n%s", args, err, out)
		}
	}
	for _, f := range []string{"sdk/graphsdkgen.lock", "sdk/.graphsdkgen-manifest", "specs/v1.0/openapi.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
}
