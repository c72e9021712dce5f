package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/graphsdkgen/graphsdkgen/emit"
)

// writer switches an output root from one generation to the next so that a
// run killed at any moment leaves the previous generation, or a journal
// from which the next run completes the new one:
//
//  1. the changed files are written to <root>/.graphsdkgen-staging (the go
//     tool ignores directories starting with a dot) and synced;
//  2. the journal listing every step is written, synced and renamed into
//     place: the commit point;
//  3. the steps run: stale files removed, directories the tool created and
//     nothing needs removed, each changed file (or whole new directory)
//     renamed from staging, the manifest last;
//  4. staging and the journal are removed.
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
}

func (w writer) step(name string) error {
	if w.delay > 0 {
		time.Sleep(w.delay)
	}
	if w.crash != nil {
		return w.crash(name)
	}
	return nil
}

// recover finishes or undoes what a killed run left in root: a journal is
// completed (roll forward); without one, staging is removed (the killed
// run had not switched anything).
func (w writer) recover(root string, legacy func(string, []byte) bool) error {
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

// write stages p's files, commits the journal and switches.
func (w writer) write(p *plan) error {
	if p.empty() {
		return nil
	}
	staging := filepath.Join(p.root, stagingName)
	if err := os.RemoveAll(staging); err != nil {
		return err
	}
	dirs := map[string]bool{staging: true}
	for _, f := range p.stage {
		dirs[filepath.Dir(filepath.Join(staging, filepath.FromSlash(f.Path)))] = true
	}
	for _, d := range sortedKeys(dirs) {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	errs := make([]error, len(p.stage))
	parallel(len(p.stage), func(i int) {
		if errs[i] = w.step("stage " + p.stage[i].Path); errs[i] == nil {
			errs[i] = stageFile(staging, p.stage[i])
		}
	})
	if err := errors.Join(errs...); err != nil {
		return err
	}
	// One flush of the file systems before the commit point, so that the
	// journal never names a staged file whose bytes a power cut could
	// lose; a sync per file cost 1.6x the whole write phase.
	syncFS()
	ops := p.journal()
	if err := writeJournal(p.root, ops); err != nil {
		return err
	}
	if err := w.step("journal"); err != nil {
		return err
	}
	return w.apply(p.root, ops)
}

// stageFile writes f under staging (flushed to disk by syncFS before the
// journal is written).
func stageFile(staging string, f emit.File) error {
	return os.WriteFile(filepath.Join(staging, filepath.FromSlash(f.Path)), f.Data, 0o644)
}

// apply runs the journal's steps, then removes staging and the journal.
func (w writer) apply(root string, ops []op) error {
	staging := filepath.Join(root, stagingName)
	for _, o := range ops {
		dst := filepath.Join(root, filepath.FromSlash(o.rel))
		switch o.kind {
		case "remove":
			if st, err := lstate(dst); err == nil && (st == isFile || st == isOther) {
				if err := os.Remove(dst); err != nil {
					return err
				}
			}
		case "rmdir":
			os.Remove(dst) // fails, harmlessly, when something else is in it
		case "rename":
			src := filepath.Join(staging, filepath.FromSlash(o.rel))
			if st, err := lstate(src); err != nil || st == absent {
				break // done before the previous run was killed
			}
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return err
			}
			if err := os.Rename(src, dst); err != nil {
				return fmt.Errorf("switching to the new generation: %v (run again to complete it)", err)
			}
		}
		if err := w.step(o.kind + " " + o.rel); err != nil {
			return err
		}
	}
	if err := syncDir(root); err != nil {
		return err
	}
	if err := os.RemoveAll(staging); err != nil {
		return err
	}
	return os.Remove(filepath.Join(root, journalName))
}
