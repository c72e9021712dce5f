package parser

import (
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// A Response section whose success sentence names no status code but links
// the resource (drive-get) is read from that sentence, not from the
// "Error response codes" paragraph after it that names only a 404.
func TestResponseSkipsErrorParagraph(t *testing.T) {
	src := "---\ntitle: x\ndoc_type: apiPageType\n---\n# Get Drive\n\n## HTTP request\n\n```http\nGET /drives/{drive-id}\n```\n\n" +
		"## Response\n\nEach of these methods returns a [Drive resource][drive-resource] for the matching drive in the response body.\n\n" +
		"### Error response codes\n\nIf the drive does not exist, an `HTTP 404` response will be returned.\n\n" +
		"[drive-resource]: ../resources/drive.md\n"
	pg, _ := New().ParsePage("api/drive-get.md", "v1.0/api/drive-get.md", []byte(src))
	r := pg.Response
	if r == nil || r.Kind != model.ResponseObject || r.Type.Link != "../resources/drive.md" {
		t.Fatalf("response %+v, want one drive", r)
	}
	if r.Pos.Line != 15 {
		t.Errorf("response read from line %d, want 15 (the success sentence)", r.Pos.Line)
	}
}
