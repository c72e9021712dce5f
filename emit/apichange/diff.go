package apichange

import (
	"fmt"
	"sync"

	"github.com/graphsdkgen/graphsdkgen/emit"
	"github.com/graphsdkgen/graphsdkgen/emit/lock"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// Input is one side of a comparison: a docs tree's model (its Go SDK is
// generated in memory), or a generated Go output (Go set, Model nil).
type Input struct {
	Name  string
	Model *model.Model
	Go    *GoTree
}

// Options configure a comparison.
type Options struct {
	// Lock is the lock file the old docs tree's SDK is generated with (the
	// one the SDK commits); nil names it by the rules. The new docs tree's
	// SDK is always generated with the lock the old one's generation
	// writes, as regenerating in place does (see emit.Options.Lock), so
	// the Go changes are those a caller of the regenerated SDK sees.
	Lock *lock.Lock
}

// module is the import path the SDKs generated here are given: both sides
// get the same, so that packages match by path.
const module = "graphsdkgen.invalid/sdk"

// Diff compares two sides: the models when both have one (Compare), and
// the Go SDKs (CompareGo), into one report. A side without a model leaves
// out the model's categories, with a note saying so. The old SDK is
// generated first (the new one needs its lock); the models are compared
// meanwhile.
func Diff(oldIn, newIn Input, o Options) (*Report, error) {
	for _, in := range [2]Input{oldIn, newIn} {
		if in.Go == nil && in.Model == nil {
			return nil, fmt.Errorf("%s: neither a model nor a Go tree", in.Name)
		}
	}
	all := map[string][]Change{}
	var notes []string
	var wg sync.WaitGroup
	if oldIn.Model != nil && newIn.Model != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			all = Compare(oldIn.Model, newIn.Model)
		}()
	} else {
		notes = append(notes, "only the Go SDKs were compared: operations, types, enum members and permissions need both sides to be docs trees")
	}
	trees, lockDiags, err := generateSides(oldIn, newIn, o.Lock)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	if newIn.Model != nil {
		for v, cs := range lockChanges(newIn.Model, lockDiags) {
			all[v] = append(all[v], cs...)
		}
	}
	gocs, err := CompareGo(*trees[0], *trees[1])
	if err != nil {
		return nil, err
	}
	for v, cs := range gocs {
		all[v] = append(all[v], cs...)
	}
	return NewReport(oldIn.Name, newIn.Name, all, notes), nil
}

// generateSides are the two sides' Go SDKs: a side's own Go tree, or its
// model's SDK generated in memory (Go only), the old one with lk, the new
// one with the lock of the old one's names (lk when the old side is a Go
// tree), and the diagnostics of the new one's generation.
func generateSides(oldIn, newIn Input, lk *lock.Lock) ([2]*GoTree, []model.Diagnostic, error) {
	trees := [2]*GoTree{oldIn.Go, newIn.Go}
	var newDiags []model.Diagnostic
	for i, in := range [2]Input{oldIn, newIn} {
		if trees[i] != nil {
			continue
		}
		out, diags, err := emit.Generate(in.Model, emit.Options{GoModule: module, GoOnly: true, Lock: lk})
		if err != nil {
			return trees, nil, fmt.Errorf("generating the Go SDK of %s: %w", in.Name, err)
		}
		trees[i] = &GoTree{Module: module, Files: out.Go, Model: in.Model}
		if i == 0 {
			if lk, err = lock.Parse(out.Lock); err != nil {
				return trees, nil, fmt.Errorf("the lock of %s: %w", in.Name, err)
			}
		} else {
			newDiags = diags
		}
	}
	return trees, newDiags, nil
}
