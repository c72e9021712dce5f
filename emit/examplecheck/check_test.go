package examplecheck

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
	"github.com/graphsdkgen/graphsdkgen/parser"
)

// widgetPage defines the resource the synthetic API pages use: a widget
// with a color enum.
const widgetPage = "---\ntitle: widget resource type\ndoc_type: resourcePageType\n---\n\n# widget resource type\n\nNamespace: microsoft.graph\n\n" +
	"## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n" +
	"| id | String | The identifier. |\n| name | String | The name. |\n| size | Int32 | The size. |\n| color | widgetColor | The color. |\n\n" +
	"### widgetColor values\n\n| Member |\n|:---|\n| red |\n| blue |\n\n" +
	"## JSON representation\n\n<!-- {\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.widget\"\n} -->\n\n```json\n{\n  \"id\": \"String\",\n  \"name\": \"String\",\n  \"size\": 1,\n  \"color\": \"String\"\n}\n```\n"

// apiPage is an API page: POST /widgets/{id}/paint takes {color
// (required), note}; headers lists a required header; the example is
// request then response.
func apiPage(request, response string) string {
	return "---\ntitle: paint\ndoc_type: apiPageType\n---\n\n# widget: paint\n\nNamespace: microsoft.graph\n\n" +
		"## HTTP request\n\n```http\nPOST /widgets/{id}/paint\n```\n\n" +
		"## Request headers\n\n| Name | Description |\n|:---|:---|\n| Authorization | Bearer {token}. Required. |\n| Prefer | outlook.timezone. Required. |\n\n" +
		"## Request body\n\n| Parameter | Type | Description |\n|:---|:---|:---|\n| color | [widgetColor](../resources/widget.md) | The color. Required. |\n| size | Int32 | The size. |\n\n" +
		"## Response\n\nIf successful, this method returns a `200 OK` response code and a [widget](../resources/widget.md) object in the response body.\n\n" +
		"## Example\n\n### Request\n\n```http\n" + request + "\n```\n\n### Response\n\n```http\n" + response + "\n```\n"
}

const okResponse = "HTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  \"id\": \"1\",\n  \"color\": \"red\"\n}"

func check(t *testing.T, page string) *Report {
	t.Helper()
	return checkPages(t, map[string]string{"v1.0/resources/widget.md": widgetPage, "v1.0/api/widget-paint.md": page})
}

// checkPages writes pages (path under the docs root → text), loads them,
// names them and runs the example checks.
func checkPages(t *testing.T, pages map[string]string) *Report {
	t.Helper()
	dir := t.TempDir()
	for name, text := range pages {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	m, err := parser.New().Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	ops, _ := names.Assign(m)
	types, _ := names.AssignTypes(m.Types, ops)
	rep, err := Check(m, ops, types, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

const goodRequest = "POST https://graph.microsoft.com/v1.0/widgets/1/paint\nContent-type: application/json\nPrefer: outlook.timezone=\"UTC\"\n\n{\n  \"color\": \"blue\",\n  \"size\": 2\n}"

// TestCheckClean: an example that agrees with its page has no findings.
func TestCheckClean(t *testing.T) {
	rep := check(t, apiPage(goodRequest, okResponse))
	if rep.Checked != 1 || len(rep.Diagnostics) != 0 {
		t.Fatalf("checked %d, findings %v", rep.Checked, rep.Diagnostics)
	}
}

// TestCheckFindings: each finding code on a page that provokes it, at the
// right line, citing the right declaration.
func TestCheckFindings(t *testing.T) {
	post := "POST https://graph.microsoft.com/v1.0/widgets/1/paint\nContent-type: application/json\nPrefer: x\n\n"
	cases := []struct {
		code, request, response string
		line                    int    // the finding's line in the API page; 0: do not check
		cite                    string // file and line of the cited declaration
	}{
		{CodeNotGraph, "POST https://bot.example.com/api/messages\n\n{}", okResponse, 0, ""},
		{CodeRouteUnknown, "POST https://graph.microsoft.com/v1.0/gadgets/1\n\n{}", okResponse, 0, "widget-paint.md:13:"},
		{CodeMethod, "PATCH https://graph.microsoft.com/v1.0/widgets/1/paint\n\n{}", okResponse, 0, "widget-paint.md:13:"},
		{CodeHeaderMissing, "POST https://graph.microsoft.com/v1.0/widgets/1/paint\nContent-type: application/json\n\n{\n  \"color\": \"red\"\n}", okResponse, 0, "widget-paint.md:21:"},
		{CodeBodyMissing, "POST https://graph.microsoft.com/v1.0/widgets/1/paint\nPrefer: x", okResponse, 0, "widget-paint.md:27:"},
		{CodeMemberCase, post + "{\n  \"Color\": \"red\"\n}", okResponse, 0, "widget-paint.md:27:"},
		{CodeRequired, post + "{\n  \"size\": 2\n}", okResponse, 0, "widget-paint.md:27:"},
		{CodeMemberUnknown, post + "{\n  \"color\": \"red\",\n  \"shade\": 2\n}", okResponse, 45, "widget-paint.md:23:"},
		{CodeValue, post + "{\n  \"color\": \"red\",\n  \"size\": \"big\"\n}", okResponse, 45, "widget-paint.md:28:"},
		{CodeEnumValue, post + "{\n  \"color\": \"green\"\n}", okResponse, 44, "widget.md:21:"},
		{CodeEnumCase, post + "{\n  \"color\": \"Red\"\n}", okResponse, 44, "widget.md:21:"},
		{CodeStatus, goodRequest, "HTTP/1.1 201 Created\nContent-type: application/json\n\n{\n  \"id\": \"1\"\n}", 0, "widget-paint.md:32:"},
		{CodeMemberUnknown, goodRequest, "HTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  \"id\": \"1\",\n  \"weight\": 3\n}", 0, "widget.md:"},
		{CodeValueWrapped, goodRequest, "HTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  \"value\": {\n    \"id\": \"1\"\n  }\n}", 0, "widget-paint.md:32:"},
	}
	for _, c := range cases {
		t.Run(c.code, func(t *testing.T) {
			rep := check(t, apiPage(c.request, c.response))
			var got []model.Diagnostic
			for _, d := range rep.Diagnostics {
				if d.Code == c.code {
					got = append(got, d)
				}
			}
			if len(got) == 0 {
				t.Fatalf("no %s among %v", c.code, rep.Diagnostics)
			}
			d := got[0]
			if c.line != 0 && d.Pos.Line != c.line {
				t.Errorf("%s at line %d, want %d", d, d.Pos.Line, c.line)
			}
			if c.cite != "" && !strings.Contains(d.SeeAlso(), c.cite) {
				t.Errorf("%s cites %q, want %s", d, d.SeeAlso(), c.cite)
			}
			if c.code != CodeNotGraph && len(d.Related) == 0 {
				t.Errorf("%s cites nothing", d)
			}
			if Informational(c.code) != (d.Severity == model.SeverityInfo) {
				t.Errorf("%s: severity %s", d, d.Severity)
			}
		})
	}
}

// TestMemberOffsets: pointers into a body as written map to the key's
// line.
func TestMemberOffsets(t *testing.T) {
	body := "{\n  \"a\": [\n    {\"b\": 1},\n    {\"c\": {\"d\": true}}\n  ],\n  \"e\": null\n}"
	offs := memberOffsets(body)
	for ptr, line := range map[string]int{"/a": 2, "/a/0": 3, "/a/0/b": 3, "/a/1/c/d": 4, "/e": 6} {
		off, ok := offs[ptr]
		if !ok {
			t.Errorf("%s: no offset (%v)", ptr, offs)
			continue
		}
		if got := posAt(model.Pos{Line: 1, Col: 1}, body, off).Line; got != line {
			t.Errorf("%s: line %d, want %d", ptr, got, line)
		}
	}
	_ = fmt.Sprint
}

// TestStatusMessageSorted: the statuses a status finding lists come from a
// map; the message lists them sorted, so lint's output is the same on
// every run.
func TestStatusMessageSorted(t *testing.T) {
	for range 20 {
		rep := check(t, apiPage(goodRequest, "HTTP/1.1 201 Created\nContent-type: application/json\n\n{\n  \"id\": \"1\"\n}"))
		for _, d := range rep.Diagnostics {
			if d.Code == CodeStatus && !strings.HasSuffix(d.Message, "documents 200, 4XX, 5XX") {
				t.Fatalf("message %q: statuses not sorted", d.Message)
			}
		}
	}
}
