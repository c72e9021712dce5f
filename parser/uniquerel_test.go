package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// TestLoadTwoRootsSameLayout: the same page under two roots gives two
// pages with distinct identities, and each operation's route is its own
// page's (the 2021+2026 corpus run failed on a GET whose route index
// pointed into the other era's page).
func TestLoadTwoRootsSameLayout(t *testing.T) {
	dir := t.TempDir()
	page := func(routes string) string {
		return "---\ntitle: \"Get content\"\ndescription: \"d\"\ndoc_type: apiPageType\n---\n\n# Get content\n\n## HTTP request\n\n```http\n" + routes + "```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code.\n"
	}
	rel := filepath.Join("api-reference", "v1.0", "api", "driveitem-get-content.md")
	for root, routes := range map[string]string{
		"a": "GET /drives/{drive-id}/items/{item-id}/content\nGET /sites/{siteId}/drive/items/{item-id}/content\n",
		"b": "GET /drives/{drive-id}/items/{item-id}/content\nGET /shares/{shareId}/driveItem/content\nGET /sites/{siteId}/drive/items/{item-id}/content\n",
	} {
		p := filepath.Join(dir, root, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(page(routes)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	m, err := New().Load([]string{filepath.Join(dir, "a"), filepath.Join(dir, "b")})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Pages) != 2 || m.Pages[0].File == m.Pages[1].File {
		t.Fatalf("pages %q and %q share an identity", m.Pages[0].File, m.Pages[1].File)
	}
	if m.Pages[0].File != "a/api-reference/v1.0/api/driveitem-get-content.md" {
		t.Errorf("File = %q, want the root's name in front", m.Pages[0].File)
	}
	byFile := map[string]int{}
	for i, p := range m.Pages {
		byFile[p.File] = i
	}
	for _, op := range m.Operations {
		pg := m.Pages[byFile[op.Page]]
		if r := pg.Routes[op.Route]; r.Method != op.Method || len(r.Params) != len(model.PathParams(op.Path)) {
			t.Errorf("operation %s %s points at route %s %s of %s", op.Method, op.Path, r.Method, r.Path, op.Page)
		}
	}
}
