//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSwapKeepsUnchanged: a run that changes the generation exchanges the
// root (the root's directory is a new one) while the files whose bytes
// did not change, and every foreign file, keep their inode and mtime.
func TestSwapKeepsUnchanged(t *testing.T) {
	dir := t.TempDir()
	oldOut := generation(t, syntheticPages(t, filepath.Join(dir, "A"), 0, 6))
	newOut := generation(t, syntheticPages(t, filepath.Join(dir, "B"), 3, 6))
	g, s := filepath.Join(dir, "G"), filepath.Join(dir, "S")
	addForeign(t, g, s)
	if err := writeTrees(trees(g, s, oldOut)); err != nil {
		t.Fatal(err)
	}
	stat := func(p string) os.FileInfo {
		fi, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		return fi
	}
	rootBefore := stat(g)
	same := map[string]bool{}
	for _, f := range oldOut.Go {
		same[f.Path] = true
	}
	before := map[string]os.FileInfo{}
	for _, f := range newOut.Go {
		if data, err := os.ReadFile(filepath.Join(g, f.Path)); err == nil && string(data) == string(f.Data) && same[f.Path] {
			before[f.Path] = stat(filepath.Join(g, f.Path))
		}
	}
	for _, rel := range []string{"graph/mine.go", "README.md", ".git/HEAD", "docs", "ro/kept.txt"} {
		before[rel] = stat(filepath.Join(g, rel))
	}
	if len(before) < 10 {
		t.Fatalf("only %d unchanged files", len(before))
	}
	if err := writeTrees(trees(g, s, newOut)); err != nil {
		t.Fatal(err)
	}
	if os.SameFile(rootBefore, stat(g)) {
		t.Error("the root was not exchanged")
	}
	for rel, fi := range before {
		now := stat(filepath.Join(g, rel))
		if !os.SameFile(fi, now) || !fi.ModTime().Equal(now.ModTime()) {
			t.Errorf("%s: inode or mtime changed", rel)
		}
	}
}

// TestSwapFallsBackInWorkingDir: a root holding the working directory is
// written through the journal (the caller would be left in a removed
// directory otherwise): the root's directory stays, the result is the
// same generation.
func TestSwapFallsBackInWorkingDir(t *testing.T) {
	dir := t.TempDir()
	oldOut := generation(t, syntheticPages(t, filepath.Join(dir, "A"), 0, 6))
	newOut := generation(t, syntheticPages(t, filepath.Join(dir, "B"), 3, 6))
	g, s := filepath.Join(dir, "G"), filepath.Join(dir, "S")
	ref := filepath.Join(dir, "ref")
	for _, root := range []string{dir, ref} {
		addForeign(t, filepath.Join(root, "G"), filepath.Join(root, "S"))
		if err := writeTrees(trees(filepath.Join(root, "G"), filepath.Join(root, "S"), oldOut)); err != nil {
			t.Fatal(err)
		}
	}
	if err := writeTrees(trees(filepath.Join(ref, "G"), filepath.Join(ref, "S"), newOut)); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Lstat(g)
	t.Chdir(filepath.Join(g, "graph"))
	if err := writeTrees(trees(g, s, newOut)); err != nil {
		t.Fatal(err)
	}
	if now, _ := os.Lstat(g); !os.SameFile(before, now) {
		t.Error("the root holding the working directory was exchanged")
	}
	for _, r := range []string{"G", "S"} {
		if exactTree(t, filepath.Join(dir, r)) != exactTree(t, filepath.Join(ref, r)) {
			t.Errorf("%s: the journal's result differs from the switch's", r)
		}
	}
}

// TestSiblingStray: -check lists a staging sibling left by a killed run
// as a stray, the next run removes it, and something other than a
// directory at that name is refused, not removed.
func TestSiblingStray(t *testing.T) {
	dir := t.TempDir()
	x := copySeed(t, dir)
	g, s := filepath.Join(dir, "G"), filepath.Join(dir, "S")
	args := []string{"generate", "-q", "-go-out", g, "-openapi-out", s, "-go-module", "example.com/sdk", x}
	if code, _, stderr := runCLI(t, args...); code != 0 {
		t.Fatal(stderr)
	}
	sib := siblingPath(g)
	os.MkdirAll(filepath.Join(sib, "v1", "ro"), 0o755)
	os.WriteFile(filepath.Join(sib, "v1", "ro", "x.go"), []byte("package ro\n"), 0o644)
	os.Chmod(filepath.Join(sib, "v1", "ro"), 0o555)
	code, stdout, _ := runCLI(t, append([]string{"generate", "-check"}, args[1:]...)...)
	if code != 1 || !strings.Contains(stdout, "stray: "+sib) {
		t.Errorf("-check: exit %d, want 1 listing %s:\n%s", code, sib, stdout)
	}
	if code, _, stderr := runCLI(t, args...); code != 0 {
		t.Fatal(stderr)
	}
	if _, err := os.Lstat(sib); err == nil {
		t.Error("the next run left the sibling")
	}
	os.WriteFile(sib, []byte("mine"), 0o644)
	if code, _, stderr := runCLI(t, args...); code != 2 || !strings.Contains(stderr, "reserves that name") {
		t.Errorf("a file at the sibling's name: exit %d, want 2:\n%s", code, stderr)
	}
	if data, _ := os.ReadFile(sib); string(data) != "mine" {
		t.Error("the file at the sibling's name was changed")
	}
	if code, _, stderr := runCLI(t, "generate", "-q", "-go-out", sib+"x", "-openapi-out", filepath.Join(dir, ".S"+siblingSuffix), x); code != 2 || !strings.Contains(stderr, "staging directories") {
		t.Errorf("a root named like a sibling: exit %d, want 2:\n%s", code, stderr)
	}
}

// TestSwapRescuesLateChanges: a foreign file created in the root, and one
// replaced by rename (as an editor saves), while the new generation is
// assembled are in the root after the switch, with their new bytes.
func TestSwapRescuesLateChanges(t *testing.T) {
	dir := t.TempDir()
	oldOut := generation(t, syntheticPages(t, filepath.Join(dir, "A"), 0, 6))
	newOut := generation(t, syntheticPages(t, filepath.Join(dir, "B"), 3, 6))
	g, s := filepath.Join(dir, "G"), filepath.Join(dir, "S")
	addForeign(t, g, s)
	if err := writeTrees(trees(g, s, oldOut)); err != nil {
		t.Fatal(err)
	}
	late := map[string]string{"README.md": "edited\n", "notes/late.txt": "new\n"}
	w := writer{crash: func(step string) error {
		if step != "sync" || late == nil {
			return nil
		}
		for rel, data := range late {
			p := filepath.Join(g, rel)
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p+".tmp", []byte(data), 0o644)
			if err := os.Rename(p+".tmp", p); err != nil {
				return err
			}
		}
		return nil
	}}
	if err := w.writeTrees(trees(g, s, newOut)); err != nil {
		t.Fatal(err)
	}
	for rel, want := range late {
		if data, err := os.ReadFile(filepath.Join(g, rel)); err != nil || string(data) != want {
			t.Errorf("%s: %q %v, want %q", rel, data, err, want)
		}
	}
	if _, err := os.Lstat(siblingPath(g)); err == nil {
		t.Error("the sibling was left")
	}
}
