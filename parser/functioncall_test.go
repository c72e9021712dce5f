package parser

import (
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// A function written without its arguments gains the call with the
// parameters its page lists, whether under Function parameters or (Intune)
// in a GET page's Request body table; the written route stays, and a route
// that already calls the function is left alone.
func TestFunctionCalls(t *testing.T) {
	page := func(routes, section string) string {
		return "---\ntitle: x\ndoc_type: apiPageType\n---\n# getX function\n\n## HTTP request\n\n```http\n" + routes + "\n```\n\n" + section +
			"\n## Response\n\nIf successful, this function returns a `200 OK` response code and a Boolean in the response body.\n"
	}
	table := "|Parameter|Type|Description|\n|:---|:---|:---|\n|period|String|The period.|\n|top|Int32|How many.|\n|since|Date|From.|\n|kind|reportKind|An enum.|\n|ids|String collection|Ids.|\n"
	cases := []struct {
		name, src string
		want      []string // method and path of every route, in order
		code      string   // a diagnostic code that must be reported
	}{
		{"function parameters", page("GET /reports/getX", "## Function parameters\n\n"+table),
			[]string{"GET /reports/getX", "GET /reports/getX(period='{period}',top={top},since={since},kind='{kind}',ids={ids})"}, "route-function-args"},
		{"body table of a GET page", page("GET /deviceManagement/getX", "## Request body\n\nIn the request URL, provide the following query parameters with values.\n\n"+table),
			[]string{"GET /deviceManagement/getX", "GET /deviceManagement/getX(period='{period}',top={top},since={since},kind='{kind}',ids={ids})"}, "function-params-in-body"},
		{"already called", page("GET /reports/getX\nGET /reports/getX(period='{period}')", "## Function parameters\n\n"+table),
			[]string{"GET /reports/getX", "GET /reports/getX(period='{period}')"}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pg, ds := New().ParsePage("api/x.md", "beta/api/x.md", []byte(tc.src))
			var got []string
			for _, r := range pg.Routes {
				got = append(got, r.Method+" "+r.Path)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("routes\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if len(pg.Routes) > 1 && pg.Routes[1].Derived != (tc.code != "") {
				t.Errorf("second route Derived = %v", pg.Routes[1].Derived)
			}
			found := tc.code == ""
			for _, d := range ds {
				found = found || d.Code == tc.code
			}
			if !found {
				t.Errorf("no %s diagnostic in %v", tc.code, ds)
			}
			if pg.RequestBody != nil && pg.RequestBody.Kind == model.BodyParameters {
				t.Errorf("a GET page keeps a parameter body")
			}
		})
	}
}

// A function parameter the page calls optional is marked so; one it calls
// required, or says nothing of, is not.
func TestFunctionParameterOptional(t *testing.T) {
	src := "---\ntitle: x\ndoc_type: apiPageType\n---\n# getX function\n\n## HTTP request\n\n```http\nGET /reports/getX(period='{period}')\n```\n\n## Function parameters\n\n" +
		"|Parameter|Type|Description|\n|:---|:---|:---|\n|period|String|The period. Required.|\n|top|Int32|How many. Optional.|\n|since|Date|*Optional*. From.|\n|kind|String|An enum.|\n\n" +
		"## Query parameters\n\n|Parameter|Type|Required?|Description|\n|:---|:---|:---|:---|\n|a|String|Yes|A.|\n|b|String|No|B.|\n\n" +
		"## Response\n\nIf successful, this function returns a `200 OK` response code and a Boolean in the response body.\n"
	pg, _ := New().ParsePage("x.md", "v1.0/api/x.md", []byte(src))
	got := map[string][2]bool{}
	for _, p := range append(pg.FunctionParameters, pg.QueryParameters...) {
		got[p.Name] = [2]bool{p.Required, p.Optional}
	}
	want := map[string][2]bool{"period": {true, false}, "top": {false, true}, "since": {false, true}, "kind": {false, false}, "a": {true, false}, "b": {false, true}}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: required, optional = %v, want %v", name, got[name], w)
		}
	}
}

// A GET page whose own example sends its Request body table as JSON (the
// workbook range functions: range-boundingrect) keeps the body: the table is
// not moved to function parameters, so the example is not blamed for a body
// the route would not take.
func TestGetBodyKeptWhenItsExampleSendsIt(t *testing.T) {
	src := "---\ntitle: x\ndoc_type: apiPageType\n---\n# range: BoundingRect\n\n## HTTP request\n\n```http\nGET /me/drive/items/{id}/workbook/names/{name}/range/BoundingRect\n```\n\n" +
		"## Request body\n\nIn the request body, provide a JSON object with the following parameters.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|anotherRange|string|The range.|\n\n" +
		"## Response\n\nIf successful, this method returns `200 OK` response code and [workbookRange](../resources/range.md) object in the response body.\n\n" +
		"## Example\n\n##### Request\n\n```http\nGET https://graph.microsoft.com/beta/me/drive/items/{id}/workbook/names/{name}/range/BoundingRect\nContent-type: application/json\n\n{\n  \"anotherRange\": \"A1:B2\"\n}\n```\n"
	pg, ds := New().ParsePage("api/x.md", "beta/api/x.md", []byte(src))
	if pg.RequestBody == nil || pg.RequestBody.Kind != model.BodyParameters || len(pg.RequestBody.Parameters) != 1 {
		t.Fatalf("request body %+v, want the parameter table", pg.RequestBody)
	}
	if len(pg.FunctionParameters) != 0 {
		t.Errorf("function parameters %v, want none", pg.FunctionParameters)
	}
	for _, d := range ds {
		if d.Code == "function-params-in-body" {
			t.Errorf("unexpected %s", d)
		}
	}
}
