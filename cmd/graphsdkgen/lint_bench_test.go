package main

import (
	"io"
	"path/filepath"
	"testing"
)

// onlyPages are five pages of the 2021 corpus for lint -only.
var onlyPages = []string{"v1.0/api/user-get.md", "v1.0/api/event-delta.md", "beta/api/range-clear.md",
	"v1.0/api/application-post-applications.md", "beta/api/intune-deviceconfig-androidcustomconfiguration-get.md"}

// BenchmarkLint times lint over the 2021 corpus with and without the
// example checks, and lint -only on five pages, in one run (the issue's
// bars: with ≤ 2× without; -only < 2 s).
func BenchmarkLint(b *testing.B) {
	in := filepath.Join(corpusDir(b), "graph-docs-2021", "api-reference")
	for _, c := range []struct {
		name string
		args []string
	}{
		{"whole-without-examples", []string{"lint", "-examples=false", in}},
		{"whole-with-examples", []string{"lint", in}},
		{"only-5-pages", append([]string{"lint", "-only"}, joinAll(in, onlyPages)...)},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if code := run(c.args, io.Discard, io.Discard); code > 1 {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}

func joinAll(dir string, rel []string) []string {
	var out []string
	for _, r := range rel {
		out = append(out, filepath.Join(dir, filepath.FromSlash(r)))
	}
	return out
}
