package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/graphsdkgen/graphsdkgen/model"
)

func TestPermissionResourceLabels(t *testing.T) {
	tests := []struct {
		text          string
		heading, cell []string
	}{
		{text: "", heading: nil, cell: nil},
		{text: "Permissions for channel", heading: []string{"channel"}, cell: []string{"channel"}},
		{text: "Permissions acting on self", heading: []string{"self"}, cell: []string{"self"}},
		{text: "Permissions acting on other users", heading: []string{"other users"}, cell: []string{"other users"}},
		{text: "For Directory (Azure AD) provider", heading: []string{"Directory"}, cell: []string{"Directory"}},
		{text: "For Device management (Intune) provider", heading: []string{"Device management"}, cell: []string{"Device management"}},
		{text: "Azure resources", heading: []string{"Azure resources"}, cell: []string{"Azure resources"}},
		{text: "For users:", heading: []string{"users"}, cell: []string{"users"}},
		{text: "For user resource", heading: []string{"user"}, cell: []string{"user"}},
		{text: "For user or chat resource", heading: []string{"user", "chat"}, cell: []string{"user", "chat"}},
		{text: "In teams", heading: []string{"teams"}, cell: []string{"teams"}},
		{text: "a chat message", heading: []string{"chat message"}, cell: []string{"chat message"}},
		{text: "[device](../resources/device.md)", heading: []string{"device"}, cell: []string{"device"}},
		{text: "chatMessage (/chats/{id}/messages)", heading: []string{"chatMessage"}, cell: []string{"chatMessage"}},
		{text: "user calendar", heading: []string{"user calendar"}, cell: []string{"user calendar"}},
		// A sentence is not a resource; a cell label's "of the signed-in
		// user" is.
		{text: "Evaluate dynamic membership with member ID and group ID", heading: nil, cell: nil},
		{text: "Profile photo of the signed-in user", heading: nil, cell: []string{"user"}},
		{text: "Get the photo of a user in the organization today", heading: nil, cell: nil},
	}
	for _, tt := range tests {
		if got := permHeadingResources(tt.text); !cmp.Equal(got, tt.heading) {
			t.Errorf("permHeadingResources(%q) = %q, want %q", tt.text, got, tt.heading)
		}
		if got := permLabelResources(tt.text); !cmp.Equal(got, tt.cell) {
			t.Errorf("permLabelResources(%q) = %q, want %q", tt.text, got, tt.cell)
		}
	}
}

// permTestPage is an API page with the given permissions section body and
// HTTP request lines.
func permTestPage(perms string, routes ...string) string {
	return "---\ntitle: \"x\"\ndescription: \"x\"\ndoc_type: apiPageType\n---\n\n# Get x\n\n## Permissions\n\n" + perms +
		"\n## HTTP request\n\n'''http\n" + strings.Join(routes, "\n") + "\n'''\n\n## Response\n\nIf successful, this method returns a `200 OK` response code.\n"
}

const (
	permHdr = "| Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n"
	// permTable3 is a plain table with one cell per kind.
	permTable3 = permHdr + "| Delegated (work or school account) | %s |\n| Delegated (personal Microsoft account) | %s |\n| Application | %s |\n"
)

// TestRoutePermissionsOnPages parses synthetic pages shaped like the
// corpus's resource-specific permissions and checks, per route, the least
// privileged scope per kind (work, personal, application) and the
// diagnostics.
func TestRoutePermissionsOnPages(t *testing.T) {
	type routeWant struct {
		route string // "METHOD /path" as in the page
		least [3]string
		match string
	}
	tests := []struct {
		name   string
		perms  string
		routes []routeWant
		codes  []string // permissions-route-* codes
	}{
		{
			name: "calendar matrix (calendar-get)",
			perms: "| Calendar | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |\n|:---|:---|:---|:---|\n" +
				"| user calendar | Calendars.Read, Calendars.ReadWrite | Calendars.Read, Calendars.ReadWrite | Calendars.Read, Calendars.ReadWrite |\n" +
				"| group calendar | Group.Read.All, Group.ReadWrite.All | Not supported. | Not supported. |\n",
			routes: []routeWant{
				{"GET /me/calendar", [3]string{"Calendars.Read", "Calendars.Read", "Calendars.Read"}, model.PermMatchResource},
				{"GET /users/{id | userPrincipalName}/calendar", [3]string{"Calendars.Read", "Calendars.Read", "Calendars.Read"}, model.PermMatchResource},
				{"GET /groups/{id}/calendar", [3]string{"Group.Read.All", "not supported", "not supported"}, model.PermMatchResource},
				{"GET /me/calendarGroups/{id}/calendars/{id}", [3]string{"Calendars.Read", "Calendars.Read", "Calendars.Read"}, model.PermMatchResource},
			},
		},
		{
			name: "For x resource cells (profilephoto-get)",
			perms: fmt.Sprintf(permTable3,
				"For **user** resource:<br/>User.Read, User.ReadBasic.All<br /><br />For **group** resource:<br />Group.Read.All<br /><br />For **contact** resource:<br />Contacts.Read",
				"Not supported.",
				"For **user** resource:<br/>User.Read.All<br /><br />For **group** resource:<br />Group.Read.All<br /><br />For **contact** resource:<br />Contacts.Read"),
			routes: []routeWant{
				{"GET /me/photo/$value", [3]string{"User.Read", "not supported", "User.Read.All"}, model.PermMatchResource},
				{"GET /groups/{id}/photo", [3]string{"Group.Read.All", "not supported", "Group.Read.All"}, model.PermMatchResource},
				{"GET /users/{id}/contacts/{id}/photo", [3]string{"Contacts.Read", "not supported", "Contacts.Read"}, model.PermMatchResource},
			},
		},
		{
			name: "### tables per route group (chatmessage-get)",
			perms: "### Permissions for channel\n\n" + fmt.Sprintf(permTable3, "ChannelMessage.Read.All", "Not supported.", "ChannelMessage.Read.Group") +
				"\n### Permissions for chat\n\n" + fmt.Sprintf(permTable3, "Chat.Read", "Not supported.", "Chat.Read.All"),
			routes: []routeWant{
				{"GET /teams/{team-id}/channels/{channel-id}/messages/{message-id}", [3]string{"ChannelMessage.Read.All", "not supported", "ChannelMessage.Read.Group"}, model.PermMatchResource},
				{"GET /chats/{chat-id}/messages/{message-id}", [3]string{"Chat.Read", "not supported", "Chat.Read.All"}, model.PermMatchResource},
				{"GET /users/{user-id}/chats/{chat-id}/messages/{message-id}", [3]string{"Chat.Read", "not supported", "Chat.Read.All"}, model.PermMatchResource},
			},
		},
		{
			name: "### provider tables (unifiedroledefinition-get)",
			perms: "### For Directory (Azure AD) provider\n\n" + fmt.Sprintf(permTable3, "RoleManagement.Read.Directory", "Not supported.", "RoleManagement.Read.Directory") +
				"\n### For Entitlement management provider\n\n" + fmt.Sprintf(permTable3, "EntitlementManagement.Read.All", "Not supported.", "Not supported.") +
				"\n### For Cloud PC provider\n\n" + fmt.Sprintf(permTable3, "CloudPC.Read.All", "Not supported.", "CloudPC.Read.All"),
			routes: []routeWant{
				{"GET /roleManagement/directory/roleDefinitions/{id}", [3]string{"RoleManagement.Read.Directory", "not supported", "RoleManagement.Read.Directory"}, model.PermMatchResource},
				{"GET /roleManagement/entitlementManagement/roleDefinitions/{id}", [3]string{"EntitlementManagement.Read.All", "not supported", "not supported"}, model.PermMatchResource},
				{"GET /roleManagement/cloudPC/roleDefinitions/{id}", [3]string{"CloudPC.Read.All", "not supported", "CloudPC.Read.All"}, model.PermMatchResource},
			},
		},
		{
			name: "### self and others (authentication methods)",
			perms: "### Permissions acting on self\n\n" + fmt.Sprintf(permTable3, "UserAuthenticationMethod.Read", "Not supported.", "Not supported.") +
				"\n### Permissions acting on other users\n\n" + fmt.Sprintf(permTable3, "UserAuthenticationMethod.Read.All", "Not supported.", "UserAuthenticationMethod.Read.All"),
			routes: []routeWant{
				{"GET /me/authentication/methods", [3]string{"UserAuthenticationMethod.Read", "not supported", "not supported"}, model.PermMatchResource},
				{"GET /users/{id}/authentication/methods", [3]string{"UserAuthenticationMethod.Read.All", "not supported", "UserAuthenticationMethod.Read.All"}, model.PermMatchResource},
			},
		},
		{
			name: "supported resource matrix, route matching none or only one (subscriptions, extensions)",
			perms: "| Supported resource | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |\n|:---|:---|:---|:---|\n" +
				"| [device](../resources/device.md) | Directory.Read.All | Not supported. | Device.ReadWrite.All |\n" +
				"| [event](../resources/event.md) | Calendars.Read | Calendars.Read | Calendars.Read |\n" +
				"| [group event](../resources/event.md) | Group.Read.All | Not supported. | Not supported. |\n" +
				"| [tasklist](../resources/todotasklist.md) | Tasks.Read | Tasks.Read | Tasks.Read.All |\n",
			routes: []routeWant{
				{"GET /devices/{id}/extensions/{extensionId}", [3]string{"Directory.Read.All", "not supported", "Device.ReadWrite.All"}, model.PermMatchResource},
				{"GET /users/{id}/events/{id}/extensions/{extensionId}", [3]string{"Calendars.Read", "Calendars.Read", "Calendars.Read"}, model.PermMatchResource},
				{"GET /groups/{id}/events/{id}/extensions/{extensionId}", [3]string{"Group.Read.All", "not supported", "not supported"}, model.PermMatchResource},
				{"GET /users/{id}/todo/lists/{id}/extensions/{extensionId}", [3]string{"Tasks.Read", "Tasks.Read", "Tasks.Read.All"}, model.PermMatchResource},
				{"GET /administrativeUnits/{id}/extensions/{extensionId}", [3]string{"Directory.Read.All", "not supported", "Device.ReadWrite.All"}, model.PermMatchUnmatched},
			},
			codes: []string{codePermRouteUnmatched},
		},
		{
			name: "the member added, not the route (group-post-members)",
			perms: "| Supported resource | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |\n|:---|:---|:---|:---|\n" +
				"| [device](../resources/device.md) | GroupMember.ReadWrite.All and Device.ReadWrite.All | Not supported. | Not supported. |\n" +
				"| [group](../resources/group.md) | GroupMember.ReadWrite.All and Group.ReadWrite.All | Not supported. | Not supported. |\n",
			routes: []routeWant{
				{"POST /groups/{group-id}/members/$ref", [3]string{"GroupMember.ReadWrite.All and Device.ReadWrite.All", "not supported", "not supported"}, model.PermMatchUndistinguished},
			},
		},
		{
			name:  "one table: all of it (today's rule)",
			perms: fmt.Sprintf(permTable3, "User.Read", "User.Read", "User.Read.All"),
			routes: []routeWant{
				{"GET /me", [3]string{"User.Read", "User.Read", "User.Read.All"}, model.PermMatchAll},
				{"GET /groups/{id}/members", [3]string{"User.Read", "User.Read", "User.Read.All"}, model.PermMatchAll},
			},
		},
	}
	kinds := []string{model.PermDelegatedWork, model.PermDelegatedPersonal, model.PermApplication}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []string
			for _, r := range tt.routes {
				lines = append(lines, r.route)
			}
			pg, ds := parseTestPage(t, "v1.0/api/x.md", permTestPage(tt.perms, lines...))
			if len(pg.Routes) != len(tt.routes) {
				t.Fatalf("got %d routes, want %d", len(pg.Routes), len(tt.routes))
			}
			for i, want := range tt.routes {
				rp := model.PermissionsForRoute(pg, pg.Routes[i])
				var got [3]string
				for k, kind := range kinds {
					got[k] = model.LeastPrivileged(rp.Tables, kind)
				}
				if got != want.least || rp.Match != want.match {
					t.Errorf("%s: least privileged %q (%s), want %q (%s)", want.route, got, rp.Match, want.least, want.match)
				}
			}
			var codes []string
			for _, d := range ds {
				if strings.HasPrefix(d.Code, "permissions-route") {
					codes = append(codes, d.Code)
					if d.Severity != model.SeverityInfo || d.Pos.Line == 0 {
						t.Errorf("%s: want an info at the route line", d)
					}
				}
			}
			if diff := cmp.Diff(tt.codes, codes); diff != "" {
				t.Errorf("codes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRoutePermissionsCorpus checks the two pages the issue names against
// the corpus, when it is there.
func TestRoutePermissionsCorpus(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "corpus", "graph-docs-2021", "api-reference")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("no corpus at %s", root)
	}
	tests := []struct {
		page, route string
		work, app   string
	}{
		{"v1.0/api/calendar-get.md", "GET /groups/{id}/calendar", "Group.Read.All", "not supported"},
		{"v1.0/api/calendar-get.md", "GET /me/calendar", "Calendars.Read", "Calendars.Read"},
		{"v1.0/api/profilephoto-get.md", "GET /groups/{id}/photo", "Group.Read.All", "Group.Read.All"},
		{"v1.0/api/profilephoto-get.md", "GET /me/photo", "User.Read", "User.Read.All"},
		{"v1.0/api/profilephoto-get.md", "GET /me/contacts/{id}/photo", "Contacts.Read", "Contacts.Read"},
		{"beta/api/profilephoto-update.md", "PUT /me/photo/$value", "User.ReadWrite", "User.ReadWrite.All"},
		{"beta/api/profilephoto-update.md", "PUT /groups/{id}/photo/$value", "Group.ReadWrite.All", "Group.ReadWrite.All"},
	}
	for _, tt := range tests {
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(tt.page)))
		if err != nil {
			t.Fatal(err)
		}
		pg, _ := New().ParsePage(tt.page, tt.page, src)
		found := false
		for _, r := range pg.Routes {
			if r.Method+" "+r.Path != tt.route {
				continue
			}
			found = true
			rp := model.PermissionsForRoute(pg, r)
			work, app := model.LeastPrivileged(rp.Tables, model.PermDelegatedWork), model.LeastPrivileged(rp.Tables, model.PermApplication)
			if work != tt.work || app != tt.app {
				t.Errorf("%s %s: work %q application %q, want %q %q", tt.page, tt.route, work, app, tt.work, tt.app)
			}
		}
		if !found {
			t.Errorf("%s: no route %s", tt.page, tt.route)
		}
	}
}
