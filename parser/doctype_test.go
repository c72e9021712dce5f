package parser

import (
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// An API page tagged as a resource page is read as an API page when it is
// in api/ and has routes, with a diagnostic; a resource page elsewhere is
// left alone.
func TestDocTypeMismatch(t *testing.T) {
	src := []byte("---\ntitle: \"List x\"\ndoc_type: resourcePageType\n---\n\n# List x\n\n## HTTP request\n\n```http\nGET /things\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code.\n")
	for _, tc := range []struct {
		file string
		kind string
		diag bool
	}{
		{"docs/v1.0/api/x-list.md", model.KindAPI, true},
		{"docs/v1.0/resources/x.md", model.KindResource, false},
	} {
		pg, ds := New().ParsePage(tc.file, tc.file, src)
		found := false
		for _, d := range ds {
			found = found || d.Code == "doc-type-mismatch"
			if d.Code == "resource-no-type" && tc.diag {
				t.Errorf("%s: resource-no-type kept for a page read as an API page", tc.file)
			}
		}
		if pg.Kind != tc.kind || found != tc.diag {
			t.Errorf("%s: kind %s (want %s), doc-type-mismatch %v (want %v)", tc.file, pg.Kind, tc.kind, found, tc.diag)
		}
	}
}

// An API page without doc_type is read as an API page when it is in api/
// and has routes, with a diagnostic.
func TestDocTypeMissing(t *testing.T) {
	src := []byte("---\ntitle: \"Add a member\"\n---\n\n# Add a member\n\n## HTTP request\n\n```http\nPOST /things/{id}/members/$ref\n```\n\n## Response\n\nIf successful, this method returns a `204 No Content` response code.\n")
	for _, tc := range []struct {
		file string
		kind string
		diag bool
	}{
		{"docs/beta/api/x-post-members.md", model.KindAPI, true},
		{"docs/beta/concepts/x.md", model.KindOther, false},
	} {
		pg, ds := New().ParsePage(tc.file, tc.file, src)
		found := false
		for _, d := range ds {
			found = found || d.Code == "doc-type-missing"
		}
		if pg.Kind != tc.kind || found != tc.diag {
			t.Errorf("%s: kind %s (want %s), doc-type-missing %v (want %v)", tc.file, pg.Kind, tc.kind, found, tc.diag)
		}
	}
}
