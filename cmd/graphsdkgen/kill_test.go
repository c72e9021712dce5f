package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestKillDuringWrite builds the command and kills it (SIGKILL) at several
// moments while it switches from one generation (the seed page and 20
// synthetic pages) to another (the seed and 20 others: files change, come
// and go). GRAPHSDKGEN_TEST_WRITE_DELAY slows the writer so that the kills
// land mid-write. After each kill a root is the previous generation, or
// holds a journal from which recovery gives the new one; the next run
// leaves the new generation and no strays.
func TestKillDuringWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "graphsdkgen")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	a, b := copySeed(t, filepath.Join(dir, "A")), copySeed(t, filepath.Join(dir, "B"))
	syntheticPages(t, a, 0, 20)
	syntheticPages(t, b, 10, 20)
	gen := func(in, root string, delay time.Duration) *exec.Cmd {
		cmd := exec.Command(bin, "generate", "-q", "-go-out", filepath.Join(root, "G"), "-openapi-out", filepath.Join(root, "S"), "-go-module", "example.com/sdk", in)
		cmd.Env = append(os.Environ(), "GRAPHSDKGEN_TEST_WRITE_DELAY="+delay.String())
		return cmd
	}
	refOld, refNew := filepath.Join(dir, "refold"), filepath.Join(dir, "refnew")
	for _, c := range []*exec.Cmd{gen(a, refOld, 0), gen(b, refNew, 0)} {
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
	}
	start := time.Now()
	if out, err := gen(b, filepath.Join(dir, "timed"), 0).CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	base := time.Since(start) // loading and generating, before the writer
	kinds := map[string]int{}
	for i, after := range []time.Duration{0, 40, 80, 150, 250, 400, 600, 900, 1300} {
		root := filepath.Join(dir, "run", string(rune('a'+i)))
		if out, err := gen(a, root, 0).CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		cmd := gen(b, root, 15*time.Millisecond)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(base + after*time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		for _, r := range []string{"G", "S"} {
			rr := filepath.Join(root, r)
			old, nw := genDigest(t, filepath.Join(refOld, r)), genDigest(t, filepath.Join(refNew, r))
			got := genDigest(t, rr)
			_, jerr := os.Stat(filepath.Join(rr, journalName))
			_, serr := os.Stat(filepath.Join(rr, stagingName))
			switch {
			case jerr == nil:
				kinds["mid-switch"]++
				if err := (writer{}).recover(rr, map[string]func(string, []byte) bool{"G": ownedGo, "S": ownedSpec}[r]); err != nil {
					t.Fatal(err)
				}
				if genDigest(t, rr) != nw {
					t.Errorf("kill at +%dms: %s after recovery is not the new generation", after, r)
				}
			case got == old && serr == nil:
				kinds["staging"]++
			case got == old:
				kinds["old"]++
			case got == nw:
				kinds["new"]++
			default:
				t.Errorf("kill at +%dms: %s is neither generation", after, r)
			}
		}
		if out, err := gen(b, root, 0).CombinedOutput(); err != nil {
			t.Fatalf("next run: %v\n%s", err, out)
		}
		for _, r := range []string{"G", "S"} {
			rr := filepath.Join(root, r)
			if genDigest(t, rr) != genDigest(t, filepath.Join(refNew, r)) {
				t.Errorf("kill at +%dms: the next run did not leave the new generation in %s", after, r)
			}
			filepath.WalkDir(rr, func(p string, de os.DirEntry, err error) error {
				if err == nil && strings.HasPrefix(de.Name(), reservedName) && de.Name() != manifestName {
					t.Errorf("kill at +%dms: stray %s after the next run", after, p)
				}
				return err
			})
		}
	}
	t.Logf("roots found after the kills: %v", kinds)
	if kinds["mid-switch"] == 0 || kinds["staging"]+kinds["old"] == 0 {
		t.Errorf("the kills did not land both while staging and while switching: %v", kinds)
	}
}
