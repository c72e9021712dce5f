package openapi

import (
	"context"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// An optional function argument stays a (required) path parameter, as
// OpenAPI 3.0 wants, marked optional in its description and extension;
// a required argument is not.
func TestOptionalFunctionArgParameter(t *testing.T) {
	r := model.Route{Method: "GET", Path: "/reports/getX(groupId='{groupId}',startDateTime={startDateTime})",
		Segments: []model.Segment{{Kind: model.SegmentLiteral, Name: "reports"}, {Kind: model.SegmentFunction, Name: "getX",
			Args: []model.Arg{{Name: "groupId", Param: "groupId"}, {Name: "startDateTime", Param: "startDateTime"}}}},
		Params: []model.RouteParam{{Name: "groupId", In: "function"}, {Name: "startDateTime", In: "function"}}}
	pg := &model.Page{File: "reports-getx.md", Name: "reports-getx", Version: "beta", Kind: model.KindAPI, Title: "getX", Routes: []model.Route{r},
		FunctionParameters: []model.Param{{Name: "groupId", Required: true}, {Name: "startDateTime", Optional: true}}}
	ops := []*names.Op{{Operation: &model.Operation{Version: "beta", Method: "GET", Path: r.Path}, Page: pg, Route: r, Package: "reports", Name: "GetX"}}
	ts, _ := names.AssignTypes(nil, ops)
	doc, _, err := Generate("beta", ops, ts)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatal(err)
	}
	op := doc.Paths.Value(names.OpenAPIPath(r.Path)).Get
	if len(op.Parameters) != 2 {
		t.Fatalf("parameters %d, want groupId and startDateTime", len(op.Parameters))
	}
	for _, pr := range op.Parameters {
		p := pr.Value
		optional := p.Extensions[optionalArgExtension] == true && strings.Contains(p.Description, optionalArgNote)
		if want := p.Name == "startDateTime"; optional != want || !p.Required {
			t.Errorf("%s: optional %v required %v", p.Name, optional, p.Required)
		}
	}
}
