package main

import (
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/graphsdkgen/graphsdkgen/emit"
)

// writer switches each output root from one generation to the next so
// that a run killed at any moment leaves the root as the previous
// generation or the new one, never a mix: on Linux the new generation is
// assembled beside the root and exchanged with it in one step (swap);
// elsewhere, or where that cannot be done, a journal that the next run
// completes (journalWrite, weaker: a mix until that next run).
//
// Unchanged files are not touched.
type writer struct {
	// delay pauses before each file is staged and each step of the switch,
	// so that tests can kill the process mid-write
	// (GRAPHSDKGEN_TEST_WRITE_DELAY; zero otherwise).
	delay time.Duration
	// crash, when set (tests), is called after each step; an error stops
	// the writer there without cleaning up, as a kill would.
	crash func(step string) error
	// journal, when set (tests, benchmarks), always uses the journal.
	journal bool
}

// stopped is the crash hook's error, returned as it is: the writer leaves
// everything as a kill would.
type stopped struct{ error }

func (s stopped) Unwrap() error { return s.error }

// noSwapError says the one-step switch cannot be made for a root; nothing
// in the root has changed.
type noSwapError struct{ error }

func (e noSwapError) Unwrap() error { return e.error }

func (w writer) step(name string) error {
	if w.delay > 0 {
		time.Sleep(w.delay)
	}
	if w.crash != nil {
		if err := w.crash(name); err != nil {
			return stopped{err}
		}
	}
	return nil
}

// recover removes or finishes what a killed run left for root: its
// staging sibling is removed (the root is a whole generation); a journal
// is completed (roll forward); without one, the in-root staging is
// removed (the killed run had not switched anything).
func (w writer) recover(root string, legacy func(string, []byte) bool) error {
	if err := removeSibling(root); err != nil {
		return err
	}
	m, err := readManifest(root)
	if err != nil {
		return err
	}
	ops, err := readJournal(root, ownership{root: root, m: m, legacy: legacy})
	if err != nil {
		return err
	}
	if ops != nil {
		return w.apply(root, ops)
	}
	if err := os.RemoveAll(filepath.Join(root, stagingName)); err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(root, journalTmpName)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// write switches p's root to the new generation: in one step where it
// can, else through the journal.
func (w writer) write(p *plan) error {
	if p.empty() {
		return nil
	}
	if !w.journal {
		switched, err := w.swap(p)
		var s stopped
		var ns noSwapError
		switch {
		case err == nil, switched, errors.As(err, &s):
			return err
		case errors.As(err, &ns):
			if err := removeSibling(p.root); err != nil {
				return err
			}
		default:
			removeSibling(p.root)
			return err
		}
	}
	return w.journalWrite(p)
}

// writeStaged writes files under dir, in parallel, pausing at a step
// before each.
func (w writer) writeStaged(dir string, files []emit.File) error {
	dirs := map[string]bool{}
	for _, f := range files {
		dirs[filepath.Dir(filepath.Join(dir, filepath.FromSlash(f.Path)))] = true
	}
	for _, d := range sortedKeys(dirs) {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	errs := make([]error, len(files))
	parallel(len(files), func(i int) {
		if errs[i] = w.step("stage " + files[i].Path); errs[i] == nil {
			errs[i] = os.WriteFile(filepath.Join(dir, filepath.FromSlash(files[i].Path)), files[i].Data, 0o644)
		}
	})
	return errors.Join(errs...)
}
