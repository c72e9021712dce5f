package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// journalWrite is the fallback writer, where the one-step switch is not
// available (no renameat2 RENAME_EXCHANGE, a root that is a mount point or
// holds the working directory, links refused). It is weaker: killed after
// the journal is written, the root is a mix of the two generations until
// the next run completes the switch.
//
//  1. the changed files are written to <root>/.graphsdkgen-staging (the go
//     tool ignores directories starting with a dot) and synced;
//  2. the journal listing every step is written, synced and renamed into
//     place: the commit point;
//  3. the steps run: stale files removed, directories the tool created and
//     nothing needs removed, each changed file (or whole new directory)
//     renamed from staging, the manifest last;
//  4. staging and the journal are removed.
func (w writer) journalWrite(p *plan) error {
	staging := filepath.Join(p.root, stagingName)
	if err := os.RemoveAll(staging); err != nil {
		return err
	}
	if err := os.MkdirAll(staging, 0o755); err != nil {
		return err
	}
	if err := w.writeStaged(staging, p.stage); err != nil {
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
