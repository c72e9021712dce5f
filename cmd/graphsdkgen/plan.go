package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/graphsdkgen/graphsdkgen/emit"
)

// plan is what a run changes in one output root, worked out before
// anything is written.
type plan struct {
	root      string
	stage     []emit.File // new or changed files (and the manifest), written to staging
	keep      []string    // unchanged generated files (and manifest): carried over by the one-step switch
	units     []string    // renamed from staging into the root: files, or whole new directories
	remove    []string    // the tool's files no longer generated (and earlier versions' temp files)
	rmdirs    []string    // directories the tool created that nothing needs now, deepest first
	report    []string    // for -check: "differs: p", "missing: p", "stale: p", "stray: p"
	conflicts []string    // paths the run would have to overwrite but does not own
}

// empty reports whether the run changes nothing in the root.
func (p *plan) empty() bool {
	return len(p.stage) == 0 && len(p.remove) == 0 && len(p.rmdirs) == 0
}

// pathState is what is on disk at a path inside the root.
type pathState int

const (
	absent pathState = iota
	isDir
	isFile
	isOther // a symbolic link or a special file
)

func lstate(p string) (pathState, error) {
	fi, err := os.Lstat(p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return absent, nil
	case err != nil:
		return absent, err
	case fi.IsDir():
		return isDir, nil
	case fi.Mode().IsRegular():
		return isFile, nil
	}
	return isOther, nil
}

// planTree compares t's files with the root and its manifest.
func planTree(t tree) (*plan, error) {
	m, err := readManifest(t.dir)
	if err != nil {
		return nil, err
	}
	own := ownership{root: t.dir, m: m, legacy: t.owned}
	p := &plan{root: t.dir}
	want := map[string][]byte{}
	for _, f := range t.files {
		if err := validRel(f.Path); err != nil {
			return nil, fmt.Errorf("generated file: %v", err)
		}
		want[f.Path] = f.Data
	}
	owned, temps, err := own.ownedFiles()
	if err != nil {
		return nil, err
	}
	ownedSet := map[string]bool{}
	for _, f := range owned {
		ownedSet[f] = true
	}

	// Directories on the way to every file, generated or stale: each must
	// be a real directory or not exist (a stale file of ours in the way is
	// removed first).
	states := map[string]pathState{}
	dirState := func(rel string) (pathState, error) {
		if s, ok := states[rel]; ok {
			return s, nil
		}
		s, err := lstate(filepath.Join(t.dir, filepath.FromSlash(rel)))
		states[rel] = s
		return s, err
	}
	need := map[string]bool{}
	for rel := range want {
		for _, a := range ancestors(rel) {
			need[a] = true
		}
	}
	for _, rel := range sortedKeys(need) {
		s, err := dirState(rel)
		if err != nil {
			return nil, err
		}
		if s == isOther || (s == isFile && (!ownedSet[rel] || want[rel] != nil)) {
			p.conflicts = append(p.conflicts, rel)
		}
	}
	for _, rel := range owned {
		if want[rel] != nil {
			continue
		}
		safe := true
		for _, a := range ancestors(rel) {
			if s, err := dirState(a); err != nil || s != isDir {
				safe = false
			}
		}
		if s, err := lstate(filepath.Join(t.dir, filepath.FromSlash(rel))); err == nil && s == isFile && safe {
			p.remove = append(p.remove, rel)
			p.report = append(p.report, "stale: "+filepath.Join(t.dir, filepath.FromSlash(rel)))
		}
	}
	for _, rel := range temps {
		p.remove = append(p.remove, rel)
		p.report = append(p.report, "stray: "+filepath.Join(t.dir, filepath.FromSlash(rel)))
	}

	// Each generated file: unchanged, changed, missing, or in the way of
	// a file the tool does not own.
	kinds := make([]string, len(t.files))
	errs := make([]error, len(t.files))
	parallel(len(t.files), func(i int) {
		kinds[i], errs[i] = compare(own, t.files[i], ownedSet[t.files[i].Path])
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for i, f := range t.files {
		full := filepath.Join(t.dir, filepath.FromSlash(f.Path))
		switch kinds[i] {
		case "conflict":
			p.conflicts = append(p.conflicts, f.Path)
		case "same":
			p.keep = append(p.keep, f.Path)
		case "differs", "missing":
			p.stage = append(p.stage, f)
			p.report = append(p.report, kinds[i]+": "+full)
		}
	}

	// Directories: the ones the run creates become the tool's; the tool's
	// ones nothing needs any more are removed when empty.
	newM := &manifest{files: map[string]bool{}, dirs: map[string]bool{}}
	for rel := range want {
		newM.files[rel] = true
	}
	for rel := range need {
		if s := states[rel]; s != isDir || (m != nil && m.dirs[rel]) {
			newM.dirs[rel] = true
		}
	}
	if m != nil {
		for d := range m.dirs {
			if !need[d] {
				p.rmdirs = append(p.rmdirs, d)
			}
		}
		slices.SortFunc(p.rmdirs, func(a, b string) int { return strings.Compare(b, a) })
	}

	// Staged files move in as whole new directories where they can.
	units := map[string]bool{}
	for _, f := range p.stage {
		unit := f.Path
		for _, a := range ancestors(f.Path) {
			if states[a] != isDir {
				unit = a
				break
			}
		}
		units[unit] = true
	}
	p.units = sortedKeys(units)

	mb := newM.bytes()
	old, err := os.ReadFile(filepath.Join(t.dir, manifestName))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if err != nil || !bytes.Equal(old, mb) {
		kind := "differs: "
		if err != nil {
			kind = "missing: "
		}
		p.stage = append(p.stage, emit.File{Path: manifestName, Data: mb})
		p.units = append(p.units, manifestName) // last: the switch's final step
		p.report = append(p.report, kind+filepath.Join(t.dir, manifestName))
	} else {
		p.keep = append(p.keep, manifestName)
	}
	slices.Sort(p.conflicts)
	return p, nil
}

// compare tells what the run does with f: "same", "differs", "missing"
// or "conflict" (something the tool does not own is in its place).
func compare(own ownership, f emit.File, owned bool) (string, error) {
	full := filepath.Join(own.root, filepath.FromSlash(f.Path))
	s, err := lstate(full)
	switch {
	case err != nil:
		return "", err
	case s == absent:
		return "missing", nil
	case s != isFile:
		return "conflict", nil
	}
	old, err := os.ReadFile(full)
	if err != nil {
		return "", err
	}
	if bytes.Equal(old, f.Data) {
		return "same", nil
	}
	if !owned {
		return "conflict", nil
	}
	return "differs", nil
}

// parallel runs f(0..n-1) from several goroutines (the work is system
// calls).
func parallel(n int, f func(int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range 4 * runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
