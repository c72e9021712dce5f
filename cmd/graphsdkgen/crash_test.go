package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit"
	"github.com/graphsdkgen/graphsdkgen/parser"
)

// generation generates the pages under in, in memory.
func generation(t *testing.T, in string) *emit.Output {
	t.Helper()
	m, err := parser.New().Load([]string{in})
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := emit.Generate(m, emit.Options{GoModule: "example.com/sdk", GoMod: true})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func trees(g, s string, out *emit.Output) []tree {
	return []tree{{dir: g, files: out.Go, owned: ownedGo}, {dir: s, files: out.OpenAPI, owned: ownedSpec}}
}

// genDigest is the tree without what only exists while a run writes.
func genDigest(t *testing.T, root string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(root, func(p string, de os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if n := de.Name(); n == stagingName || n == journalName || n == journalTmpName {
			if de.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		if de.IsDir() {
			b.WriteString(rel + "/\n")
			return nil
		}
		data, _ := os.ReadFile(p)
		b.WriteString(rel + "\n" + string(data) + "\n")
		return nil
	})
	return b.String()
}

// syntheticPages writes n pages, route roots things<first>..things<first+n-1>.
func syntheticPages(t testing.TB, dir string, first, n int) string {
	api := filepath.Join(dir, "v1.0", "api")
	os.MkdirAll(api, 0o755)
	for i := first; i < first+n; i++ {
		name := "things" + strings.Repeat("x", i%3) + string(rune('a'+i%26)) + string(rune('a'+i/26))
		if err := os.WriteFile(filepath.Join(api, name+"-get.md"), []byte(minimalPage("GET /"+name+"/{id}", "Get "+name)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var errCrash = errors.New("crash injected")

// TestCrashBetweenSteps stops the one-step writer after each of its steps
// in turn, as a kill would, going from one generation to another that
// changes, adds and removes files and directories, in roots that also
// hold foreign files, links and directories. Each root is then exactly
// the previous generation or the new one (paths, types, modes, bytes,
// link targets, foreign entries included); the next run leaves the new
// generation and no strays, the staging sibling included.
func TestCrashBetweenSteps(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the one-step switch is Linux only; elsewhere the journal (TestCrashBetweenStepsJournal)")
	}
	dir := t.TempDir()
	oldOut := generation(t, syntheticPages(t, filepath.Join(dir, "A"), 0, 6))
	newOut := generation(t, syntheticPages(t, filepath.Join(dir, "B"), 3, 6))
	refOld, refNew := filepath.Join(dir, "refold"), filepath.Join(dir, "refnew")
	for ref, out := range map[string]*emit.Output{refOld: oldOut, refNew: newOut} {
		addForeign(t, filepath.Join(ref, "G"), filepath.Join(ref, "S"))
		if err := writeTrees(trees(filepath.Join(ref, "G"), filepath.Join(ref, "S"), out)); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string][2]string{}
	for _, r := range []string{"G", "S"} {
		want[r] = [2]string{exactTree(t, filepath.Join(refOld, r)), exactTree(t, filepath.Join(refNew, r))}
		if want[r][0] == want[r][1] {
			t.Fatalf("%s: the generations are the same", r)
		}
	}
	seen := map[string]int{}
	for k := 0; ; k++ {
		root := filepath.Join(dir, "run", fmt.Sprint(k))
		g, s := filepath.Join(root, "G"), filepath.Join(root, "S")
		addForeign(t, g, s)
		if err := writeTrees(trees(g, s, oldOut)); err != nil {
			t.Fatal(err)
		}
		steps := 0
		w := writer{crash: func(string) error {
			if steps++; steps > k {
				return errCrash
			}
			return nil
		}}
		err := w.writeTrees(trees(g, s, newOut))
		if err != nil && !errors.Is(err, errCrash) {
			t.Fatal(err)
		}
		for _, r := range []string{"G", "S"} {
			rr := filepath.Join(root, r)
			got := exactTree(t, rr)
			_, serr := os.Lstat(siblingPath(rr))
			switch {
			case got == want[r][0] && serr == nil:
				seen["old, sibling left"]++
			case got == want[r][0]:
				seen["old"]++
			case got == want[r][1] && serr == nil:
				seen["new, sibling left"]++
			case got == want[r][1]:
				seen["new"]++
			default:
				t.Errorf("crash after step %d: %s is neither generation", k, r)
			}
		}
		if err == nil {
			if k < 10 {
				t.Fatalf("only %d steps: the generations hardly differ", k)
			}
			t.Logf("%d steps; roots after the crashes: %v", k, seen)
			for _, kind := range []string{"old, sibling left", "new, sibling left", "new"} {
				if seen[kind] == 0 {
					t.Errorf("no crash left a root %s: %v", kind, seen)
				}
			}
			return
		}
		// The next run cleans up.
		if err := writeTrees(trees(g, s, newOut)); err != nil {
			t.Fatal(err)
		}
		for _, r := range []string{"G", "S"} {
			if exactTree(t, filepath.Join(root, r)) != want[r][1] {
				t.Errorf("crash after step %d: the next run did not leave the new generation in %s", k, r)
			}
		}
		if st := append(strays(g), strays(s)...); len(st) > 0 {
			t.Errorf("crash after step %d: strays after the next run: %v", k, st)
		}
	}
}

// TestCrashBetweenStepsJournal stops the journal writer (the fallback)
// after each of its steps in turn. Each root is then the previous
// generation (no journal) or, once the next run's recovery completes the
// journal, the new one; the next run leaves the new generation and no
// strays.
func TestCrashBetweenStepsJournal(t *testing.T) {
	dir := t.TempDir()
	oldOut := generation(t, syntheticPages(t, filepath.Join(dir, "A"), 0, 6))
	newOut := generation(t, syntheticPages(t, filepath.Join(dir, "B"), 3, 6))
	refOld, refNew := filepath.Join(dir, "refold"), filepath.Join(dir, "refnew")
	jw := writer{journal: true}
	for ref, out := range map[string]*emit.Output{refOld: oldOut, refNew: newOut} {
		if err := jw.writeTrees(trees(filepath.Join(ref, "G"), filepath.Join(ref, "S"), out)); err != nil {
			t.Fatal(err)
		}
	}
	digest := func(root string) string {
		return genDigest(t, filepath.Join(root, "G")) + "\x00" + genDigest(t, filepath.Join(root, "S"))
	}
	old, want := digest(refOld), digest(refNew)
	for k := 0; ; k++ {
		root := filepath.Join(dir, "run", string(rune('a'+k%26))+strings.Repeat("z", k/26))
		g, s := filepath.Join(root, "G"), filepath.Join(root, "S")
		if err := jw.writeTrees(trees(g, s, oldOut)); err != nil {
			t.Fatal(err)
		}
		steps := 0
		w := writer{journal: true, crash: func(string) error {
			if steps++; steps > k {
				return errCrash
			}
			return nil
		}}
		err := w.writeTrees(trees(g, s, newOut))
		if err == nil {
			if got := digest(root); got != want {
				t.Fatalf("step %d: finished run did not leave the new generation", k)
			}
			if k < 10 {
				t.Fatalf("only %d steps: the generations hardly differ", k)
			}
			t.Logf("%d steps", k)
			return
		}
		if !errors.Is(err, errCrash) {
			t.Fatal(err)
		}
		// Each root: previous generation, or mid-switch with a journal
		// that recovery completes to the new generation.
		for _, r := range []string{"G", "S"} {
			rr := filepath.Join(root, r)
			ref := genDigest(t, filepath.Join(refOld, r))
			refN := genDigest(t, filepath.Join(refNew, r))
			if _, jerr := os.Stat(filepath.Join(rr, journalName)); jerr == nil {
				if err := (writer{}).recover(rr, map[string]func(string, []byte) bool{"G": ownedGo, "S": ownedSpec}[r]); err != nil {
					t.Fatal(err)
				}
				if got := genDigest(t, rr); got != refN {
					t.Errorf("crash after step %d: %s after recovery is not the new generation", k, r)
				}
			} else if got := genDigest(t, rr); got != ref && got != refN {
				t.Errorf("crash after step %d: %s is neither generation", k, r)
			}
		}
		// The next run cleans up.
		if err := jw.writeTrees(trees(g, s, newOut)); err != nil {
			t.Fatal(err)
		}
		if got := digest(root); got != want {
			t.Errorf("crash after step %d: the next run did not leave the new generation", k)
		}
		if st := append(strays(g), strays(s)...); len(st) > 0 {
			t.Errorf("crash after step %d: strays after the next run: %v", k, st)
		}
		if k == 0 && old == want {
			t.Fatal("the generations are the same")
		}
	}
}
