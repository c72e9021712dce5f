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
// root, then rewrites them with a tenth changed, with the staged writer
// and, as the baseline measured in the same run, the previous writer (a
// temporary file beside each output, renamed). It reports both times and
// their ratio.
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
	var staged, legacy time.Duration
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		t0 := time.Now()
		for _, fs := range [][]emit.File{files, changed} {
			if err := writeTrees([]tree{{dir: filepath.Join(dir, "new"), files: fs, owned: ownedGo}}); err != nil {
				b.Fatal(err)
			}
		}
		t1 := time.Now()
		for _, fs := range [][]emit.File{files, changed} {
			if err := legacyWrite(filepath.Join(dir, "old"), fs); err != nil {
				b.Fatal(err)
			}
		}
		staged, legacy = staged+t1.Sub(t0), legacy+time.Since(t1)
	}
	b.ReportMetric(float64(staged.Milliseconds())/float64(b.N), "staged-ms/op")
	b.ReportMetric(float64(legacy.Milliseconds())/float64(b.N), "legacy-ms/op")
	b.ReportMetric(float64(staged)/float64(legacy), "ratio")
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
