package main

import (
	"bytes"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/graphsdkgen/graphsdkgen/parser"
)

// BenchmarkDiff runs, in each iteration, graphsdkgen diff on the shared
// revision pair (the March 2021 pages, made as REVISIONS.md says, against
// the July 2021 pages) and, as the baseline measured in the same run,
// parsing both trees into their models at once (as diff does, and nothing
// else). It reports both times and their ratio: the ratio is diff's cost
// in units of the parse it cannot avoid, whatever the machine's load.
func BenchmarkDiff(b *testing.B) {
	corpus := revisionCorpus(b)
	march := marchPages(b, corpus, b.TempDir())
	july := filepath.Join(corpus, "graph-docs-2021", "api-reference")
	var parse, diff time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		var wg sync.WaitGroup
		for _, d := range []string{march, july} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := parser.New().Load([]string{d}); err != nil {
					b.Error(err)
				}
			}()
		}
		wg.Wait()
		parse += time.Since(t0)

		t0 = time.Now()
		var stdout, stderr bytes.Buffer
		if code := run([]string{"diff", "-format", "json", march, july}, &stdout, &stderr); code != exitBreaking {
			b.Fatalf("diff: exit %d: %s", code, stderr.String())
		}
		diff += time.Since(t0)
	}
	b.ReportMetric(float64(parse.Milliseconds())/float64(b.N), "parse-ms/op")
	b.ReportMetric(float64(diff.Milliseconds())/float64(b.N), "diff-ms/op")
	b.ReportMetric(float64(diff)/float64(parse), "ratio")
}
