//go:build linux

package main

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// exchange swaps the directories a and b in one atomic step
// (renameat2 RENAME_EXCHANGE). A file system or kernel without it gives a
// noSwapError, before anything changed.
func exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if err == nil {
		return nil
	}
	if e := noSwapIf(err); e != err {
		return e
	}
	return &os.LinkError{Op: "exchange", Old: a, New: b, Err: err}
}

// renameNoReplace moves src to dst, which must not exist
// (RENAME_NOREPLACE; where the file system lacks it, a plain rename).
func renameNoReplace(src, dst string) error {
	err := unix.Renameat2(unix.AT_FDCWD, src, unix.AT_FDCWD, dst, unix.RENAME_NOREPLACE)
	if errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) {
		return os.Rename(src, dst)
	}
	if err != nil {
		return fmt.Errorf("moving %s into place: %w", dst, err)
	}
	return nil
}

// noSwapIf turns the errors that say the one-step switch cannot be made
// here (no RENAME_EXCHANGE, another file system or a mount point in the
// way, no permission to link or to create the sibling, a name too long)
// into a noSwapError; others are returned as they are.
func noSwapIf(err error) error {
	for _, e := range []error{unix.EINVAL, unix.ENOSYS, unix.EOPNOTSUPP, unix.EXDEV, unix.EPERM, unix.EACCES, unix.EMLINK, unix.ENAMETOOLONG} {
		if errors.Is(err, e) {
			return noSwapError{err}
		}
	}
	return err
}
