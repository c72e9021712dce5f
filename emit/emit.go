// Package emit runs both emitters over a model: it names the operations
// once (emit/names), emits the Go SDK (emit/golang) and one OpenAPI
// document per version (emit/openapi), all in memory.
package emit

import (
	"errors"
	"fmt"
	"path"
	"sync"

	"github.com/graphsdkgen/graphsdkgen/emit/golang"
	"github.com/graphsdkgen/graphsdkgen/emit/lock"
	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/emit/openapi"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// File is an output file, its path relative to its output root.
type File = golang.File

// Output is everything a run writes.
type Output struct {
	Go      []File // relative to the Go output root
	OpenAPI []File // relative to the OpenAPI output root: <version>/openapi.{yaml,json}
	// Lock is the lock file of this run's names (package lock): also in
	// Go when Options.LockFile is set.
	Lock []byte
}

// Options configure a run.
type Options struct {
	// GoModule is the import path of the Go output root.
	GoModule string
	// GoMod, when set, is written as go.mod at the Go output root.
	GoMod bool
	// GoOnly leaves out the OpenAPI documents (Output.OpenAPI is empty),
	// for callers that need the Go SDK alone (emit/apichange).
	GoOnly bool
	// Lock is the lock file of an earlier run: the names it gives are kept
	// (names.AssignLocked); nil names everything by the rules.
	Lock *lock.Lock
	// LockFile, when set, is the path (relative to the Go output root) at
	// which the lock file of this run's names is one of the Go files.
	LockFile string
}

// Generate emits the Go SDK and the OpenAPI documents. Naming problems
// come back as diagnostics. A page or type whose Go does not format (or
// whose emission panics) is left out with an error diagnostic at its
// position and the rest is emitted again without it (see leftOut); an
// OpenAPI operation or schema that does not validate is left out of its
// document likewise. An error means nothing should be written.
func Generate(m *model.Model, o Options) (*Output, []model.Diagnostic, error) {
	var out leftOut
	// Each round leaves out at least one more element, or stops.
	for {
		res, diags, fails, err := generate(out.apply(m), o)
		if err != nil || len(fails) == 0 {
			return res, append(diags, out.diags...), err
		}
		if !out.add(fails) {
			return nil, append(diags, out.diags...), fmt.Errorf("emitting Go failed again without the pages and types that failed: %v", fails[0].Err)
		}
	}
}

// generate is one round of Generate.
func generate(m *model.Model, o Options) (*Output, []model.Diagnostic, []golang.Failure, error) {
	lk := names.NewLocked(o.Lock)
	ops, diags := names.AssignLocked(m, lk)
	types, typeDiags := names.AssignTypesLocked(m.Types, ops, lk)
	diags = append(diags, typeDiags...)
	diags = append(diags, lk.Removed(ops, types)...)
	vs := versions(m)
	if o.GoOnly {
		vs = nil
	}
	// The Go SDK and each version's document are independent: build them
	// at once; each result has its own slot, so the order is fixed.
	specs := make([][]File, len(vs))
	specDiags := make([][]model.Diagnostic, len(vs))
	errs := make([]error, len(vs)+1)
	var fails []golang.Failure
	out := &Output{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		out.Go, fails, errs[0] = golang.Generate(m, ops, types, golang.Config{Module: o.GoModule})
	}()
	for i, v := range vs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			specs[i], specDiags[i], errs[i+1] = spec(v, ops, types)
		}()
	}
	wg.Wait()
	for _, ds := range specDiags {
		diags = append(diags, ds...)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, diags, nil, err
	}
	if o.GoMod {
		out.Go = append([]File{{Path: "go.mod", Data: []byte("module " + o.GoModule + "\n\ngo 1.24\n")}}, out.Go...)
	}
	for _, s := range specs {
		out.OpenAPI = append(out.OpenAPI, s...)
	}
	out.Lock = names.Record(ops, types).Format()
	if o.LockFile != "" {
		out.Go = append(out.Go, File{Path: o.LockFile, Data: out.Lock})
	}
	return out, diags, fails, nil
}

// spec builds, validates and encodes one version's OpenAPI document. A
// panic is an error: the document is not written.
func spec(v string, ops []*names.Op, types *names.Types) (files []File, diags []model.Diagnostic, err error) {
	defer func() {
		if r := recover(); r != nil {
			files, err = nil, fmt.Errorf("building the OpenAPI document for %s panicked: %v", v, r)
		}
	}()
	doc, diags, err := openapi.Generate(v, ops, types)
	if err != nil {
		return nil, diags, err
	}
	y, j, err := openapi.Marshal(doc)
	if err != nil {
		return nil, diags, err
	}
	return []File{{Path: path.Join(v, "openapi.json"), Data: j}, {Path: path.Join(v, "openapi.yaml"), Data: y}}, diags, nil
}

// versions are the API versions the model's API pages have, in order.
func versions(m *model.Model) []string {
	has := map[string]bool{}
	for _, p := range m.Pages {
		if p.Kind == model.KindAPI && p.Version != "" {
			has[p.Version] = true
		}
	}
	var out []string
	for _, v := range []string{model.VersionBeta, model.VersionV1} {
		if has[v] {
			out = append(out, v)
		}
	}
	return out
}
