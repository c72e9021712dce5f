package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/graphsdkgen/graphsdkgen/emit/lock"
)

// lockFile is where generate reads and writes the lock (package lock).
type lockFile struct {
	path string
	// inTree is the lock's path relative to the Go output root when it is
	// one of the generated files (the default), else "": then it is read
	// and written at path on its own (-lock FILE).
	inTree string
}

// lockAt is the lock of a Go output root: flag (-lock) when set, else
// graphsdkgen.lock in the root.
func lockAt(goOut, flag string) lockFile {
	if flag != "" {
		return lockFile{path: flag}
	}
	return lockFile{path: filepath.Join(goOut, lock.FileName), inTree: lock.FileName}
}

// read is the lock to honour: nil when there is none yet or relock is set.
func (lf lockFile) read(relock bool) (*lock.Lock, error) {
	if relock {
		return nil, nil
	}
	data, err := os.ReadFile(lf.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	l, err := lock.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", lf.path, err)
	}
	return l, nil
}

// check is the -check line of a lock outside the tree that differs from
// data, or "" (a lock in the tree is checked with its files).
func (lf lockFile) check(data []byte) string {
	if lf.inTree != "" {
		return ""
	}
	old, err := os.ReadFile(lf.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "missing: " + lf.path
	case err != nil || !bytes.Equal(old, data):
		return "differs: " + lf.path
	}
	return ""
}

// write writes a lock outside the tree (a lock in the tree is written with
// its files).
func (lf lockFile) write(data []byte) error {
	if lf.inTree != "" {
		return nil
	}
	return writeFileAtomic(lf.path, data)
}
