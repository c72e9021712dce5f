package parser

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/graphsdkgen/graphsdkgen/model"
)

const permTestFile = "t.md"

// permTestPos is the position permTestTable gives cell (line, col index):
// the header is line 1, the delimiter line 2, row i line 3+i.
func permTestPos(line, col int) model.Pos {
	return model.Pos{File: permTestFile, Line: line, Col: 1 + 20*col}
}

// permTestTable builds a table from a header and rows of cell texts.
func permTestTable(header []string, rows ...[]string) table {
	t := table{pos: model.Pos{File: permTestFile, Line: 1, Col: 1}}
	for i, h := range header {
		t.header = append(t.header, cell{pos: permTestPos(1, i), text: h})
	}
	for r, row := range rows {
		var cs []cell
		for i, c := range row {
			cs = append(cs, cell{pos: permTestPos(3+r, i), text: c})
		}
		t.rows = append(t.rows, cs)
	}
	return t
}

// permTestRow is the position of row r's first cell.
func permTestRow(r int) model.Pos { return permTestPos(3+r, 0) }

var permTestTablePos = model.Pos{File: permTestFile, Line: 1, Col: 1}

const (
	permWork     = "Delegated (work or school account)"
	permPersonal = "Delegated (personal Microsoft account)"
	permApp      = "Application"
	permLeast    = "Permissions (from least to most privileged)"
	permMost     = "Permissions (from most to least privileged)"
	permPType    = "Permission type"
)

func permCodes(d *diags) []string {
	var out []string
	for _, x := range d.list {
		out = append(out, x.Code)
	}
	return out
}

func TestPermissionsFromTableShapes(t *testing.T) {
	ns := func(r int, kind, raw string) model.Permission {
		return model.Permission{Pos: permTestRow(r), Kind: kind, NotSupported: true, Raw: raw}
	}
	tests := []struct {
		name    string
		table   table
		heading string
		include string
		want    model.PermissionTable
		codes   []string
	}{
		{
			name: "least to most",
			table: permTestTable([]string{permPType, permLeast},
				[]string{permWork, "User.Read, User.ReadWrite"},
				[]string{permPersonal, "Not supported."},
				[]string{permApp, "User.Read.All"}),
			heading: "Permissions acting on self",
			want: model.PermissionTable{Pos: permTestTablePos, Heading: "Permissions acting on self", Resources: []string{"self"}, Order: "leastToMost", Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Scopes: []string{"User.Read", "User.ReadWrite"}, Raw: "User.Read, User.ReadWrite"},
				ns(1, model.PermDelegatedPersonal, "Not supported."),
				{Pos: permTestRow(2), Kind: model.PermApplication, Scopes: []string{"User.Read.All"}, Raw: "User.Read.All"},
			}},
		},
		{
			name: "most to least is reversed",
			table: permTestTable([]string{permPType, permMost},
				[]string{permWork, "DeviceManagementApps.ReadWrite.All, DeviceManagementApps.Read.All"},
				[]string{permPersonal, "Not Supported"},
				[]string{permApp, "A.ReadWrite.All and B.Read.All, A.Read.All"}),
			include: "../includes/permissions/x.md",
			want: model.PermissionTable{Pos: permTestTablePos, Include: "../includes/permissions/x.md", Order: "mostToLeast", Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Scopes: []string{"DeviceManagementApps.Read.All", "DeviceManagementApps.ReadWrite.All"}, Raw: "DeviceManagementApps.ReadWrite.All, DeviceManagementApps.Read.All"},
				ns(1, model.PermDelegatedPersonal, "Not Supported"),
				{Pos: permTestRow(2), Kind: model.PermApplication, Scopes: []string{"A.Read.All"}, AllOf: [][]string{{"A.ReadWrite.All", "B.Read.All"}}, Raw: "A.ReadWrite.All and B.Read.All, A.Read.All"},
			}},
		},
		{
			name: "Permission Type | Permissions, no order",
			table: permTestTable([]string{"Permission Type", "Permissions"},
				[]string{permWork, "Mail.Read"},
				[]string{permPersonal, "Mail.Read"},
				[]string{permApp, "None."}),
			want: model.PermissionTable{Pos: permTestTablePos, Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Scopes: []string{"Mail.Read"}, Raw: "Mail.Read"},
				{Pos: permTestRow(1), Kind: model.PermDelegatedPersonal, Scopes: []string{"Mail.Read"}, Raw: "Mail.Read"},
				ns(2, model.PermApplication, "None."),
			}},
		},
		{
			name: "Permission type | Permission",
			table: permTestTable([]string{"Permission type", "Permission"},
				[]string{permWork, "Not supported."},
				[]string{permPersonal, "Not applicable"},
				[]string{permApp, "Teamwork.Migrate.All"}),
			want: model.PermissionTable{Pos: permTestTablePos, Entries: []model.Permission{
				ns(0, model.PermDelegatedWork, "Not supported."),
				ns(1, model.PermDelegatedPersonal, "Not applicable"),
				{Pos: permTestRow(2), Kind: model.PermApplication, Scopes: []string{"Teamwork.Migrate.All"}, Raw: "Teamwork.Migrate.All"},
			}},
		},
		{
			name: "least and higher privileged columns",
			table: permTestTable([]string{permPType, "Least privileged permissions", "Higher privileged permissions"},
				[]string{permWork, "Application.Read.All", "Application.ReadWrite.All, Directory.Read.All"},
				[]string{permPersonal, "Not supported.", "Not supported."},
				[]string{permApp, "Application.ReadWrite.OwnedBy and Directory.Read.All", "Directory.Read.All and Application.ReadWrite.All, Directory.ReadWrite.All"},
				[]string{"Delegated", "BackupRestore-Control.ReadWrite.All", "Not available."}),
			want: model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost", Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Scopes: []string{"Application.Read.All"}, HigherPrivileged: []string{"Application.ReadWrite.All", "Directory.Read.All"}, Raw: "Application.Read.All"},
				ns(1, model.PermDelegatedPersonal, "Not supported."),
				{Pos: permTestRow(2), Kind: model.PermApplication, AllOf: [][]string{{"Application.ReadWrite.OwnedBy", "Directory.Read.All"}},
					HigherPrivileged: []string{"Directory.ReadWrite.All", "Directory.Read.All", "Application.ReadWrite.All"}, Raw: "Application.ReadWrite.OwnedBy and Directory.Read.All"},
				{Pos: permTestRow(3), Kind: model.PermDelegatedWork, Scopes: []string{"BackupRestore-Control.ReadWrite.All"}, Raw: "BackupRestore-Control.ReadWrite.All"},
			}},
			codes: []string{codePermHigherAllOf, codePermBareDelegated},
		},
		{
			name: "higher privileged only, qualified parts",
			table: permTestTable([]string{permPType, "Least privileged permission", "Higher privileged permissions"},
				[]string{permWork, "AgentCollection.ReadWrite.All; For Global collection: AgentCollection.ReadWrite.Global", "Directory.ReadWrite.All\n\nNote: Directory.AccessAsUser.All cannot be used."},
				[]string{permPersonal, "", "Directory.ReadWrite.All"},
				[]string{permApp, "X.Read.All", "For Global collection: Y.ReadWrite.Global"}),
			want: model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost", Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Scopes: []string{"AgentCollection.ReadWrite.All"}, HigherPrivileged: []string{"Directory.ReadWrite.All"},
					Raw: "AgentCollection.ReadWrite.All; For Global collection: AgentCollection.ReadWrite.Global"},
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Qualifier: "Global collection", Resources: []string{"Global collection"}, Scopes: []string{"AgentCollection.ReadWrite.Global"},
					Raw: "AgentCollection.ReadWrite.All; For Global collection: AgentCollection.ReadWrite.Global"},
				{Pos: permTestRow(1), Kind: model.PermDelegatedPersonal, HigherPrivileged: []string{"Directory.ReadWrite.All"}, Raw: "Directory.ReadWrite.All"},
				{Pos: permTestRow(2), Kind: model.PermApplication, Scopes: []string{"X.Read.All"}, Raw: "X.Read.All"},
				{Pos: permTestRow(2), Kind: model.PermApplication, Qualifier: "Global collection", Resources: []string{"Global collection"}, HigherPrivileged: []string{"Y.ReadWrite.Global"}, Raw: "For Global collection: Y.ReadWrite.Global"},
			}},
			codes: []string{codePermEmpty},
		},
		{
			name: "acting on self and others",
			table: permTestTable([]string{permPType, "Permissions acting on self (from least to most privileged)", "Permissions acting on others (from least to most privileged)"},
				[]string{permWork, "UserAuthenticationMethod.Read, UserAuthenticationMethod.ReadWrite", "UserAuthenticationMethod.Read.All"},
				[]string{permPersonal, "Not supported.", "Not supported."},
				[]string{permApp, "Not supported.", "UserAuthenticationMethod.Read.All"}),
			want: model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost", Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Qualifier: "self", Resources: []string{"self"}, Scopes: []string{"UserAuthenticationMethod.Read", "UserAuthenticationMethod.ReadWrite"}, Raw: "UserAuthenticationMethod.Read, UserAuthenticationMethod.ReadWrite"},
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Qualifier: "others", Resources: []string{"others"}, Scopes: []string{"UserAuthenticationMethod.Read.All"}, Raw: "UserAuthenticationMethod.Read.All"},
				{Pos: permTestRow(1), Kind: model.PermDelegatedPersonal, Qualifier: "self", Resources: []string{"self"}, NotSupported: true, Raw: "Not supported."},
				{Pos: permTestRow(1), Kind: model.PermDelegatedPersonal, Qualifier: "others", Resources: []string{"others"}, NotSupported: true, Raw: "Not supported."},
				{Pos: permTestRow(2), Kind: model.PermApplication, Qualifier: "self", Resources: []string{"self"}, NotSupported: true, Raw: "Not supported."},
				{Pos: permTestRow(2), Kind: model.PermApplication, Qualifier: "others", Resources: []string{"others"}, Scopes: []string{"UserAuthenticationMethod.Read.All"}, Raw: "UserAuthenticationMethod.Read.All"},
			}},
		},
		{
			name: "supported resource matrix",
			table: permTestTable([]string{"Supported resource", permWork, permPersonal, permApp},
				[]string{"event", "Calendars.ReadWrite", "Calendars.ReadWrite", "Calendars.ReadWrite"},
				[]string{"post", "Group.ReadWrite.All", "Not supported", ""}),
			want: model.PermissionTable{Pos: permTestTablePos, Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Qualifier: "event", Resources: []string{"event"}, Scopes: []string{"Calendars.ReadWrite"}, Raw: "Calendars.ReadWrite"},
				{Pos: permTestRow(0), Kind: model.PermDelegatedPersonal, Qualifier: "event", Resources: []string{"event"}, Scopes: []string{"Calendars.ReadWrite"}, Raw: "Calendars.ReadWrite"},
				{Pos: permTestRow(0), Kind: model.PermApplication, Qualifier: "event", Resources: []string{"event"}, Scopes: []string{"Calendars.ReadWrite"}, Raw: "Calendars.ReadWrite"},
				{Pos: permTestRow(1), Kind: model.PermDelegatedWork, Qualifier: "post", Resources: []string{"post"}, Scopes: []string{"Group.ReadWrite.All"}, Raw: "Group.ReadWrite.All"},
				{Pos: permTestRow(1), Kind: model.PermDelegatedPersonal, Qualifier: "post", Resources: []string{"post"}, NotSupported: true, Raw: "Not supported"},
			}},
			codes: []string{codePermEmpty},
		},
		{
			name: "calendar matrix",
			table: permTestTable([]string{"Calendar", permWork, permPersonal, permApp},
				[]string{"user calendar", "Calendars.Read, Calendars.ReadWrite", "Calendars.Read", "Calendars.Read"},
				[]string{"group calendar", "Group.Read.All", "Not supported.", "Not supported."}),
			want: model.PermissionTable{Pos: permTestTablePos, Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Qualifier: "user calendar", Resources: []string{"user calendar"}, Scopes: []string{"Calendars.Read", "Calendars.ReadWrite"}, Raw: "Calendars.Read, Calendars.ReadWrite"},
				{Pos: permTestRow(0), Kind: model.PermDelegatedPersonal, Qualifier: "user calendar", Resources: []string{"user calendar"}, Scopes: []string{"Calendars.Read"}, Raw: "Calendars.Read"},
				{Pos: permTestRow(0), Kind: model.PermApplication, Qualifier: "user calendar", Resources: []string{"user calendar"}, Scopes: []string{"Calendars.Read"}, Raw: "Calendars.Read"},
				{Pos: permTestRow(1), Kind: model.PermDelegatedWork, Qualifier: "group calendar", Resources: []string{"group calendar"}, Scopes: []string{"Group.Read.All"}, Raw: "Group.Read.All"},
				{Pos: permTestRow(1), Kind: model.PermDelegatedPersonal, Qualifier: "group calendar", Resources: []string{"group calendar"}, NotSupported: true, Raw: "Not supported."},
				{Pos: permTestRow(1), Kind: model.PermApplication, Qualifier: "group calendar", Resources: []string{"group calendar"}, NotSupported: true, Raw: "Not supported."},
			}},
		},
		{
			name: "context of the calling app",
			table: permTestTable([]string{"Context of the calling app", "Response contains"},
				[]string{"App is calling on behalf of the signed-in user (delegated permission).\n-and-\nApp has the permission Subscription.Read.All", "Subscriptions created by any app for the signed-in user only."}),
			want:  model.PermissionTable{Pos: permTestTablePos, Entries: []model.Permission{}},
			codes: []string{codePermUnknownTable},
		},
		{
			name: "unknown header, kind rows still read",
			table: permTestTable([]string{"Kind", "Scopes"},
				[]string{permApp, "Sites.Read.All"},
				[]string{"something else", "x"}),
			want: model.PermissionTable{Pos: permTestTablePos, Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermApplication, Scopes: []string{"Sites.Read.All"}, Raw: "Sites.Read.All"},
			}},
			codes: []string{codePermUnknownTable},
		},
		{
			name: "label spellings",
			table: permTestTable([]string{permPType, permLeast},
				[]string{"Delegated (work or school account", "A.Read"},
				[]string{"Delegated (personal account)", "B.Read"},
				[]string{"delegated permission (Personal Microsoft Account)\nNote: Metadata operation is not supported.", "C.Read"},
				[]string{"APPLICATION", "D.Read"},
				[]string{"Application permission", "E.Read"},
				[]string{"**Delegated** (work or school account)", "F.Read"},
				[]string{"Delegated (personal Microsoft account", "G.Read"}),
			want: model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost", Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Scopes: []string{"A.Read"}, Raw: "A.Read"},
				{Pos: permTestRow(1), Kind: model.PermDelegatedPersonal, Scopes: []string{"B.Read"}, Raw: "B.Read"},
				{Pos: permTestRow(2), Kind: model.PermDelegatedPersonal, Scopes: []string{"C.Read"}, Raw: "C.Read"},
				{Pos: permTestRow(3), Kind: model.PermApplication, Scopes: []string{"D.Read"}, Raw: "D.Read"},
				{Pos: permTestRow(4), Kind: model.PermApplication, Scopes: []string{"E.Read"}, Raw: "E.Read"},
				{Pos: permTestRow(5), Kind: model.PermDelegatedWork, Scopes: []string{"F.Read"}, Raw: "F.Read"},
				{Pos: permTestRow(6), Kind: model.PermDelegatedPersonal, Scopes: []string{"G.Read"}, Raw: "G.Read"},
			}},
		},
		{
			name: "intune sub-rows",
			table: permTestTable([]string{"Permission type (by workflow)", permMost},
				[]string{permWork, ""},
				[]string{"Policy Set", "DeviceManagementServiceConfig.ReadWrite.All, DeviceManagementServiceConfig.Read.All"},
				[]string{"Device configuration", "DeviceManagementConfiguration.ReadWrite.All"},
				[]string{permPersonal, "Not supported."},
				[]string{permApp, ""},
				[]string{"MAM", "Not supported."},
				[]string{"Apps)", ""}),
			want: model.PermissionTable{Pos: permTestTablePos, Order: "mostToLeast", Entries: []model.Permission{
				{Pos: permTestRow(1), Kind: model.PermDelegatedWork, Qualifier: "Policy Set", Scopes: []string{"DeviceManagementServiceConfig.Read.All", "DeviceManagementServiceConfig.ReadWrite.All"}, Raw: "DeviceManagementServiceConfig.ReadWrite.All, DeviceManagementServiceConfig.Read.All"},
				{Pos: permTestRow(2), Kind: model.PermDelegatedWork, Qualifier: "Device configuration", Scopes: []string{"DeviceManagementConfiguration.ReadWrite.All"}, Raw: "DeviceManagementConfiguration.ReadWrite.All"},
				ns(3, model.PermDelegatedPersonal, "Not supported."),
				{Pos: permTestRow(5), Kind: model.PermApplication, Qualifier: "MAM", NotSupported: true, Raw: "Not supported."},
			}},
			codes: []string{codePermEmpty},
		},
		{
			name: "empty value without sub-rows",
			table: permTestTable([]string{permPType, permLeast},
				[]string{permWork, ""},
				[]string{permPersonal, "Not supported."},
				[]string{permApp, "Not supported."}),
			want: model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost", Entries: []model.Permission{
				ns(1, model.PermDelegatedPersonal, "Not supported."),
				ns(2, model.PermApplication, "Not supported."),
			}},
			codes: []string{codePermEmpty, codePermMissingKind},
		},
		{
			name: "no kinds",
			table: permTestTable([]string{permPType, permLeast},
				[]string{"oauth2permissiongrant", "Directory.Read.All"}),
			want:  model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost", Entries: []model.Permission{}},
			codes: []string{codePermUnknownLabel, codePermNoKinds},
		},
		{
			name: "resource name instead of Application",
			table: permTestTable([]string{permPType, permLeast},
				[]string{permWork, "Directory.Read.All"},
				[]string{permPersonal, "Not supported."},
				[]string{"oauth2permissiongrant", "Directory.Read.All"}),
			want: model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost", Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Scopes: []string{"Directory.Read.All"}, Raw: "Directory.Read.All"},
				ns(1, model.PermDelegatedPersonal, "Not supported."),
				{Pos: permTestRow(2), Kind: model.PermApplication, Scopes: []string{"Directory.Read.All"}, Raw: "Directory.Read.All"},
			}},
			codes: []string{codePermGuessedKind},
		},
		{
			name: "unknown label with an Application row",
			table: permTestTable([]string{permPType, permLeast},
				[]string{permWork, "Directory.Read.All"},
				[]string{permPersonal, "Not supported."},
				[]string{"Delegated (other)", "Directory.Read.All"},
				[]string{permApp, "Directory.Read.All"}),
			want: model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost", Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Scopes: []string{"Directory.Read.All"}, Raw: "Directory.Read.All"},
				ns(1, model.PermDelegatedPersonal, "Not supported."),
				{Pos: permTestRow(3), Kind: model.PermApplication, Scopes: []string{"Directory.Read.All"}, Raw: "Directory.Read.All"},
			}},
			codes: []string{codePermUnknownLabel},
		},
		{
			name: "header padded by a longer delimiter row",
			table: permTestTable([]string{permPType, permLeast, ""},
				[]string{permWork, "A.Read"},
				[]string{permPersonal, "Not supported."},
				[]string{permApp, "A.Read.All"}),
			want: model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost", Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermDelegatedWork, Scopes: []string{"A.Read"}, Raw: "A.Read"},
				ns(1, model.PermDelegatedPersonal, "Not supported."),
				{Pos: permTestRow(2), Kind: model.PermApplication, Scopes: []string{"A.Read.All"}, Raw: "A.Read.All"},
			}},
		},
		{
			name:  "empty table",
			table: table{},
			want:  model.PermissionTable{Entries: []model.Permission{}},
			codes: []string{codePermUnknownTable},
		},
		{
			name:  "header only",
			table: permTestTable([]string{permPType, permLeast}),
			want:  model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost", Entries: []model.Permission{}},
			codes: []string{codePermNoKinds},
		},
		{
			name: "short rows and extra cells",
			table: permTestTable([]string{permPType, permLeast},
				[]string{permWork},
				[]string{},
				[]string{permPersonal, "Not supported.", "stray"},
				[]string{permApp, "Sites.Read.All", ""}),
			want: model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost", Entries: []model.Permission{
				ns(2, model.PermDelegatedPersonal, "Not supported."),
				{Pos: permTestRow(3), Kind: model.PermApplication, Scopes: []string{"Sites.Read.All"}, Raw: "Sites.Read.All"},
			}},
			codes: []string{codePermExtraCells, codePermEmpty, codePermMissingKind},
		},
		{
			name:  "one-column header",
			table: permTestTable([]string{permPType}, []string{permApp, "X.Read"}),
			want: model.PermissionTable{Pos: permTestTablePos, Entries: []model.Permission{
				{Pos: permTestRow(0), Kind: model.PermApplication, Scopes: []string{"X.Read"}, Raw: "X.Read"},
			}},
			codes: []string{codePermUnknownTable, codePermExtraCells},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d diags
			got := permissionsFromTable(tt.table, tt.heading, tt.include, &d)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("table (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.codes, permCodes(&d)); diff != "" {
				t.Errorf("diagnostic codes (-want +got):\n%s\n%v", diff, d.list)
			}
		})
	}
}

// TestPermissionValues checks value cells: each is put in the work-account
// row of a table whose other rows are "Not supported.".
func TestPermissionValues(t *testing.T) {
	tests := []struct {
		name    string
		value   string
		entries []model.Permission // the permWork row's entries, Pos, Kind and Raw filled in
		codes   []string
	}{
		{name: "single", value: "User.Read", entries: []model.Permission{{Scopes: []string{"User.Read"}}}},
		{name: "comma list, stray spaces and commas", value: "Mail.ReadBasic.All , Mail.Read,Mail.ReadWrite,", entries: []model.Permission{{Scopes: []string{"Mail.ReadBasic.All", "Mail.Read", "Mail.ReadWrite"}}}},
		{name: "not supported", value: "Not supported.", entries: []model.Permission{{NotSupported: true}}},
		{name: "Not Supported", value: "Not Supported", entries: []model.Permission{{NotSupported: true}}},
		{name: "Not applicable.", value: "Not applicable.", entries: []model.Permission{{NotSupported: true}}},
		{name: "None", value: "None", entries: []model.Permission{{NotSupported: true}}},
		{name: "n/a", value: "n/a", entries: []model.Permission{{NotSupported: true}}},
		{name: "and", value: "Policy.Read.All and Policy.ReadWrite.ConditionalAccess", entries: []model.Permission{{AllOf: [][]string{{"Policy.Read.All", "Policy.ReadWrite.ConditionalAccess"}}}}},
		{name: "and pairs with commas", value: "Policy.Read.All and Application.ReadWrite.All, Policy.ReadWrite.ApplicationConfiguration and Application.ReadWrite.All, Directory.Read.All",
			entries: []model.Permission{{Scopes: []string{"Directory.Read.All"}, AllOf: [][]string{{"Policy.Read.All", "Application.ReadWrite.All"}, {"Policy.ReadWrite.ApplicationConfiguration", "Application.ReadWrite.All"}}}}},
		{name: "A, B and C binds the and tighter", value: "GroupMember.ReadWrite.All, Group.ReadWrite.All and Directory.ReadWrite.All",
			entries: []model.Permission{{Scopes: []string{"GroupMember.ReadWrite.All"}, AllOf: [][]string{{"Group.ReadWrite.All", "Directory.ReadWrite.All"}}}}},
		{name: "oxford comma and", value: "Policy.Read.All, Policy.ReadWrite.ConditionalAccess, and Application.Read.All",
			entries: []model.Permission{{Scopes: []string{"Policy.Read.All", "Policy.ReadWrite.ConditionalAccess", "Application.Read.All"}}}},
		{name: "or", value: "Directory.Read.All or Directory.ReadWrite.All or Directory.AccessAsUser.All",
			entries: []model.Permission{{Scopes: []string{"Directory.Read.All", "Directory.ReadWrite.All", "Directory.AccessAsUser.All"}}}},
		{name: "comma or", value: "EduRoster.ReadBasic, EduRoster.Read, or EduRoster.ReadWrite",
			entries: []model.Permission{{Scopes: []string{"EduRoster.ReadBasic", "EduRoster.Read", "EduRoster.ReadWrite"}}}},
		{name: "space separated", value: "DeviceManagementConfiguration.ReadWrite.All DeviceManagementConfiguration.Read.All",
			entries: []model.Permission{{Scopes: []string{"DeviceManagementConfiguration.ReadWrite.All", "DeviceManagementConfiguration.Read.All"}}}},
		{name: "plus", value: "EduRoster.Read.All, EduRoster.ReadWrite.All plus Directory.Read.All",
			entries: []model.Permission{{AllOf: [][]string{{"EduRoster.Read.All", "Directory.Read.All"}, {"EduRoster.ReadWrite.All", "Directory.Read.All"}}}}},
		{name: "one from plus either", value: "One from EduRoster.ReadBasic, EduRoster.Read plus either Directory.Read.All or User.Read",
			entries: []model.Permission{{AllOf: [][]string{{"EduRoster.ReadBasic", "Directory.Read.All"}, {"EduRoster.ReadBasic", "User.Read"}, {"EduRoster.Read", "Directory.Read.All"}, {"EduRoster.Read", "User.Read"}}}}},
		{name: "resource-specific star", value: "ChannelMessage.Read.Group*, ChannelMessage.Read.All",
			entries: []model.Permission{{Scopes: []string{"ChannelMessage.Read.Group", "ChannelMessage.Read.All"}}}},
		{name: "stray backtick and trailing period", value: "ProgramControl.Read.All`, ProgramControl.ReadWrite.All.",
			entries: []model.Permission{{Scopes: []string{"ProgramControl.Read.All", "ProgramControl.ReadWrite.All"}}}},
		{name: "dashes and underscores", value: "User-LifeCycleInfo.Read.All, offline_access",
			entries: []model.Permission{{Scopes: []string{"User-LifeCycleInfo.Read.All", "offline_access"}}}},
		{name: "multi-part", value: "For user resource:\nUser.Read.All, User.ReadWrite.All\n\nFor group resource:\nGroup.Read.All\n\nFor contact resource:\nContacts.Read, Contacts.ReadWrite",
			entries: []model.Permission{
				{Qualifier: "user", Resources: []string{"user"}, Scopes: []string{"User.Read.All", "User.ReadWrite.All"}},
				{Qualifier: "group", Resources: []string{"group"}, Scopes: []string{"Group.Read.All"}},
				{Qualifier: "contact", Resources: []string{"contact"}, Scopes: []string{"Contacts.Read", "Contacts.ReadWrite"}},
			}},
		{name: "multi-part inline labels", value: "For user or chat resource: Not supported.\n\nFor channel resource: TeamMember.Read.Group*, ChannelMember.Read.All",
			entries: []model.Permission{
				{Qualifier: "user or chat", Resources: []string{"user", "chat"}, NotSupported: true},
				{Qualifier: "channel", Resources: []string{"channel"}, Scopes: []string{"TeamMember.Read.Group", "ChannelMember.Read.All"}},
			}},
		{name: "in teams / in channels", value: "In teams: TeamMember.ReadWrite.All\nIn channels: ChannelMember.ReadWrite.All",
			entries: []model.Permission{
				{Qualifier: "In teams", Resources: []string{"teams"}, Scopes: []string{"TeamMember.ReadWrite.All"}},
				{Qualifier: "In channels", Resources: []string{"channels"}, Scopes: []string{"ChannelMember.ReadWrite.All"}},
			}},
		{name: "scope for what", value: "Chat.UpdatePolicyViolation.All for a chat message.\nChannelMessage.UpdatePolicyViolation.All for a channel message.",
			entries: []model.Permission{
				{Qualifier: "a chat message", Resources: []string{"chat message"}, Scopes: []string{"Chat.UpdatePolicyViolation.All"}},
				{Qualifier: "a channel message", Resources: []string{"channel message"}, Scopes: []string{"ChannelMessage.UpdatePolicyViolation.All"}},
			}},
		{name: "unlabelled lines are one list", value: "Files.Read.All, Files.ReadWrite.All\nGroup.Read.All",
			entries: []model.Permission{{Scopes: []string{"Files.Read.All", "Files.ReadWrite.All", "Group.Read.All"}}}},
		{name: "see below", value: "Subscription.Read.All (see below).", entries: []model.Permission{{Scopes: []string{"Subscription.Read.All"}}}},
		{name: "prose or scope", value: "Permission required to create subscription or Subscription.Read.All (see below).",
			entries: []model.Permission{{Scopes: []string{"Subscription.Read.All"}}}, codes: []string{codePermBadScope}},
		{name: "todo", value: "**TODO: Determine scopes **", entries: []model.Permission{{}}, codes: []string{codePermBadScope}},
		{name: "space typo", value: "User.Read.All, Directory AccessAsUser.All", entries: []model.Permission{{Scopes: []string{"User.Read.All"}}}, codes: []string{codePermBadScope}},
		{name: "junk in and", value: "Group.Read.All and some text", entries: []model.Permission{{}}, codes: []string{codePermBadScope}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab := permTestTable([]string{permPType, permLeast},
				[]string{permWork, tt.value},
				[]string{permPersonal, "Not supported."},
				[]string{permApp, "Not supported."})
			want := model.PermissionTable{Pos: permTestTablePos, Order: "leastToMost"}
			for _, e := range tt.entries {
				e.Pos, e.Kind, e.Raw = permTestRow(0), model.PermDelegatedWork, tt.value
				want.Entries = append(want.Entries, e)
			}
			want.Entries = append(want.Entries,
				model.Permission{Pos: permTestRow(1), Kind: model.PermDelegatedPersonal, NotSupported: true, Raw: "Not supported."},
				model.Permission{Pos: permTestRow(2), Kind: model.PermApplication, NotSupported: true, Raw: "Not supported."})
			var d diags
			got := permissionsFromTable(tab, "", "", &d)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("table (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.codes, permCodes(&d)); diff != "" {
				t.Errorf("diagnostic codes (-want +got):\n%s\n%v", diff, d.list)
			}
			for _, x := range d.list {
				if x.Pos != permTestPos(3, 1) {
					t.Errorf("diagnostic %v is not at the value cell %v", x, permTestPos(3, 1))
				}
			}
		})
	}
}

// TestPermissionsNoPanic feeds odd tables.
func TestPermissionsNoPanic(t *testing.T) {
	cells := []string{"", " ", permWork, permApp, "Not supported.", ",", " and ", " or ", "plus", ":", "For :", "*", "(", ")", "a and b plus c or d, e", "\n\n", ";;", "Permission type", "Supported resource", "Least privileged permissions", "Higher privileged permissions", "acting on self"}
	for _, h0 := range cells {
		for _, h1 := range cells {
			for _, v := range cells {
				tabs := []table{
					permTestTable([]string{h0, h1}, []string{v, v}, []string{v}),
					permTestTable([]string{h0, h1, permWork, permPersonal}, []string{v, v, v}, []string{v, v, v, v, v, v}),
					permTestTable([]string{h0, "Least privileged permissions", h1}, []string{permWork, v, v}),
					permTestTable(nil, []string{v, v}),
				}
				for _, tab := range tabs {
					var d diags
					permissionsFromTable(tab, "", "", &d)
				}
			}
		}
	}
}

// TestPermissionsCorpus reads the permissions tables of every page in both
// corpora and measures, for each kind, the share of pages that get scopes
// or "not supported".
func TestPermissionsCorpus(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("no corpus at %s", root)
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	kinds := []string{model.PermDelegatedWork, model.PermDelegatedPersonal, model.PermApplication}

	type stats struct {
		pages, noSection, noInclude int
		ok                          map[string]int
		fails                       []string
		codes                       map[string]int
	}
	// readTables parses src (the file's section lines, other lines blanked)
	// and returns the tables it holds with their H3 and the include lines.
	readTables := func(rel string, src []byte, include string, d *diags) (tabs []model.PermissionTable, includes []string) {
		doc := md.Parser().Parse(text.NewReader(src))
		li := newLineIndex(rel, src)
		heading := ""
		for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
			switch n := n.(type) {
			case *ast.Heading:
				if n.Level >= 3 {
					heading = inlineText(n, src).text
				}
			case *east.Table:
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s: panic: %v", rel, r)
						}
					}()
					tabs = append(tabs, permissionsFromTable(readTable(n, src, li), heading, include, d))
				}()
			case *ast.Paragraph:
				ls := n.Lines()
				for i := 0; i < ls.Len(); i++ {
					seg := ls.At(i)
					for _, m := range permTestIncludeRE.FindAllStringSubmatch(string(seg.Value(src)), -1) {
						if strings.Contains(m[1], "/permissions/") {
							includes = append(includes, m[1])
						}
					}
				}
			}
		}
		return tabs, includes
	}

	samples := map[string][]string{}
	var total stats
	total.ok = map[string]int{}
	total.codes = map[string]int{}
	for _, year := range []string{"graph-docs-2021", "graph-docs-2026"} {
		st := stats{ok: map[string]int{}, codes: map[string]int{}}
		for _, ver := range []string{"beta", "v1.0"} {
			dir := filepath.Join(root, year, "api-reference", ver, "api")
			files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
			for _, f := range files {
				src, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				rel, _ := filepath.Rel(root, f)
				sec := permTestSection(src)
				if sec == nil {
					st.noSection++
					continue
				}
				var d diags
				tabs, incs := readTables(rel, sec, "", &d)
				missing := false
				for _, inc := range incs {
					isrc, err := os.ReadFile(filepath.Join(filepath.Dir(f), filepath.FromSlash(inc)))
					if err != nil {
						missing = true
						continue
					}
					body := permTestBlankFrontMatter(isrc)
					itabs, _ := readTables(inc, body, inc, &d)
					tabs = append(tabs, itabs...)
				}
				if missing && len(tabs) == 0 {
					st.noInclude++
					continue
				}
				st.pages++
				for _, x := range d.list {
					st.codes[x.Code]++
					if len(samples[x.Code]) < 3 {
						samples[x.Code] = append(samples[x.Code], x.String())
					}
				}
				var bad []string
				for _, k := range kinds {
					if permTestCovers(tabs, k) {
						st.ok[k]++
					} else {
						bad = append(bad, k)
					}
				}
				if len(bad) > 0 {
					var why []string
					for _, x := range d.list {
						if x.Severity != model.SeverityInfo {
							why = append(why, x.Code+": "+x.Message)
						}
					}
					if len(tabs) == 0 {
						why = append(why, "no table")
					} else if len(why) == 0 {
						why = append(why, "no row for it")
					}
					st.fails = append(st.fails, fmt.Sprintf("%s: no %s (%s)", rel, strings.Join(bad, ", "), strings.Join(why, "; ")))
				}
			}
		}
		t.Logf("%s: %d pages with a permissions section (%d without one, %d with only missing includes)", year, st.pages, st.noSection, st.noInclude)
		for _, k := range kinds {
			t.Logf("  %-18s %5d/%d = %.2f%%", k, st.ok[k], st.pages, 100*float64(st.ok[k])/float64(max(st.pages, 1)))
		}
		total.pages += st.pages
		for _, k := range kinds {
			total.ok[k] += st.ok[k]
		}
		for c, n := range st.codes {
			total.codes[c] += n
		}
		total.fails = append(total.fails, st.fails...)
	}

	// The include files on their own.
	incFiles, _ := filepath.Glob(filepath.Join(root, "graph-docs-2026", "api-reference", "*", "includes", "permissions", "*.md"))
	incOK := 0
	for _, f := range incFiles {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(root, f)
		body := permTestBlankFrontMatter(src)
		var d diags
		tabs, _ := readTables(rel, body, filepath.Base(f), &d)
		if !slices.ContainsFunc(kinds, func(k string) bool { return !permTestCovers(tabs, k) }) {
			incOK++
		}
	}
	t.Logf("2026 include files: %d/%d cover all three kinds", incOK, len(incFiles))

	var codes []string
	for c, n := range total.codes {
		codes = append(codes, fmt.Sprintf("%s %d", c, n))
	}
	sort.Strings(codes)
	t.Logf("diagnostics: %s", strings.Join(codes, ", "))
	for _, c := range slices.Sorted(maps.Keys(samples)) {
		for _, x := range samples[c] {
			t.Logf("  %s", x)
		}
	}
	t.Logf("%d pages miss a kind; the first 20:", len(total.fails))
	for i, f := range total.fails {
		if i == 20 {
			break
		}
		t.Logf("  %s", f)
	}
	for _, k := range kinds {
		if share := float64(total.ok[k]) / float64(max(total.pages, 1)); share < 0.99 {
			t.Errorf("%s: only %.2f%% of %d pages get scopes or not supported", k, 100*share, total.pages)
		}
	}
}

var permTestIncludeRE = regexp.MustCompile(`\[!INCLUDE\s*\[[^\]]*\]\(([^)]*)\)\s*\]`)

// permTestSection returns src with every line outside the Permissions or
// Prerequisites section blanked, so that positions stay those of the file;
// nil if there is no such section.
func permTestSection(src []byte) []byte {
	lines := strings.SplitAfter(string(src), "\n")
	var b strings.Builder
	in, found := false, false
	for _, l := range lines {
		if strings.HasPrefix(l, "## ") {
			h := strings.ToLower(strings.TrimSpace(l[3:]))
			in = strings.HasPrefix(h, "permissions") || strings.HasPrefix(h, "prerequisites")
			found = found || in
			b.WriteString("\n")
			continue
		}
		if in {
			b.WriteString(l)
		} else if strings.HasSuffix(l, "\n") {
			b.WriteString("\n")
		}
	}
	if !found {
		return nil
	}
	return []byte(b.String())
}

// permTestCovers reports whether the tables give kind scopes or "not
// supported".
func permTestCovers(tabs []model.PermissionTable, kind string) bool {
	for _, pt := range tabs {
		for _, e := range pt.Entries {
			if e.Kind == kind && (len(e.Scopes) > 0 || len(e.AllOf) > 0 || e.NotSupported) {
				return true
			}
		}
	}
	return false
}

// permTestBlankFrontMatter blanks a leading "---" block, keeping the line
// breaks so that positions stay those of the file.
func permTestBlankFrontMatter(src []byte) []byte {
	lines := strings.SplitAfter(string(src), "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return src
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "---" {
			end = i
			break
		}
	}
	if end < 0 {
		return src
	}
	var b strings.Builder
	for i, l := range lines {
		if i <= end {
			if strings.HasSuffix(l, "\n") {
				b.WriteString("\n")
			}
			continue
		}
		b.WriteString(l)
	}
	return []byte(b.String())
}
