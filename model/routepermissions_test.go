package model

import (
	"slices"
	"strings"
	"testing"
)

// testRoute builds a route from "/a/{id}/microsoft.graph.x/f()/$value"
// shaped paths: braces are keys, dotted names casts, parentheses
// functions, $ref/$value/$count their kinds.
func testRoute(path string) Route {
	r := Route{Method: "GET", Path: path}
	for _, s := range strings.Split(strings.Trim(path, "/"), "/") {
		var seg Segment
		switch {
		case strings.HasPrefix(s, "{"):
			seg = Segment{Kind: SegmentKey, Param: strings.Trim(s, "{}")}
		case s == "$ref":
			seg = Segment{Kind: SegmentRef}
		case s == "$value":
			seg = Segment{Kind: SegmentValue}
		case strings.Contains(s, "("):
			seg = Segment{Kind: SegmentFunction, Name: s[:strings.Index(s, "(")]}
		case strings.Contains(s, "."):
			seg = Segment{Kind: SegmentCast, Name: s}
		default:
			seg = Segment{Kind: SegmentLiteral, Name: s}
		}
		r.Segments = append(r.Segments, seg)
	}
	return r
}

// testEntry is an entry of kind with one scope and labels.
func testEntry(kind, scope string, labels ...string) Permission {
	return Permission{Kind: kind, Scopes: []string{scope}, Resources: labels}
}

// testScopes lists the first scope of each entry RoutePermissions keeps.
func testScopes(rp RoutePermissions) []string {
	var out []string
	for _, t := range rp.Tables {
		for _, e := range t.Entries {
			out = append(out, e.Scopes[0])
		}
	}
	return out
}

func TestPermissionsForRoute(t *testing.T) {
	matrix := func(rows ...[2]string) []PermissionTable {
		t := PermissionTable{Entries: []Permission{}}
		for _, r := range rows {
			t.Entries = append(t.Entries, testEntry(PermDelegatedWork, r[1], strings.Split(r[0], "|")...))
		}
		return []PermissionTable{t}
	}
	headed := func(heads ...string) []PermissionTable {
		var out []PermissionTable
		for _, h := range heads {
			out = append(out, PermissionTable{Resources: []string{h}, Entries: []Permission{testEntry(PermApplication, "S."+strings.ReplaceAll(h, " ", ""))}})
		}
		return out
	}
	tests := []struct {
		name   string
		perms  []PermissionTable
		routes []string // the page's routes; the first is the one checked
		want   []string
		match  string
		labels []string
	}{
		{
			name:   "no labels: all",
			perms:  []PermissionTable{{Entries: []Permission{testEntry(PermDelegatedWork, "A"), testEntry(PermApplication, "B")}}},
			routes: []string{"/groups/{id}/photo"},
			want:   []string{"A", "B"}, match: PermMatchAll,
		},
		{
			name:   "root names the resource",
			perms:  matrix([2]string{"user", "User.Read"}, [2]string{"group", "Group.Read.All"}),
			routes: []string{"/groups/{id}/photo", "/me/photo"},
			want:   []string{"Group.Read.All"}, match: PermMatchResource, labels: []string{"group"},
		},
		{
			name:   "me is the user",
			perms:  matrix([2]string{"user", "User.Read"}, [2]string{"group", "Group.Read.All"}),
			routes: []string{"/me/photo/$value", "/groups/{id}/photo"},
			want:   []string{"User.Read"}, match: PermMatchResource, labels: []string{"user"},
		},
		{
			name:   "deepest segment wins",
			perms:  matrix([2]string{"user", "User.Read"}, [2]string{"contact", "Contacts.Read"}),
			routes: []string{"/users/{id}/contactFolders/{id}/contacts/{id}/photo", "/users/{id}/photo"},
			want:   []string{"Contacts.Read"}, match: PermMatchResource, labels: []string{"contact"},
		},
		{
			name:   "every word matched: user calendar, not group calendar",
			perms:  matrix([2]string{"user calendar", "Calendars.Read"}, [2]string{"group calendar", "Group.Read.All"}),
			routes: []string{"/me/calendarGroups/{id}/calendars/{id}"},
			want:   []string{"Calendars.Read"}, match: PermMatchResource, labels: []string{"user calendar"},
		},
		{
			name:   "more words win at the same depth",
			perms:  matrix([2]string{"event", "Calendars.Read"}, [2]string{"group event", "Group.Read.All"}, [2]string{"group", "Group.Read.All"}),
			routes: []string{"/groups/{id}/events/{id}/extensions/{id}"},
			want:   []string{"Group.Read.All"}, match: PermMatchResource, labels: []string{"group event"},
		},
		{
			name:   "a word ending with the segment's name",
			perms:  matrix([2]string{"user", "User.Read"}, [2]string{"tasklist", "Tasks.Read"}),
			routes: []string{"/users/{id}/todo/lists/{id}/extensions/{id}"},
			want:   []string{"Tasks.Read"}, match: PermMatchResource, labels: []string{"tasklist"},
		},
		{
			name:   "cast",
			perms:  headed("applications", "users", "groups"),
			routes: []string{"/directory/deletedItems/microsoft.graph.group"},
			want:   []string{"S.groups"}, match: PermMatchResource, labels: []string{"groups"},
		},
		{
			name:   "words written together",
			perms:  headed("Directory", "Entitlement management", "Cloud PC"),
			routes: []string{"/roleManagement/cloudPC/roleDefinitions/{id}"},
			want:   []string{"S.CloudPC"}, match: PermMatchResource, labels: []string{"Cloud PC"},
		},
		{
			name:   "heading with stop words",
			perms:  headed("Azure resources", "Azure AD", "Groups"),
			routes: []string{"/privilegedAccess/azureResources/resources/{id}/roleSettings"},
			want:   []string{"S.Azureresources"}, match: PermMatchResource, labels: []string{"Azure resources"},
		},
		{
			name:   "self and other users",
			perms:  headed("self", "other users"),
			routes: []string{"/users/{id}/authentication/methods", "/me/authentication/methods"},
			want:   []string{"S.otherusers"}, match: PermMatchResource, labels: []string{"other users"},
		},
		{
			name:   "self",
			perms:  headed("self", "other users"),
			routes: []string{"/me/authentication/methods", "/users/{id}/authentication/methods"},
			want:   []string{"S.self"}, match: PermMatchResource, labels: []string{"self"},
		},
		{
			name:   "alternatives",
			perms:  matrix([2]string{"user|chat", "A"}, [2]string{"channel", "B"}),
			routes: []string{"/chats/{id}/members/{id}", "/teams/{id}/channels/{id}/members/{id}"},
			want:   []string{"A"}, match: PermMatchResource, labels: []string{"chat"},
		},
		{
			name: "unlabelled entries apply everywhere",
			perms: []PermissionTable{{Entries: []Permission{
				testEntry(PermDelegatedWork, "User.Read", "user"),
				testEntry(PermDelegatedWork, "Group.Read.All", "group"),
				{Kind: PermDelegatedPersonal, NotSupported: true, Scopes: []string{"-"}},
			}}},
			routes: []string{"/groups/{id}/photo", "/me/photo"},
			want:   []string{"Group.Read.All", "-"}, match: PermMatchResource, labels: []string{"group"},
		},
		{
			name:   "no label matches",
			perms:  matrix([2]string{"event", "A"}, [2]string{"message", "B"}),
			routes: []string{"/subscriptions/{id}"},
			want:   []string{"A", "B"}, match: PermMatchUnmatched,
		},
		{
			name:   "root only, the same label for every route",
			perms:  matrix([2]string{"device", "A"}, [2]string{"group", "B"}, [2]string{"user", "C"}),
			routes: []string{"/groups/{id}/members/$ref", "/groups/{id}/members/{id}/$ref"},
			want:   []string{"A", "B", "C"}, match: PermMatchUndistinguished,
		},
		{
			name:   "a sentence-like label matches nothing",
			perms:  matrix([2]string{"member id and membership rule", "A"}, [2]string{"group", "B"}),
			routes: []string{"/groups/evaluateDynamicMembership", "/groups/{id}/evaluateDynamicMembership"},
			want:   []string{"A", "B"}, match: PermMatchUndistinguished,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg := &Page{Permissions: tt.perms}
			for _, p := range tt.routes {
				pg.Routes = append(pg.Routes, testRoute(p))
			}
			rp := PermissionsForRoute(pg, pg.Routes[0])
			if got := testScopes(rp); !slices.Equal(got, tt.want) || rp.Match != tt.match || !slices.Equal(rp.Resources, tt.labels) {
				t.Errorf("got %q %s %q, want %q %s %q", got, rp.Match, rp.Resources, tt.want, tt.match, tt.labels)
			}
			total := 0
			for _, tb := range tt.perms {
				total += len(tb.Entries)
			}
			if rp.Narrowed != (len(testScopes(rp)) < total) {
				t.Errorf("Narrowed %v with %d of %d entries", rp.Narrowed, len(testScopes(rp)), total)
			}
		})
	}
}

func TestPermissionsForRouteKeepsTables(t *testing.T) {
	pg := &Page{
		Permissions: []PermissionTable{
			{Heading: "Permissions for channel", Resources: []string{"channel"}, Entries: []Permission{testEntry(PermDelegatedWork, "ChannelMessage.Read.All")}},
			{Heading: "Permissions for chat", Resources: []string{"chat"}, Entries: []Permission{testEntry(PermDelegatedWork, "Chat.Read")}},
		},
		Routes: []Route{testRoute("/chats/{id}/messages/{id}"), testRoute("/teams/{id}/channels/{id}/messages/{id}")},
	}
	rp := PermissionsForRoute(pg, pg.Routes[0])
	if len(rp.Tables) != 1 || rp.Tables[0].Heading != "Permissions for chat" || !rp.Narrowed {
		t.Errorf("got %+v", rp)
	}
	if got := LeastPrivileged(rp.Tables, PermDelegatedWork); got != "Chat.Read" {
		t.Errorf("least privileged %q", got)
	}
	if got := PermissionResources(pg); !slices.Equal(got, []string{"channel", "chat"}) {
		t.Errorf("PermissionResources %q", got)
	}
	// The page is not changed.
	if len(pg.Permissions[0].Entries) != 1 || len(pg.Permissions[1].Entries) != 1 {
		t.Errorf("page changed: %+v", pg.Permissions)
	}
}

func TestLeastPrivileged(t *testing.T) {
	tables := []PermissionTable{{Entries: []Permission{
		{Kind: PermDelegatedWork, AllOf: [][]string{{"A", "B"}}},
		{Kind: PermDelegatedWork, Scopes: []string{"C"}},
		{Kind: PermDelegatedPersonal, NotSupported: true},
	}}}
	for kind, want := range map[string]string{PermDelegatedWork: "A and B", PermDelegatedPersonal: "not supported", PermApplication: ""} {
		if got := LeastPrivileged(tables, kind); got != want {
			t.Errorf("%s: %q, want %q", kind, got, want)
		}
	}
}
