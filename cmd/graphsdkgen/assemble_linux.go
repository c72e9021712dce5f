//go:build linux

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// assemble builds in next the whole new generation of root (old: root's
// FileInfo, nil when root does not exist yet):
//
//   - every directory of root, with its mode and owner;
//   - every entry of root the run does not replace or remove (foreign
//     files, symbolic links and special files, unchanged generated files,
//     an unchanged manifest) hard-linked, so that it keeps its inode,
//     bytes and mtime;
//   - the new and changed generated files, and the new manifest, written;
//   - the directories the tool created that nothing needs now removed
//     when empty, as the journal writer does.
//
// root's own run files (manifest, in-root staging, journal) are not
// carried over. Anything that cannot be reproduced exactly this way (a
// mount point inside, a link refused) is a noSwapError.
func (w writer) assemble(p *plan, root, next string, old fs.FileInfo) error {
	if err := os.Mkdir(next, 0o755); err != nil {
		return noSwapIf(err)
	}
	if err := w.step("mkdir " + next); err != nil {
		return err
	}
	if old != nil {
		if err := probeExchange(next); err != nil {
			return err
		}
	}
	var dirs []dirAttr
	var foreign []string
	if old != nil {
		var err error
		if dirs, foreign, err = walkRoot(p, root, next, old); err != nil {
			return err
		}
	}
	if err := linkAll(root, next, foreign, true); err != nil {
		return err
	}
	if err := linkAll(root, next, p.keep, false); err != nil {
		return err
	}
	if err := w.writeStaged(next, p.stage); err != nil {
		return err
	}
	for _, d := range p.rmdirs { // deepest first
		os.Remove(filepath.Join(next, filepath.FromSlash(d))) // fails, harmlessly, when something else is in it
	}
	return setDirAttrs(next, dirs)
}

// dirAttr is a directory of the previous generation, recreated in next.
type dirAttr struct {
	rel string // "." for the root
	fi  fs.FileInfo
}

// walkRoot recreates root's directories in next and lists the entries to
// carry over by hard link: everything but directories, the root's run
// files, the generated files and what the run removes.
func walkRoot(p *plan, root, next string, old fs.FileInfo) ([]dirAttr, []string, error) {
	skip := p.replaced()
	dirs := []dirAttr{{".", old}}
	var foreign []string
	dev := devOf(old)
	err := filepath.WalkDir(root, func(q string, de fs.DirEntry, err error) error {
		if err != nil {
			return noSwapIf(err)
		}
		if q == root {
			return nil
		}
		rel, err := filepath.Rel(root, q)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if skip[rel] {
			if de.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !de.IsDir() {
			foreign = append(foreign, rel)
			return nil
		}
		fi, err := de.Info()
		if err != nil {
			return err
		}
		if devOf(fi) != dev {
			return noSwapError{fmt.Errorf("%s is a mount point", q)}
		}
		dirs = append(dirs, dirAttr{rel, fi})
		return os.Mkdir(filepath.Join(next, filepath.FromSlash(rel)), 0o700)
	})
	return dirs, foreign, err
}

// replaced is what the new generation does not carry over from the
// previous one: the root's run files, the generated files (written anew or
// linked as unchanged) and what the run removes.
func (p *plan) replaced() map[string]bool {
	skip := map[string]bool{manifestName: true, stagingName: true, journalName: true, journalTmpName: true}
	for _, f := range p.stage {
		skip[f.Path] = true
	}
	for _, list := range [][]string{p.keep, p.remove} {
		for _, r := range list {
			skip[r] = true
		}
	}
	return skip
}

// linkAll hard-links each of rels from root into next. A foreign entry
// gone since the walk (removed by someone else meanwhile) is skipped.
func linkAll(root, next string, rels []string, foreign bool) error {
	errs := make([]error, len(rels))
	parallel(len(rels), func(i int) {
		rel := filepath.FromSlash(rels[i])
		err := os.Link(filepath.Join(root, rel), filepath.Join(next, rel))
		if foreign && errors.Is(err, fs.ErrNotExist) {
			if _, lerr := os.Lstat(filepath.Join(root, rel)); errors.Is(lerr, fs.ErrNotExist) {
				err = nil
			}
		}
		if err != nil {
			errs[i] = noSwapIf(err)
		}
	})
	return errors.Join(errs...)
}

// setDirAttrs gives each recreated directory its previous mode and owner,
// deepest first (they were made writable for the assembly).
func setDirAttrs(next string, dirs []dirAttr) error {
	slices.SortFunc(dirs, func(a, b dirAttr) int { return strings.Compare(b.rel, a.rel) })
	for _, d := range dirs {
		p := filepath.Join(next, filepath.FromSlash(d.rel))
		now, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue // a directory of the tool's that nothing needs now
		}
		if err != nil {
			return err
		}
		uid, gid := ownerOf(d.fi)
		if u, g := ownerOf(now); u != uid || g != gid {
			if err := os.Lchown(p, uid, gid); err != nil {
				return noSwapIf(err)
			}
		}
		mode := d.fi.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)
		if err := os.Chmod(p, mode); err != nil {
			return err
		}
	}
	return nil
}

// probeExchange tries RENAME_EXCHANGE on two directories inside next (on
// the root's file system), before the whole generation is assembled for
// nothing.
func probeExchange(next string) error {
	a, b := filepath.Join(next, reservedName+"probe-a"), filepath.Join(next, reservedName+"probe-b")
	for _, d := range []string{a, b} {
		if err := os.Mkdir(d, 0o700); err != nil {
			return err
		}
	}
	err := exchange(a, b)
	os.Remove(a)
	os.Remove(b)
	return err
}
