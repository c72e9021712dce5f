package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// onlyClosure follows a page's links to regular resource pages of its
// version, not to symbolic links (whose target may be anywhere) nor out of
// the version folder.
func TestOnlyClosureRegularFilesOnly(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.md")
	write := func(p, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page := filepath.Join(dir, "v1.0", "api", "widget-get.md")
	write(page, "[a](../resources/a.md) [b](../resources/b.md) [c](../../beta/resources/c.md)\n")
	write(filepath.Join(dir, "v1.0", "resources", "a.md"), "# a\n")
	write(outside, "# secret\n")
	write(filepath.Join(dir, "beta", "resources", "c.md"), "# c\n")
	if err := os.Symlink(outside, filepath.Join(dir, "v1.0", "resources", "b.md")); err != nil {
		t.Skip(err)
	}
	got := onlyClosure([]string{page})
	want := []string{page, filepath.Join(dir, "v1.0", "resources", "a.md")}
	if !slices.Equal(got, want) {
		t.Errorf("closure %v, want %v", got, want)
	}
}
