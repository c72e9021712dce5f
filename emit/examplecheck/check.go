package examplecheck

import (
	"fmt"
	"sync"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// Options select what Check reports.
type Options struct {
	// Only, when set, limits the check to the pages it accepts.
	Only func(pg *model.Page) bool
	// Partial says the model holds only some pages of the tree (lint
	// -only): an example URL that matches no loaded route is not reported,
	// since another page may document it.
	Partial bool
}

// Example is the check of one example pair.
type Example struct {
	Page  *model.Page
	Index int // in Page.Examples
	// NotGraph is set for a request to another service (a bot's or a
	// webhook's endpoint): it is not checked.
	NotGraph bool
	// Op is the operation the request calls, nil when none matched.
	Op       *names.Op
	Findings []model.Diagnostic
}

// Key names the example as the replay names its case: "beta page#2".
func (e *Example) Key() string { return ExampleKey(e.Page.Version, e.Page.Name, e.Index) }

// ExampleKey is the key of a page's i-th example (0-based) in a version.
func ExampleKey(version, page string, i int) string {
	return fmt.Sprintf("%s %s#%d", version, page, i+1)
}

// Report is what Check found.
type Report struct {
	Diagnostics []model.Diagnostic
	// Examples holds every example with a request that was checked.
	Examples []*Example
	// Checked counts the example requests checked.
	Checked int
}

// ByKey indexes the examples by Key.
func (r *Report) ByKey() map[string]*Example {
	out := make(map[string]*Example, len(r.Examples))
	for _, e := range r.Examples {
		out[e.Key()] = e
	}
	return out
}

// Check checks every example of m's API pages (those o.Only accepts)
// against the OpenAPI documents emit/openapi builds from ops and types.
func Check(m *model.Model, ops []*names.Op, types *names.Types, o Options) (*Report, error) {
	vs := map[string]bool{}
	for _, op := range ops {
		vs[op.Version] = true
	}
	docs := map[string]*openapi3.T{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	var firstErr error
	for v := range vs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc, err := document(v, ops, types)
			mu.Lock()
			defer mu.Unlock()
			if err != nil && firstErr == nil {
				firstErr = err
			}
			docs[v] = doc
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	c := &checker{routes: names.NewRouteIndex(ops), docs: docs, types: types, partial: o.Partial}
	rep := &Report{}
	for _, pg := range m.Pages {
		if pg.Kind != model.KindAPI || (o.Only != nil && !o.Only(pg)) {
			continue
		}
		for i := range pg.Examples {
			if pg.Examples[i].Request == nil {
				continue
			}
			e := c.example(pg, i)
			rep.Checked++
			rep.Examples = append(rep.Examples, e)
			rep.Diagnostics = append(rep.Diagnostics, e.Findings...)
		}
	}
	return rep, nil
}

// checker holds what every example's check reads.
type checker struct {
	routes  *names.RouteIndex
	docs    map[string]*openapi3.T
	types   *names.Types
	partial bool
}

// finding makes a diagnostic citing related.
func finding(pos model.Pos, code, msg string, related ...model.Pos) model.Diagnostic {
	sev := model.SeverityWarning
	if Informational(code) {
		sev = model.SeverityInfo
	}
	var rel []model.Pos
	for _, r := range related {
		if r.Line != 0 {
			rel = append(rel, r)
		}
	}
	return model.Diagnostic{Pos: pos, Severity: sev, Code: code, Message: msg, Related: rel}
}
