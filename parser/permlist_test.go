package parser

import (
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// A Permissions section that lists "label - scopes" lines without a table
// (v1.0 profilephoto-update) gives delegated (work or school) entries per
// resource, with a permissions-list warning instead of permissions-none;
// each route gets the entry of its resource.
func TestPermissionList(t *testing.T) {
	src := otherRoutesFront + strings.ReplaceAll(`## Permissions
One of the following permissions is required to call this API. To learn more, including how to choose permissions, see [Permissions](/graph/permissions-reference).

- Profile photo of the signed-in **user** - User.ReadWrite, User.ReadWrite.All
- Profile photo of a **group** - Group.ReadWrite.All
- Photo of a **contact** - Contacts.ReadWrite

## HTTP request

'''http
PUT /me/photo/$value
PUT /groups/{id}/photo/$value
PUT /me/contacts/{id}/photo/$value
'''
`, "'''", "```")
	pg, ds := parseTestPage(t, "v1.0/api/profilephoto-update.md", src)
	codes := map[string]bool{}
	for _, d := range ds {
		codes[d.Code] = true
	}
	if !codes[codePermList] || codes["permissions-none"] {
		t.Errorf("codes: %v", codes)
	}
	want := []string{"User.ReadWrite", "Group.ReadWrite.All", "Contacts.ReadWrite"}
	if len(pg.Routes) != len(want) {
		t.Fatalf("routes: %+v", pg.Routes)
	}
	for i, r := range pg.Routes {
		tables := model.PermissionsForRoute(pg, r).Tables
		if got := model.LeastPrivileged(tables, model.PermDelegatedWork); got != want[i] {
			t.Errorf("%s: delegated %q, want %q", r.Path, got, want[i])
		}
		if got := model.LeastPrivileged(tables, model.PermApplication); got != "" {
			t.Errorf("%s: application %q, want none", r.Path, got)
		}
	}
}
