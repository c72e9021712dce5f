package golang

import (
	"slices"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// permTestPage has one table with a part per resource, shaped like
// profilephoto-get's, and a user and a group route.
func permTestPage() *model.Page {
	lit := func(names ...string) []model.Segment {
		var out []model.Segment
		for _, n := range names {
			if n == "{id}" {
				out = append(out, model.Segment{Kind: model.SegmentKey, Param: "id"})
				continue
			}
			out = append(out, model.Segment{Kind: model.SegmentLiteral, Name: n})
		}
		return out
	}
	return &model.Page{
		Permissions: []model.PermissionTable{{Entries: []model.Permission{
			{Kind: model.PermDelegatedWork, Resources: []string{"user"}, Scopes: []string{"User.Read", "User.ReadWrite"}},
			{Kind: model.PermDelegatedWork, Resources: []string{"group"}, Scopes: []string{"Group.Read.All"}},
			{Kind: model.PermDelegatedPersonal, NotSupported: true},
			{Kind: model.PermApplication, Resources: []string{"user"}, Scopes: []string{"User.Read.All"}},
			{Kind: model.PermApplication, Resources: []string{"group"}, Scopes: []string{"Group.Read.All"}},
		}}},
		Routes: []model.Route{
			{Method: "GET", Path: "/me/photo", Segments: lit("me", "photo")},
			{Method: "GET", Path: "/groups/{id}/photo", Segments: lit("groups", "{id}", "photo")},
		},
	}
}

func TestPermissionLinesPerRoute(t *testing.T) {
	pg := permTestPage()
	want := [][]string{
		{"Least privileged permissions:",
			"  - Delegated (work or school account): User.Read",
			"  - Delegated (personal Microsoft account): not supported",
			"  - Application: User.Read.All"},
		{"Least privileged permissions:",
			"  - Delegated (work or school account): Group.Read.All",
			"  - Delegated (personal Microsoft account): not supported",
			"  - Application: Group.Read.All"},
	}
	for i, r := range pg.Routes {
		if got := permissionLines(pg, r); !slices.Equal(got, want[i]) {
			t.Errorf("%s: %q, want %q", r.Path, got, want[i])
		}
	}
	if got := permissionLines(&model.Page{}, model.Route{}); !slices.Equal(got, []string{"Permissions: not documented."}) {
		t.Errorf("no permissions: %q", got)
	}
}
