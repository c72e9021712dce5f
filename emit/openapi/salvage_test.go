package openapi

import (
	"context"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// TestInvalidOperationIsLeftOut: an operation whose path parameters do not
// match its path (what the two-root page mix-up gave) is left out with an
// error at its route; the other operation stays and the document validates.
func TestInvalidOperationIsLeftOut(t *testing.T) {
	page := func(name string, r model.Route) *model.Page {
		return &model.Page{File: name + ".md", Name: name, Version: "beta", Kind: model.KindAPI, Title: name, Routes: []model.Route{r}}
	}
	good := page("good", model.Route{Method: "GET", Path: "/a/{id}", Params: []model.RouteParam{{Name: "id", In: "path"}}})
	bad := page("bad", model.Route{Pos: model.Pos{File: "bad.md", Line: 7, Col: 1}, Method: "GET", Path: "/b/{site-id}/items/{item-id}",
		Params: []model.RouteParam{{Name: "shareId", In: "path"}}})
	ops := []*names.Op{
		{Operation: &model.Operation{Version: "beta", Method: "GET", Path: good.Routes[0].Path}, Page: good, Route: good.Routes[0], Package: "a", Name: "GetA"},
		{Operation: &model.Operation{Version: "beta", Method: "GET", Path: bad.Routes[0].Path}, Page: bad, Route: bad.Routes[0], Package: "b", Name: "GetB"},
	}
	ts, _ := names.AssignTypes(nil, ops)
	doc, diags, err := Generate("beta", ops, ts)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || diags[0].Code != CodeInvalid || diags[0].Pos.Line != 7 || diags[0].Severity != model.SeverityError {
		t.Errorf("diagnostics %v, want one openapi-invalid error at bad.md:7", diags)
	}
	if doc.Paths.Value("/a/{id}") == nil || doc.Paths.Value("/b/{site-id}/items/{item-id}") != nil {
		t.Errorf("paths %v", doc.Paths.Keys())
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Error(err)
	}
}
