package apichange

import (
	"fmt"
	"sync"

	"github.com/graphsdkgen/graphsdkgen/emit"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// Input is one side of a comparison: a docs tree's model (its Go SDK is
// generated in memory), or a generated Go output (Go set, Model nil).
type Input struct {
	Name  string
	Model *model.Model
	Go    *GoTree
}

// module is the import path the SDKs generated here are given: both sides
// get the same, so that packages match by path.
const module = "graphsdkgen.invalid/sdk"

// Diff compares two sides: the models when both have one (Compare), and
// the Go SDKs (CompareGo), into one report. A side without a model leaves
// out the model's categories, with a note saying so.
func Diff(oldIn, newIn Input) (*Report, error) {
	trees := [2]*GoTree{oldIn.Go, newIn.Go}
	errs := [2]error{}
	var wg sync.WaitGroup
	for i, in := range [2]Input{oldIn, newIn} {
		if trees[i] != nil {
			continue
		}
		if in.Model == nil {
			return nil, fmt.Errorf("%s: neither a model nor a Go tree", in.Name)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, _, err := emit.Generate(in.Model, emit.Options{GoModule: module, GoOnly: true})
			if err != nil {
				errs[i] = fmt.Errorf("generating the Go SDK of %s: %w", in.Name, err)
				return
			}
			trees[i] = &GoTree{Module: module, Files: out.Go, Model: in.Model}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	all := map[string][]Change{}
	var notes []string
	if oldIn.Model != nil && newIn.Model != nil {
		all = Compare(oldIn.Model, newIn.Model)
	} else {
		notes = append(notes, "only the Go SDKs were compared: operations, types, enum members and permissions need both sides to be docs trees")
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
