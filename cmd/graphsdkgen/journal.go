package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// The journal lists the steps of a switch from the previous generation to
// the staged one. It is written whole (temporary name, fsync, rename)
// before the first step: a root with a journal is mid-switch, and the next
// run completes the switch before anything else. Every step can be done
// again: a rename whose source is gone was done, a removal of what is not
// there was done.
const (
	journalTmpName = journalName + "-tmp"
	journalMagic   = "graphsdkgen journal 1"
)

type op struct {
	kind string // "remove" (a file), "rmdir" (an empty directory), "rename" (staging/rel to rel)
	rel  string
}

func (p *plan) journal() []op {
	var ops []op
	for _, r := range p.remove {
		ops = append(ops, op{"remove", r})
	}
	for _, r := range p.rmdirs {
		ops = append(ops, op{"rmdir", r})
	}
	for _, r := range p.units {
		ops = append(ops, op{"rename", r})
	}
	return ops
}

func encodeJournal(ops []op) []byte {
	var b bytes.Buffer
	b.WriteString(journalMagic + "\n")
	for _, o := range ops {
		b.WriteString(o.kind + " " + o.rel + "\n")
	}
	b.WriteString("end\n")
	return b.Bytes()
}

// readJournal reads root's journal; nil when there is none. A journal that
// asks for anything a run would not do (a step outside the root or on a
// file the tool does not own) is refused.
func readJournal(root string, own ownership) ([]op, error) {
	p := filepath.Join(root, journalName)
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) < 2 || lines[0] != journalMagic || lines[len(lines)-1] != "end" {
		return nil, refusal{fmt.Errorf("%s:1:1: error: not a complete graphsdkgen journal; remove it and %s if you did not put them there [journal-invalid]", p, stagingName)}
	}
	if st, err := lstate(filepath.Join(root, stagingName)); err != nil || (st != isDir && st != absent) {
		return nil, refusal{fmt.Errorf("%s:1:1: error: %s is not a directory [journal-invalid]", p, stagingName)}
	}
	// The manifest moves in last: once it has, every step was done and
	// the new manifest, not the previous one, is what the tool owns.
	if lines[len(lines)-2] == "rename "+manifestName {
		if st, err := lstate(filepath.Join(root, stagingName, manifestName)); err == nil && st == absent {
			return []op{}, nil
		}
	}
	var ops []op
	for i, l := range lines[1 : len(lines)-1] {
		kind, rel, _ := strings.Cut(l, " ")
		o := op{kind, rel}
		if err := own.allows(o); err != nil {
			return nil, refusal{fmt.Errorf("%s:%d:1: error: %v [journal-invalid]", p, i+2, err)}
		}
		ops = append(ops, o)
	}
	return ops, nil
}

// allows checks a journal step against what the tool owns in the root now
// (mid-switch, the previous generation's manifest is still in place).
func (o ownership) allows(s op) error {
	rel := s.rel
	if s.kind == "remove" && isLegacyTemp(path.Base(rel)) {
		if d := path.Dir(rel); d != "." && validRel(d) != nil {
			return validRel(d)
		}
	} else if rel != manifestName || s.kind != "rename" {
		if err := validRel(rel); err != nil {
			return err
		}
	}
	for _, a := range ancestors(rel) {
		if st, err := lstate(filepath.Join(o.root, filepath.FromSlash(a))); err != nil || (st != isDir && st != absent) {
			return fmt.Errorf("%s: %s is not a directory", rel, a)
		}
	}
	full := filepath.Join(o.root, filepath.FromSlash(rel))
	st, err := lstate(full)
	if err != nil {
		return err
	}
	switch s.kind {
	case "remove":
		if st == absent || isLegacyTemp(path.Base(rel)) {
			return nil
		}
		if ok, err := o.owns(rel); err != nil || !ok {
			return fmt.Errorf("remove %s: not a file graphsdkgen owns", rel)
		}
	case "rmdir":
		if o.m == nil || !o.m.dirs[rel] {
			return fmt.Errorf("rmdir %s: not a directory graphsdkgen created", rel)
		}
	case "rename":
		src, err := lstate(filepath.Join(o.root, stagingName, filepath.FromSlash(rel)))
		if err != nil || src == absent || st == absent || rel == manifestName {
			return err
		}
		if ok, err := o.owns(rel); err != nil || !ok || st != isFile || src != isFile {
			return fmt.Errorf("rename %s: would replace something graphsdkgen does not own", rel)
		}
	default:
		return fmt.Errorf("unknown step %q", s.kind)
	}
	return nil
}

// writeJournal makes the journal durable, then visible by rename.
func writeJournal(root string, ops []op) error {
	tmp := filepath.Join(root, journalTmpName)
	if err := writeSynced(tmp, encodeJournal(ops)); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(root, journalName)); err != nil {
		return err
	}
	return syncDir(root)
}

// strays lists what killed runs left for root: the journal (a switch to
// finish), the staging directory, a journal being written, the staging
// sibling (beside the root).
func strays(root string) []string {
	var out []string
	for _, n := range []string{journalName, journalTmpName, stagingName} {
		if _, err := os.Lstat(filepath.Join(root, n)); err == nil {
			out = append(out, filepath.Join(root, n))
		}
	}
	if _, err := os.Lstat(siblingPath(root)); err == nil {
		out = append(out, siblingPath(root))
	}
	return out
}

func writeSynced(p string, data []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
