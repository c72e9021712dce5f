package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exactTree is everything under root, root included and nothing left out:
// each entry's path, type and mode, a symbolic link's target, a file's
// bytes. Two roots with equal exactTrees hold the same generation and the
// same foreign entries.
func exactTree(t testing.TB, root string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(root, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := de.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		fmt.Fprintf(&b, "%s %v", filepath.ToSlash(rel), fi.Mode())
		switch {
		case fi.Mode()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			fmt.Fprintf(&b, " -> %s", target)
		case fi.Mode().IsRegular():
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			fmt.Fprintf(&b, " %q", data)
		}
		b.WriteString("\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// addForeign puts entries the tool does not own into the output roots g
// and s: hand-written files (one in a generated package), symbolic links,
// empty directories, a read-only directory, a file of mode 0600 and a
// small .git.
func addForeign(t testing.TB, g, s string) {
	t.Helper()
	files := map[string]string{
		filepath.Join(g, "graph", "mine.go"):               "package graph\n",
		filepath.Join(g, "README.md"):                      "mine\n",
		filepath.Join(g, ".git", "HEAD"):                   "ref: refs/heads/main\n",
		filepath.Join(g, ".git", "objects", "ab", "cdef"):  "blob",
		filepath.Join(g, "ro", "kept.txt"):                 "read-only directory\n",
		filepath.Join(s, "openapi.json"):                   "{}",
		filepath.Join(s, "vendor", "beta", "openapi.yaml"): "x: 1\n",
	}
	for p, data := range files {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{filepath.Join(g, "empty"), filepath.Join(g, ".git", "refs", "tags"), filepath.Join(s, "beta", "empty")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{filepath.Join(g, "docs"): "README.md", filepath.Join(s, "latest"): "v1.0", filepath.Join(g, "dangling"): "nowhere"} {
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(filepath.Join(g, ".git", "HEAD"), 0o600); err != nil {
		t.Fatal(err)
	}
	ro := filepath.Join(g, "ro")
	if err := os.Chmod(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(ro, 0o755) }) // for TempDir's removal
}
