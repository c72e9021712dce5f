//go:build linux

package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// swap switches p's root to the new generation in one step: the whole new
// generation (generated files and every foreign entry of the root) is
// assembled in the root's staging sibling, the data is flushed, and the
// two directories are exchanged with one renameat2(RENAME_EXCHANGE) (a
// root that does not exist yet: the sibling is renamed into place). What
// others created or replaced in the root meanwhile is moved over (rescue),
// then the previous generation, now at the sibling's path, is removed. Killed
// at any moment, the root is one whole generation, and the next run
// removes the sibling.
//
// switched tells whether the root changed. A noSwapError means the switch
// cannot be made here; nothing in the root changed and the caller falls
// back to the journal.
func (w writer) swap(p *plan) (switched bool, err error) {
	root, err := filepath.Abs(p.root)
	if err != nil {
		return false, err
	}
	next, parent := siblingPath(root), filepath.Dir(root)
	old, err := os.Lstat(root)
	fresh := errors.Is(err, fs.ErrNotExist)
	switch {
	case fresh:
		old = nil
		if err := os.MkdirAll(parent, 0o755); err != nil {
			return false, err
		}
	case err != nil:
		return false, err
	default:
		if err := swappable(root, parent, old); err != nil {
			return false, err
		}
	}
	if err := w.assemble(p, root, next, old); err != nil {
		return false, err
	}
	// One flush before the switch: the new generation's bytes are on disk
	// before the root names them.
	syncFS()
	if err := w.step("sync"); err != nil {
		return false, err
	}
	if fresh {
		err = renameNoReplace(next, root)
	} else {
		err = exchange(root, next)
	}
	if err != nil {
		return false, err
	}
	if err := syncDir(parent); err != nil {
		return true, err
	}
	if err := w.step("exchange"); err != nil {
		return true, err
	}
	if !fresh {
		if err := rescue(p, root, next); err != nil {
			return true, err
		}
	}
	return true, removeTree(next)
}

// swappable refuses the one-step switch (noSwapError) for a root that is a
// mount point (its sibling would be on another file system) or that holds
// this process's working directory (the caller, a shell or go generate,
// would be left in the removed previous generation).
func swappable(root, parent string, old fs.FileInfo) error {
	pfi, err := os.Stat(parent)
	if err != nil {
		return err
	}
	if devOf(old) != devOf(pfi) {
		return noSwapError{errors.New("the root is a mount point")}
	}
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	if w, err := filepath.EvalSymlinks(wd); err == nil {
		wd = w
	}
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	if wd == root || strings.HasPrefix(wd, root+string(filepath.Separator)) {
		return noSwapError{errors.New("the working directory is inside the root")}
	}
	return nil
}

func devOf(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Dev)
	}
	return 0
}

func ownerOf(fi fs.FileInfo) (uid, gid int) {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return int(st.Uid), int(st.Gid)
	}
	return -1, -1
}
