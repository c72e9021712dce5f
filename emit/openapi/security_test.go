package openapi

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

func TestSecurityPerRoute(t *testing.T) {
	seg := func(kind, name string) model.Segment { return model.Segment{Kind: kind, Name: name} }
	pg := &model.Page{
		Permissions: []model.PermissionTable{
			{Heading: "Permissions for channel", Resources: []string{"channel"}, Entries: []model.Permission{
				{Kind: model.PermDelegatedWork, Scopes: []string{"ChannelMessage.Read.All"}},
				{Kind: model.PermApplication, Scopes: []string{"ChannelMessage.Read.Group"}},
			}},
			{Heading: "Permissions for chat", Resources: []string{"chat"}, Entries: []model.Permission{
				{Kind: model.PermDelegatedWork, Scopes: []string{"Chat.Read"}},
				{Kind: model.PermApplication, AllOf: [][]string{{"Chat.Read.All", "User.Read.All"}}},
			}},
		},
		Routes: []model.Route{
			{Method: "GET", Path: "/chats/{id}/messages", Segments: []model.Segment{seg(model.SegmentLiteral, "chats"), {Kind: model.SegmentKey}, seg(model.SegmentLiteral, "messages")}},
			{Method: "GET", Path: "/teams/{id}/channels/{id}/messages", Segments: []model.Segment{seg(model.SegmentLiteral, "teams"), {Kind: model.SegmentKey}, seg(model.SegmentLiteral, "channels"), {Kind: model.SegmentKey}, seg(model.SegmentLiteral, "messages")}},
		},
	}
	scopes := newScopeSet()
	perms := model.PermissionsForRoute(pg, pg.Routes[0]).Tables
	reqs := *security(perms, scopes)
	var got []string
	for _, req := range reqs {
		for scheme, names := range req {
			got = append(got, scheme+":"+strings.Join(names, ","))
		}
	}
	want := []string{"delegated:Chat.Read", "application:Chat.Read.All,User.Read.All"}
	if !slices.Equal(got, want) {
		t.Errorf("security %q, want %q", got, want)
	}
	if d := slices.Sorted(maps.Keys(scopes.delegated)); !slices.Equal(d, []string{"Chat.Read"}) {
		t.Errorf("delegated scopes %q", d)
	}
	ext := permissionsExtension(perms)
	if len(ext) != 2 || ext[0]["heading"] != "Permissions for chat" || !slices.Equal(ext[0]["resources"].([]string), []string{"chat"}) {
		t.Errorf("x-ms-permissions %v", ext)
	}
}
