package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/graphsdkgen/graphsdkgen/emit"
	"github.com/graphsdkgen/graphsdkgen/parser"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// BenchmarkPipeline runs, in each iteration, the whole pipeline over the
// 2021 corpus (read, parse, model, emit Go and OpenAPI, format, write) and,
// as the baseline measured in the same run, a bare goldmark+GFM parse of the
// same files (read and parse, one after the other). It reports both times,
// their ratio and the process's peak resident memory.
func BenchmarkPipeline(b *testing.B) {
	in := filepath.Join(corpusDir(b), "graph-docs-2021", "api-reference")
	var files []string
	filepath.WalkDir(in, func(p string, de os.DirEntry, err error) error {
		if err == nil && !de.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return err
	})
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	var bare, full, parse, gen, write time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			md.Parser().Parse(text.NewReader(src))
		}
		bare += time.Since(t0)

		t0 = time.Now()
		out := b.TempDir()
		m, err := parser.New().Load([]string{in})
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		res, _, err := emit.Generate(m, emit.Options{GoModule: replayModule, GoMod: true})
		if err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if err := writeTrees([]tree{{dir: filepath.Join(out, "go"), files: res.Go, owned: ownedGo}, {dir: filepath.Join(out, "specs"), files: res.OpenAPI, owned: ownedSpec}}); err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		parse, gen, write, full = parse+t1.Sub(t0), gen+t2.Sub(t1), write+t3.Sub(t2), full+t3.Sub(t0)
	}
	// Where the pipeline's time goes: read and parse into the model, emit
	// Go and OpenAPI (formatted and encoded, in memory), write the files.
	b.ReportMetric(float64(parse.Milliseconds())/float64(b.N), "parse-ms/op")
	b.ReportMetric(float64(gen.Milliseconds())/float64(b.N), "emit-ms/op")
	b.ReportMetric(float64(write.Milliseconds())/float64(b.N), "write-ms/op")
	b.ReportMetric(float64(bare.Milliseconds())/float64(b.N), "bare-ms/op")
	b.ReportMetric(float64(full.Milliseconds())/float64(b.N), "pipeline-ms/op")
	b.ReportMetric(float64(full)/float64(bare), "ratio")
	if hwm := peakRSS(); hwm > 0 {
		b.ReportMetric(float64(hwm)/(1<<20), "peak-MiB")
	}
}

// peakRSS is the process's peak resident set size in bytes (Linux), or 0.
func peakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
