package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// siblingSuffix ends the name of a root's staging sibling,
// <parent>/.<base>.graphsdkgen-next: the directory in which a run
// assembles the root's new generation before exchanging the two. The name
// is reserved: whatever directory has it is the tool's, and a root may not
// be named like one.
const siblingSuffix = ".graphsdkgen-next"

// siblingPath is root's staging sibling.
func siblingPath(root string) string {
	if abs, err := filepath.Abs(root); err == nil {
		root = abs
	}
	return filepath.Join(filepath.Dir(root), "."+filepath.Base(root)+siblingSuffix)
}

// removeSibling removes what a killed run left at root's staging sibling:
// its unfinished new generation, or after the exchange the previous one.
// Either is safe to delete: the root itself is always a whole generation.
// Something other than a directory there is refused, not removed.
func removeSibling(root string) error {
	p := siblingPath(root)
	fi, err := os.Lstat(p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !fi.IsDir():
		return refusal{fmt.Errorf("%s is not a directory; graphsdkgen reserves that name to stage %s: remove it", p, root)}
	}
	return removeTree(p)
}

// removeTree removes the directory p and everything in it, making its
// directories writable first when one is read-only (os.RemoveAll cannot
// empty those).
func removeTree(p string) error {
	if err := os.RemoveAll(p); err == nil {
		return nil
	}
	filepath.WalkDir(p, func(q string, de fs.DirEntry, err error) error {
		if err == nil && de.IsDir() {
			os.Chmod(q, 0o700)
		}
		return nil
	})
	return os.RemoveAll(p)
}
