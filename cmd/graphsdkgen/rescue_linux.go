//go:build linux

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// rescue moves into root what someone else put in the previous generation
// (now at prev) while the new one was assembled: a file (link, special
// file) the tool does not own that the new generation lacks, or holds as
// another inode (it was replaced by rename meanwhile). What cannot be
// moved is named in the error, and prev is then left in place.
func rescue(p *plan, root, prev string) error {
	skip := p.replaced()
	var lost []string
	err := filepath.WalkDir(prev, func(q string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		rel, err := filepath.Rel(prev, q)
		if err != nil {
			return err
		}
		if skip[filepath.ToSlash(rel)] {
			return nil
		}
		dst := filepath.Join(root, rel)
		now, err := os.Lstat(dst)
		if err == nil {
			was, werr := de.Info()
			if werr != nil || os.SameFile(was, now) {
				return werr
			}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			lost = append(lost, q)
			return nil
		}
		if err := os.Rename(q, dst); err != nil {
			lost = append(lost, q)
		}
		return nil
	})
	if err == nil && len(lost) > 0 {
		err = fmt.Errorf("files changed in %s during the run could not be moved back, they are left in %s (the next run removes it): %v", root, prev, lost)
	}
	return err
}
