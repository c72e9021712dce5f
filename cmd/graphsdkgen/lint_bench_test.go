package main

import (
	"io"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// onlyPages are five pages of the 2021 corpus for lint -only.
var onlyPages = []string{"v1.0/api/user-get.md", "v1.0/api/event-delta.md", "beta/api/range-clear.md",
	"v1.0/api/application-post-applications.md", "beta/api/intune-deviceconfig-androidcustomconfiguration-get.md"}

// BenchmarkLint times lint over the 2021 corpus with and without the
// example checks, and lint -only on five pages, in one run (the issue's
// bars: with ≤ 2× without; -only < 2 s); with-over-without reports the
// first bar's ratio from alternating runs.
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
	// The bar as one figure: each iteration lints the whole corpus without
	// and then with the example checks, so both see the same machine load;
	// "with/without" is the ratio of their total times (at most 2).
	b.Run("with-over-without", func(b *testing.B) {
		var with, without time.Duration
		n := 0
		for b.Loop() {
			for _, examples := range []bool{false, true} {
				args := []string{"lint", "-examples=" + strconv.FormatBool(examples), in}
				start := time.Now()
				if code := run(args, io.Discard, io.Discard); code > 1 {
					b.Fatalf("exit %d", code)
				}
				if examples {
					with += time.Since(start)
				} else {
					without += time.Since(start)
				}
			}
			n++
		}
		b.ReportMetric(float64(with)/float64(without), "with/without")
		b.ReportMetric(without.Seconds()/float64(n), "s-without/op")
		b.ReportMetric(with.Seconds()/float64(n), "s-with/op")
	})
}

func joinAll(dir string, rel []string) []string {
	var out []string
	for _, r := range rel {
		out = append(out, filepath.Join(dir, filepath.FromSlash(r)))
	}
	return out
}
