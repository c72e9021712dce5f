package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestKillDuringWrite builds the command and kills it (SIGKILL) at several
// moments while it switches from one generation (the seed page and 20
// synthetic pages) to another (the seed and 20 others: files change, come
// and go), in roots that also hold foreign entries.
// GRAPHSDKGEN_TEST_WRITE_DELAY slows the writer so that the kills land
// mid-write. After each kill a root is exactly the previous generation or
// the new one, never a mix; the next run leaves the new generation, no
// staging sibling and no strays.
func TestKillDuringWrite(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the one-step switch is Linux only; elsewhere the journal (TestCrashBetweenStepsJournal)")
	}
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
	for ref, in := range map[string]string{refOld: a, refNew: b} {
		addForeign(t, filepath.Join(ref, "G"), filepath.Join(ref, "S"))
		if out, err := gen(in, ref, 0).CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
	}
	want := map[string][2]string{}
	for _, r := range []string{"G", "S"} {
		want[r] = [2]string{exactTree(t, filepath.Join(refOld, r)), exactTree(t, filepath.Join(refNew, r))}
	}
	kinds := map[string]int{}
	// Each kill lands a while after the writer starts on G (its staging
	// sibling appears): while G is assembled, around its switch, while S
	// is written.
	for i, after := range []time.Duration{0, 40, 90, 150, 200, 260, 300, 340, 420} {
		root := filepath.Join(dir, "run", string(rune('a'+i)))
		addForeign(t, filepath.Join(root, "G"), filepath.Join(root, "S"))
		if out, err := gen(a, root, 0).CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		cmd := gen(b, root, 15*time.Millisecond)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		if !waitFor(siblingPath(filepath.Join(root, "G")), done) {
			t.Fatalf("kill at +%dms: the run ended before writing", after)
		}
		time.Sleep(after * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		<-done
		for _, r := range []string{"G", "S"} {
			rr := filepath.Join(root, r)
			got := exactTree(t, rr)
			_, serr := os.Lstat(siblingPath(rr))
			switch {
			case got == want[r][0] && serr == nil:
				kinds["old, sibling left"]++
			case got == want[r][0]:
				kinds["old"]++
			case got == want[r][1] && serr == nil:
				kinds["new, sibling left"]++
			case got == want[r][1]:
				kinds["new"]++
			default:
				t.Errorf("kill at +%dms: %s is neither generation", after, r)
			}
			t.Logf("kill at +%dms: %s old %v, new %v, sibling left %v", after, r, got == want[r][0], got == want[r][1], serr == nil)
		}
		if out, err := gen(b, root, 0).CombinedOutput(); err != nil {
			t.Fatalf("next run: %v\n%s", err, out)
		}
		for _, r := range []string{"G", "S"} {
			rr := filepath.Join(root, r)
			if exactTree(t, rr) != want[r][1] {
				t.Errorf("kill at +%dms: the next run did not leave the new generation in %s", after, r)
			}
			if st := strays(rr); len(st) > 0 {
				t.Errorf("kill at +%dms: strays after the next run: %v", after, st)
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
	if kinds["old, sibling left"] == 0 || kinds["new"]+kinds["new, sibling left"] == 0 {
		t.Errorf("the kills did not land both while assembling and after the switch: %v", kinds)
	}
}

// waitFor polls until p exists (true) or done is closed first (false).
func waitFor(p string, done <-chan struct{}) bool {
	for {
		if _, err := os.Lstat(p); err == nil {
			return true
		}
		select {
		case <-done:
			return false
		case <-time.After(time.Millisecond):
		}
	}
}
