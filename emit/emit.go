// Package emit runs both emitters over a model: it names the operations
// once (emit/names), emits the Go SDK (emit/golang) and one OpenAPI
// document per version (emit/openapi), all in memory.
package emit

import (
	"errors"
	"path"
	"sync"

	"github.com/graphsdkgen/graphsdkgen/emit/golang"
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
}

// Options configure a run.
type Options struct {
	// GoModule is the import path of the Go output root.
	GoModule string
	// GoMod, when set, is written as go.mod at the Go output root.
	GoMod bool
}

// Generate emits the Go SDK and the OpenAPI documents. Name collisions
// come back as diagnostics; an error means nothing should be written.
func Generate(m *model.Model, o Options) (*Output, []model.Diagnostic, error) {
	ops, diags := names.Assign(m)
	types := names.AssignTypes(m.Types, ops)
	vs := versions(m)
	// The Go SDK and each version's document are independent: build them
	// at once; each result has its own slot, so the order is fixed.
	specs := make([][]File, len(vs))
	errs := make([]error, len(vs)+1)
	out := &Output{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		out.Go, errs[0] = golang.Generate(m, ops, types, golang.Config{Module: o.GoModule})
	}()
	for i, v := range vs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			specs[i], errs[i+1] = spec(v, ops, types)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, diags, err
	}
	if o.GoMod {
		out.Go = append([]File{{Path: "go.mod", Data: []byte("module " + o.GoModule + "\n\ngo 1.24\n")}}, out.Go...)
	}
	for _, s := range specs {
		out.OpenAPI = append(out.OpenAPI, s...)
	}
	return out, diags, nil
}

// spec builds, validates and encodes one version's OpenAPI document.
func spec(v string, ops []*names.Op, types *names.Types) ([]File, error) {
	doc, err := openapi.Generate(v, ops, types)
	if err != nil {
		return nil, err
	}
	y, j, err := openapi.Marshal(doc)
	if err != nil {
		return nil, err
	}
	return []File{{Path: path.Join(v, "openapi.json"), Data: j}, {Path: path.Join(v, "openapi.yaml"), Data: y}}, nil
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
