package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit"
)

// tree is one output root and the files generated for it. owned
// recognises the tool's files in a root that has no manifest yet (written
// by an earlier version): ownedGo or ownedSpec.
type tree struct {
	dir   string
	files []emit.File
	owned func(rel string, data []byte) bool
}

// refusal is an error of the command line: an output root or a file in it
// the tool may not write (exit 2).
type refusal struct{ error }

// conflictError refuses a plan that would overwrite what the tool does not
// own.
func conflictError(p *plan) error {
	var b strings.Builder
	for i, c := range p.conflicts {
		if i == 5 {
			fmt.Fprintf(&b, "\n  and %d more", len(p.conflicts)-5)
			break
		}
		fmt.Fprintf(&b, "\n  %s", filepath.Join(p.root, filepath.FromSlash(c)))
	}
	return refusal{fmt.Errorf("refusing to overwrite what graphsdkgen did not write (not in %s):%s", filepath.Join(p.root, manifestName), b.String())}
}

// checkTrees lists every change a run would make (differing, missing,
// stale, stray files) and every conflict; it writes nothing.
func checkTrees(trees []tree) ([]string, error) {
	var out []string
	for _, t := range trees {
		for _, s := range strays(t.dir) {
			out = append(out, "stray: "+s)
		}
		p, err := planTree(t)
		if err != nil {
			return nil, err
		}
		out = append(out, p.report...)
		for _, c := range p.conflicts {
			out = append(out, "conflict: "+filepath.Join(t.dir, filepath.FromSlash(c)))
		}
	}
	return out, nil
}

// writeTrees writes trees with the plain writer.
func writeTrees(trees []tree) error { return writer{}.writeTrees(trees) }

// writeTrees completes what killed runs left, plans every root (refusing
// conflicts before writing anything), then switches each root to the new
// generation.
func (w writer) writeTrees(trees []tree) error {
	var plans []*plan
	for _, t := range trees {
		if err := w.recover(t.dir, t.owned); err != nil {
			return err
		}
		p, err := planTree(t)
		if err != nil {
			return err
		}
		if len(p.conflicts) > 0 {
			return conflictError(p)
		}
		plans = append(plans, p)
	}
	for _, p := range plans {
		if err := w.write(p); err != nil {
			return err
		}
	}
	return nil
}
