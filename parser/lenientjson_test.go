package parser

import (
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// An example body that is JSON once its trailing commas, comments and
// no-break spaces go is read as that JSON and flagged example-json-repaired
// at the first error; one that is broken otherwise gets example-json and no
// JSON. A no-break space inside a string is content and is kept.
func TestExampleJSONRepaired(t *testing.T) {
	page := func(body string) string {
		return "---\ntitle: x\ndoc_type: apiPageType\n---\n# Get thing\n\n## HTTP request\n\n```http\nGET /things/{id}\n```\n\n" +
			"## Example\n\n### Request\n\n```http\nGET https://graph.microsoft.com/v1.0/things/1\n```\n\n" +
			"### Response\n\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n" + body + "\n```\n"
	}
	cases := []struct {
		name, body, code, json string
		repaired               bool
	}{
		{"valid", "{\"a\": \"x\u00a0y\"}", "", `{"a":"x` + "\u00a0" + `y"}`, false},
		{"trailing comma", "{\n  \"a\": 1,\n}", "example-json-repaired", `{"a":1}`, true},
		{"no-break space", "{\n  \"a\": 1,\u00a0\n  \"b\": \"c\u00a0d\"\n}", "example-json-repaired", `{"a":1,"b":"c` + "\u00a0" + `d"}`, true},
		{"comment", "{\n  \"a\": 1 // one\n}", "example-json-repaired", `{"a":1}`, true},
		{"broken", "{\n  \"a\": 1\n  \"b\": 2\n}", "example-json", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pg, ds := New().ParsePage("api/x.md", "v1.0/api/x.md", []byte(page(tc.body)))
			if len(pg.Examples) != 1 || pg.Examples[0].Response == nil {
				t.Fatalf("examples: %+v", pg.Examples)
			}
			r := pg.Examples[0].Response
			if string(r.JSON) != tc.json || r.JSONRepaired != tc.repaired {
				t.Errorf("JSON %s repaired %v, want %s %v", r.JSON, r.JSONRepaired, tc.json, tc.repaired)
			}
			var got []model.Diagnostic
			for _, d := range ds {
				if strings.HasPrefix(d.Code, "example-json") {
					got = append(got, d)
				}
			}
			switch {
			case tc.code == "" && len(got) > 0:
				t.Errorf("diagnostics %v", got)
			case tc.code != "" && (len(got) != 1 || got[0].Code != tc.code):
				t.Errorf("diagnostics %v, want one %s", got, tc.code)
			case tc.code != "" && got[0].Pos.Line < 19:
				t.Errorf("diagnostic at line %d, want inside the body (from line 19)", got[0].Pos.Line)
			}
		})
	}
}
