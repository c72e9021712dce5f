package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/graphsdkgen/graphsdkgen/emit"
)

// BenchmarkWritePhase writes 3,000 files in 150 packages into an empty
// root, then rewrites them with a tenth changed, with the one-step writer
// (the default on Linux), the journal writer (its fallback) and, as the
// baseline measured in the same run, the previous writer (a temporary
// file beside each output, renamed). It reports the three times and the
// ratios to the baseline.
func BenchmarkWritePhase(b *testing.B) {
	files := make([]emit.File, 3000)
	for i := range files {
		files[i] = emit.File{Path: fmt.Sprintf("v1/pkg%03d/file%02d.go", i%150, i/150), Data: []byte(fmt.Sprintf("%s\n\npackage p\n\n// %d\n%4000s\n", generatedHeader, i, ""))}
	}
	changed := make([]emit.File, len(files))
	copy(changed, files)
	for i := 0; i < len(changed); i += 10 {
		changed[i].Data = append([]byte(nil), changed[i].Data...)
		changed[i].Data = append(changed[i].Data, "// changed\n"...)
	}
	var swap, journal, legacy time.Duration
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		for _, c := range []struct {
			name string
			w    writer
			d    *time.Duration
		}{{"swap", writer{}, &swap}, {"journal", writer{journal: true}, &journal}} {
			t0 := time.Now()
			for _, fs := range [][]emit.File{files, changed} {
				if err := c.w.writeTrees([]tree{{dir: filepath.Join(dir, c.name), files: fs, owned: ownedGo}}); err != nil {
					b.Fatal(err)
				}
			}
			*c.d += time.Since(t0)
		}
		t1 := time.Now()
		for _, fs := range [][]emit.File{files, changed} {
			if err := legacyWrite(filepath.Join(dir, "old"), fs); err != nil {
				b.Fatal(err)
			}
		}
		legacy += time.Since(t1)
	}
	b.ReportMetric(float64(swap.Milliseconds())/float64(b.N), "swap-ms/op")
	b.ReportMetric(float64(journal.Milliseconds())/float64(b.N), "journal-ms/op")
	b.ReportMetric(float64(legacy.Milliseconds())/float64(b.N), "legacy-ms/op")
	b.ReportMetric(float64(swap)/float64(legacy), "swap/legacy")
	b.ReportMetric(float64(journal)/float64(legacy), "journal/legacy")
}

// legacyWrite is the previous writer, for the benchmark's baseline: each
// changed file through a temporary file beside it.
func legacyWrite(root string, files []emit.File) error {
	errs := make([]error, len(files))
	parallel(len(files), func(i int) {
		p := filepath.Join(root, filepath.FromSlash(files[i].Path))
		if old, err := os.ReadFile(p); err == nil && string(old) == string(files[i].Data) {
			return
		}
		errs[i] = writeFileAtomic(p, files[i].Data)
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
