package parser

import (
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
