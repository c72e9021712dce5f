package model_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayering holds the line between layers: model uses the standard
// library only; only parser imports goldmark; only emit/... imports
// jennifer and kin-openapi; only emit/apichange imports apidiff.
func TestLayering(t *testing.T) {
	deps := func(pkg string) []string {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		return strings.Fields(string(out))
	}
	const mod = "github.com/graphsdkgen/graphsdkgen/"
	for _, d := range deps(mod + "model") {
		if d != mod+"model" {
			t.Errorf("model depends on %s", d)
		}
	}
	for _, d := range deps(mod + "parser") {
		if strings.Contains(d, "jennifer") || strings.Contains(d, "kin-openapi") {
			t.Errorf("parser depends on %s", d)
		}
	}
	// Only emit/apichange compares Go APIs.
	for _, pkg := range []string{"model", "parser", "emit", "emit/golang", "emit/names", "emit/openapi"} {
		for _, d := range deps(mod + pkg) {
			if strings.Contains(d, "golang.org/x/exp/apidiff") {
				t.Errorf("%s depends on %s", pkg, d)
			}
		}
	}
	for _, pkg := range []string{"emit/...", "cmd/..."} {
		for _, d := range deps(mod + pkg) {
			if strings.Contains(d, "goldmark") && !strings.HasPrefix(pkg, "cmd") {
				t.Errorf("%s depends on %s", pkg, d)
			}
		}
	}
}
