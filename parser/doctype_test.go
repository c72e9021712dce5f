package parser

import (
	"slices"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// An API page tagged as a resource page, or with no doc_type, is read as an
// API page when it is in api/ and has routes, with a diagnostic; a page
// elsewhere is left alone.
func TestDocType(t *testing.T) {
	page := func(docType string) []byte {
		return []byte("---\ntitle: \"List x\"\n" + docType + "---\n\n# List x\n\n## HTTP request\n\n```http\nGET /things\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code.\n")
	}
	tagged, untagged := page("doc_type: resourcePageType\n"), page("")
	for _, tc := range []struct {
		file string
		src  []byte
		kind string
		code string // the diagnostic expected, "" for none
	}{
		{"docs/v1.0/api/x-list.md", tagged, model.KindAPI, "doc-type-mismatch"},
		{"docs/v1.0/resources/x.md", tagged, model.KindResource, ""},
		{"docs/beta/api/x-list.md", untagged, model.KindAPI, "doc-type-missing"},
		{"docs/beta/concepts/x.md", untagged, model.KindOther, ""},
	} {
		pg, ds := New().ParsePage(tc.file, tc.file, tc.src)
		got := ""
		for _, d := range ds {
			if d.Code == "doc-type-mismatch" || d.Code == "doc-type-missing" {
				got = d.Code
			}
			if d.Code == "resource-no-type" && tc.code != "" {
				t.Errorf("%s: resource-no-type kept for a page read as an API page", tc.file)
			}
		}
		if pg.Kind != tc.kind || got != tc.code {
			t.Errorf("%s: kind %s (want %s), diagnostic %q (want %q)", tc.file, pg.Kind, tc.kind, got, tc.code)
		}
	}
}

// A page of resources/ tagged apiPageType and shaped as a resource is read
// as a resource page, with a diagnostic; one in api/, or one with an HTTP
// request section, stays an API page.
func TestResourceTaggedAPI(t *testing.T) {
	const body = "# widget resource type\n\nNamespace: microsoft.graph\n\nA widget.\n\n## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name.|\n\n" +
		"## JSON representation\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.widget\" } -->\n\n'''json\n{\n  \"name\": \"String\"\n}\n'''\n"
	const front = "---\ntitle: widget resource type\ndoc_type: apiPageType\n---\n"
	cases := []struct {
		name, rel, src, kind string
		diag                 bool
	}{
		{"resource shape in resources/", "v1.0/resources/widget.md", front + body, model.KindResource, true},
		{"resource shape in api/", "v1.0/api/widget.md", front + body, model.KindAPI, false},
		{"HTTP request in resources/", "v1.0/resources/widget.md", front + body + "\n## HTTP request\n\n'''http\nGET /widgets\n'''\n", model.KindAPI, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pg, ds := parseTestPage(t, tc.rel, tc.src)
			if pg.Kind != tc.kind {
				t.Errorf("kind %q, want %q", pg.Kind, tc.kind)
			}
			got := slices.ContainsFunc(ds, func(d model.Diagnostic) bool { return d.Code == "doc-type-mismatch" })
			if got != tc.diag {
				t.Errorf("doc-type-mismatch %v, want %v: %v", got, tc.diag, diagStrings(ds))
			}
			if tc.kind == model.KindResource && (len(pg.Types) != 1 || pg.Types[0].Name != "widget" || len(pg.Types[0].Properties) != 1) {
				t.Errorf("types %+v", pg.Types)
			}
		})
	}
}
