package parser

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/graphsdkgen/graphsdkgen/model"
)

func TestSingleEnumPage(t *testing.T) {
	src := `---
title: "chassisType enum type"
doc_type: enumPageType
---

# chassisType enum type

Namespace: microsoft.graph

> **Important:** Beta.

Chassis type.

## Members
|Member|Value|Description|
|:---|:---|:---|
|unknown|0|Unknown.|
|` + "`desktop`" + `|1|Desktop.|
|phone|0x64|Phone.|
`
	pg, ds := parseTestPage(t, "beta/resources/intune-devices-chassistype.md", src)
	want := []*model.Type{{
		Version: "beta", Page: "beta/resources/intune-devices-chassistype.md",
		Name: "chassisType", Namespace: "microsoft.graph", Kind: model.TypeEnum, Description: "Chassis type.",
		Members: []model.EnumMember{
			{Name: "unknown", Value: i64(0), Description: "Unknown."},
			{Name: "desktop", Value: i64(1), Description: "Desktop."},
			{Name: "phone", Description: "Phone."},
		},
	}}
	if diff := cmp.Diff(want, pg.Types, ignorePos); diff != "" {
		t.Errorf("types (-want +got):\n%s", diff)
	}
	if len(pg.Types) == 1 {
		if got := pg.Types[0].Pos.String(); got != "docs/beta/resources/intune-devices-chassistype.md:6:1" {
			t.Errorf("type at %s", got)
		}
		if got := pg.Types[0].Members[1].Pos.String(); got != "docs/beta/resources/intune-devices-chassistype.md:18:2" {
			t.Errorf("member at %s", got)
		}
	}
	if len(ds) != 0 {
		t.Errorf("diagnostics %v", diagStrings(ds))
	}
}

// TestEnumTypePageTaggedResource reads an "x enum type" page whose
// doc_type says resourcePageType as an enum page.
func TestEnumTypePageTaggedResource(t *testing.T) {
	src := `---
doc_type: resourcePageType
---

# teamsAppInstalledState enum type

## Members

| Member | Value| Description |
|:---|:---|:---|
|notInstalled|0|Not installed.|
`
	pg, _ := parseTestPage(t, "beta/resources/teamsappinstalledstate.md", src)
	if len(pg.Types) != 1 || pg.Types[0].Kind != model.TypeEnum || pg.Types[0].Name != "teamsAppInstalledState" || len(pg.Types[0].Members) != 1 {
		t.Errorf("types %+v", pg.Types)
	}
}

func TestAggregateEnumPage(t *testing.T) {
	src := `---
title: "Multi-tenant management enumeration values"
doc_type: enumTypes
---

# Multi-tenant management enumeration values

### delegatedPrivilegeStatus values

|Member|
|:---|
|none|
|delegatedAdminPrivileges|

### managementActionStatus values 

|Member|Value|Description|
|:---|:---|:---|
|toAddress|0|To address.|
|completed|1|Done.|

#### workloadStatus values

| Member | Int value | Description |
|:--|:--|:--|
| ok | 10 | Fine. |

### alertSeverity values

| Value |
|:--|
| low |
| high |

### tenantFlags values

| Member | Member | Description |
|:--|:--|:--|
| a | b | Both. |

| Member | Value |
|:--|:--|
| c | 3 |

### Remarks

| Member |
|:--|
| stray |
`
	pg, ds := parseTestPage(t, "beta/resources/enums-managedtenants.md", src)
	if pg.Kind != model.KindEnum {
		t.Fatalf("kind %q", pg.Kind)
	}
	ns := "microsoft.graph.managedTenants"
	e := func(name string, members ...model.EnumMember) *model.Type {
		return &model.Type{Version: "beta", Page: "beta/resources/enums-managedtenants.md", Name: name, Namespace: ns, Kind: model.TypeEnum, Members: members}
	}
	want := []*model.Type{
		e("delegatedPrivilegeStatus", model.EnumMember{Name: "none"}, model.EnumMember{Name: "delegatedAdminPrivileges"}),
		e("managementActionStatus", model.EnumMember{Name: "toAddress", Value: i64(0), Description: "To address."}, model.EnumMember{Name: "completed", Value: i64(1), Description: "Done."}),
		e("workloadStatus", model.EnumMember{Name: "ok", Value: i64(10), Description: "Fine."}),
		e("alertSeverity", model.EnumMember{Name: "low"}, model.EnumMember{Name: "high"}),
		e("tenantFlags", model.EnumMember{Name: "a", Description: "Both."}, model.EnumMember{Name: "c", Value: i64(3)}),
	}
	if diff := cmp.Diff(want, pg.Types, ignorePos); diff != "" {
		t.Errorf("types (-want +got):\n%s", diff)
	}
	if len(pg.Types) > 1 {
		if got := pg.Types[1].Pos.String(); got != "docs/beta/resources/enums-managedtenants.md:15:1" {
			t.Errorf("managementActionStatus at %s", got)
		}
	}
	wantDiags := []string{`docs/beta/resources/enums-managedtenants.md:47:1: warning: an enum table under "Remarks": put it under a "### name values" heading [enum-name-missing]`}
	if diff := cmp.Diff(wantDiags, diagStrings(ds)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

func TestAggregateEnumNamespace(t *testing.T) {
	src := `---
doc_type: enumPageType
---

# Term store enum values

Namespace: microsoft.graph.termstore

### relationType values

|Member|
|:---|
|pin|
`
	pg, ds := parseTestPage(t, "beta/resources/enums-termstore.md", src)
	if len(pg.Types) != 1 || pg.Types[0].QualifiedName() != "microsoft.graph.termStore.relationType" {
		t.Errorf("types %+v", pg.Types)
	}
	want := []string{`docs/beta/resources/enums-termstore.md:5:1: info: the Namespace line says "microsoft.graph.termstore"; the docs spell it "microsoft.graph.termStore" [namespace-case]`}
	if diff := cmp.Diff(want, diagStrings(ds)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

func TestEnumHeading(t *testing.T) {
	for in, want := range map[string]string{
		"chatType values":          "chatType",
		"chatType values ":         "chatType",
		"`chatType` values":        "chatType",
		"Roles property values":    "Roles",
		"Group visibility options": "Group visibility",
		"State Enumeration":        "State",
		"responseType value":       "responseType",
		"Properties":               "",
		"Remarks":                  "",
	} {
		if got := enumHeading(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

func TestEnumPageWithoutMembers(t *testing.T) {
	src := `---
doc_type: enumPageType
---

# emptyKind enum type

## Members

None yet.
`
	pg, ds := parseTestPage(t, "v1.0/resources/emptykind.md", src)
	if len(pg.Types) != 1 || pg.Types[0].Name != "emptyKind" || len(pg.Types[0].Members) != 0 {
		t.Errorf("types %+v", pg.Types)
	}
	want := []string{`docs/v1.0/resources/emptykind.md:5:1: warning: enum microsoft.graph.emptyKind has no members: add a "## Members" section with a Member | Value | Description table [enum-members-missing]`}
	if diff := cmp.Diff(want, diagStrings(ds)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

// A blank line inside an enum table: the rows after it are read, with a
// diagnostic at the first of them.
func TestEnumTableBroken(t *testing.T) {
	cases := []struct {
		name, rel, src string
		members        []string
	}{
		{"single-enum page", "beta/resources/widgetkind.md", "---\ntitle: widgetKind enum type\ndoc_type: enumPageType\n---\n# widgetKind enum type\n\nNamespace: microsoft.graph\n\n## Members\n\n" +
			"|Member|Value|Description|\n|:---|:---|:---|\n|small|0|Small.|\n|medium|1|Medium.|\n\n|large|2|Large.|\n| huge | 3 | Huge. |\n", []string{"small", "medium", "large", "huge"}},
		{"aggregate page", "beta/resources/enums.md", "---\ntitle: Enum values\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph\n\n### widgetKind values\n\n" +
			"|Member|\n|:---|\n|small|\n\n|large|\n\n### otherKind values\n\n|Member|\n|:---|\n|one|\n", []string{"small", "large"}},
		{"enum table on a resource page", "beta/resources/widget.md", "---\ntitle: widget resource type\ndoc_type: resourcePageType\n---\n# widget resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n" +
			"|Property|Type|Description|\n|:---|:---|:---|\n|kind|widgetKind|The kind.|\n\n### widgetKind values\n\n|Member|Description|\n|:---|:---|\n|small|Small.|\n\n|large|Large.|\n", []string{"small", "large"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pg, ds := parseTestPage(t, tc.rel, tc.src)
			var got []string
			for _, ty := range pg.Types {
				if ty.Kind == model.TypeEnum && ty.Name == "widgetKind" {
					for _, m := range ty.Members {
						got = append(got, m.Name)
					}
				}
			}
			if diff := cmp.Diff(tc.members, got); diff != "" {
				t.Errorf("members (-want +got):\n%s", diff)
			}
			n := 0
			for _, d := range ds {
				if d.Code == "table-broken" {
					n++
					if d.Pos.Line < 10 || d.Pos.Col < 1 {
						t.Errorf("diagnostic %v is not at the rows after the break", d)
					}
				}
			}
			if n != 1 {
				t.Errorf("%d table-broken diagnostics, want 1: %v", n, diagStrings(ds))
			}
		})
	}
}
