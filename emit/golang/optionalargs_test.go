package golang

import (
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// A function's optional parameter (Param.Optional) is written {?name} in
// the template the method gives graph.ExpandPath, which leaves it out of
// the call when the caller passes ""; the doc comment says so. Required
// arguments stay {name}.
func TestOptionalFunctionArgs(t *testing.T) {
	r := model.Route{Method: "GET", Path: "/reports/getX(groupId='{groupId}',startDateTime={startDateTime})",
		Segments: []model.Segment{{Kind: model.SegmentLiteral, Name: "reports"}, {Kind: model.SegmentFunction, Name: "getX",
			Args: []model.Arg{{Name: "groupId", Param: "groupId", Quoted: true}, {Name: "startDateTime", Param: "startDateTime"}}}},
		Params: []model.RouteParam{{Name: "groupId", Written: "groupId", In: "function", Quoted: true}, {Name: "startDateTime", Written: "startDateTime", In: "function"}}}
	pg := &model.Page{Pos: model.Pos{File: "x.md", Line: 1, Col: 1}, File: "v1.0/api/reports-getx.md", Name: "reports-getx", Version: model.VersionV1, Kind: model.KindAPI,
		Title: "getX", Routes: []model.Route{r},
		FunctionParameters: []model.Param{{Name: "groupId", Required: true}, {Name: "startDateTime", Optional: true}},
		Response:           &model.Response{Kind: model.ResponseNothing}}
	m := &model.Model{Pages: []*model.Page{pg}, Operations: []*model.Operation{{Version: model.VersionV1, Method: "GET", Path: r.Path, Page: pg.File}}}
	ops, _ := names.Assign(m)
	ts, _ := names.AssignTypes(nil, ops)
	const rt = "example.com/sdk/graph"
	f := newFile(&pkg{version: ops[0].Version, name: ops[0].Package}, rt)
	genMethod(f, ops[0], &typer{types: ts, version: ops[0].Version, pkg: ops[0].Package, module: "example.com/sdk", rt: rt})
	src, err := render(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`graph.ExpandPath("/reports/getX(groupId='{groupId}',startDateTime={?startDateTime})", groupID, startDateTime)`,
		"// Optional function parameters, left out of the call when empty: startDateTime.",
		"//\tGET /reports/getX(groupId='{groupId}',startDateTime={startDateTime})",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("missing %q in\n%s", want, src)
		}
	}
}
