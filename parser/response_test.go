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

// A Response section that links the resource in one paragraph and names
// the status codes in the next (driveitem-createlink) returns the linked
// resource with the codes of the second; an error paragraph's link is not
// taken.
func TestResponseTypeAndStatusInTwoParagraphs(t *testing.T) {
	src := "---\ntitle: x\ndoc_type: apiPageType\n---\n# createLink\n\n## HTTP request\n\n```http\nPOST /me/drive/items/{itemId}/createLink\n```\n\n" +
		"## Response\n\nIf successful, this method returns a single [Permission](../resources/permission.md) resource in the response body.\n\n" +
		"The response will be `201 Created` if a new sharing link is created for the item or `200 OK` if an existing link is returned.\n"
	pg, _ := New().ParsePage("api/driveitem-createlink.md", "v1.0/api/driveitem-createlink.md", []byte(src))
	r := pg.Response
	if r == nil || r.Kind != model.ResponseObject || r.Type.Link != "../resources/permission.md" || r.Status != 201 || len(r.Codes) != 2 {
		t.Fatalf("response %+v, want one permission, 201", r)
	}
	errSrc := "---\ntitle: x\ndoc_type: apiPageType\n---\n# Delete\n\n## HTTP request\n\n```http\nDELETE /me/items/{id}\n```\n\n" +
		"## Response\n\nIf successful, this method returns `204 No Content`.\n\n" +
		"If the [item](../resources/driveitem.md) is locked, it returns `423 Locked`.\n"
	pg, _ = New().ParsePage("api/item-delete.md", "v1.0/api/item-delete.md", []byte(errSrc))
	if r := pg.Response; r == nil || r.Kind != model.ResponseNothing || r.Type.Link != "" {
		t.Errorf("response %+v, want nothing", r)
	}
}
