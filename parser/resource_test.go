package parser

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// fence turns ”' into ``` so that test pages can sit in raw strings.
func fence(s string) string { return strings.ReplaceAll(s, "'''", "```") }

// parseTestPage parses src as the page rel under a docs root.
func parseTestPage(t *testing.T, rel, src string) (*model.Page, []model.Diagnostic) {
	t.Helper()
	pg, ds := New().ParsePage("docs/"+rel, rel, []byte(fence(src)))
	for _, d := range ds {
		if d.Severity == model.SeverityError {
			t.Errorf("unexpected error: %s", d)
		}
	}
	return pg, ds
}

// ignorePos compares types without positions; tests check the positions
// that matter one by one.
var ignorePos = cmp.Options{cmpopts.IgnoreTypes(model.Pos{}), cmpopts.EquateEmpty()}

// diagStrings formats diagnostics in position order.
func diagStrings(ds []model.Diagnostic) []string {
	model.SortDiagnostics(ds)
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}

func i64(v int64) *int64 { return &v }

const widgetPage = `---
title: "widget resource type"
description: "A widget."
author: "someone"
ms.prod: "widgets"
doc_type: resourcePageType
---

# widget resource type

Namespace: microsoft.graph.callRecords

> **Note:** Widgets are made up.

Represents a **widget**, a made-up
resource.

## Methods

| Method | Return Type | Description |
|:-------|:------------|:------------|
| [Get widget](../api/widget-get.md) | [widget](widget.md) | Read a widget. |
| [List widgets](../api/widget-list.md) | [microsoft.graph.callRecords.widget](widget.md) collection | List widgets. |
| [Delete widget](../api/widget-delete.md) | None | Delete a widget. |
| [Ping widget](../api/widget-ping.md) | | Ping. |
| [Tags](../api/widget-tags.md) | String collection | The tags. |

## Properties

| Property | Type | Description |
|:---------|:-----|:------------|
| id | String | The widget's key. Read-only. |
|**Display**|
| displayName | string | The name. Nullable. |
| size | Int32 | The size. Not nullable. |
| status | [widgetStatus](#widgetstatus-values) | The status. |
| mode | String | The mode. See below. |
| kind | String | The kind. |
| ` + "`owner`" + ` (deprecated) | [identitySet][] | Who owns it. read only. |
| broken | | Nothing. |

### widgetStatus values

| Member | Value | Description |
|:-------|:------|:------------|
| active | 0 | Working. |
| retired | 1 | Not working. |

### mode values

| Member | Description |
|:-------|:------------|
| fast | Quick. |
| slow | Careful. |

## Relationships

| Relationship | Type | Description |
|:-------------|:-----|:------------|
| parts | [part](part.md) collection | The parts. Read-only. Nullable. |

## JSON representation

<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.callRecords.widget",
  "baseType": "microsoft.graph.callRecords.thing",
  "keyProperty": "id",
  "openType": true,
  "abstract": "true"
}-->

'''json
{
  "@odata.type": "#microsoft.graph.callRecords.widget",
  "id": "String (identifier)",
  "kind": "small | large | ...",
  "createdDateTime": "String (timestamp)",
  "colors": ["String"],
  "frame": {"@odata.type": "microsoft.graph.callRecords.frame"},
  "sample": "Contoso",
  "count": 3,
}
'''
`

func TestResourcePage(t *testing.T) {
	pg, ds := parseTestPage(t, "beta/resources/widget.md", widgetPage)
	if pg.Kind != model.KindResource {
		t.Fatalf("kind %q", pg.Kind)
	}
	want := []*model.Type{{
		Version: "beta", Page: "beta/resources/widget.md",
		Name: "widget", Namespace: "microsoft.graph.callRecords", Kind: model.TypeEntity,
		Description: "Represents a widget, a made-up resource.",
		Base:        "microsoft.graph.callRecords.thing", Abstract: true, Open: true, Key: "id",
		Properties: []model.Property{
			{Name: "id", Type: model.TypeRef{Name: "String", Raw: "String"}, Description: "The widget's key. Read-only.", ReadOnly: true},
			{Name: "displayName", Type: model.TypeRef{Name: "string", Raw: "string"}, Description: "The name. Nullable.", Nullable: true},
			{Name: "size", Type: model.TypeRef{Name: "Int32", Raw: "Int32"}, Description: "The size. Not nullable."},
			{Name: "status", Type: model.TypeRef{Name: "widgetStatus", Link: "#widgetstatus-values", Raw: "widgetStatus"}, Description: "The status."},
			{Name: "mode", Type: model.TypeRef{Name: "String", Raw: "String"}, Description: "The mode. See below.", Enum: []string{"fast", "slow"}},
			{Name: "kind", Type: model.TypeRef{Name: "String", Raw: "String"}, Description: "The kind.", Enum: []string{"small", "large"}},
			{Name: "owner", Type: model.TypeRef{Name: "identitySet", Raw: "[identitySet][]"}, Description: "Who owns it. read only.", ReadOnly: true},
			{Name: "broken", Description: "Nothing."},
			{Name: "createdDateTime", Type: model.TypeRef{Name: "DateTimeOffset", Raw: "String (timestamp)"}},
			{Name: "colors", Type: model.TypeRef{Name: "String", Collection: true, Raw: `["String"]`}},
			{Name: "frame", Type: model.TypeRef{Name: "callRecords.frame", Raw: `{"@odata.type": "microsoft.graph.callRecords.frame"}`}},
			{Name: "parts", Type: model.TypeRef{Name: "part", Collection: true, Link: "part.md", Raw: "part collection"}, Description: "The parts. Read-only. Nullable.", Navigation: true, ReadOnly: true, Nullable: true},
		},
		Methods: []model.Method{
			{Name: "Get widget", Link: "../api/widget-get.md", Returns: model.TypeRef{Name: "widget", Link: "widget.md", Raw: "widget"}, Description: "Read a widget."},
			{Name: "List widgets", Link: "../api/widget-list.md", Returns: model.TypeRef{Name: "callRecords.widget", Collection: true, Link: "widget.md", Raw: "microsoft.graph.callRecords.widget collection"}, Description: "List widgets."},
			{Name: "Delete widget", Link: "../api/widget-delete.md", Description: "Delete a widget."},
			{Name: "Ping widget", Link: "../api/widget-ping.md", Description: "Ping."},
			{Name: "Tags", Link: "../api/widget-tags.md", Returns: model.TypeRef{Name: "String", Collection: true, Raw: "String collection"}, Description: "The tags."},
		},
	}, {
		Version: "beta", Page: "beta/resources/widget.md",
		Name: "widgetStatus", Namespace: "microsoft.graph.callRecords", Kind: model.TypeEnum,
		Members: []model.EnumMember{{Name: "active", Value: i64(0), Description: "Working."}, {Name: "retired", Value: i64(1), Description: "Not working."}},
	}}
	if diff := cmp.Diff(want, pg.Types, ignorePos); diff != "" {
		t.Errorf("types (-want +got):\n%s", diff)
	}
	if len(pg.Types) != 2 {
		return
	}
	ty := pg.Types[0]
	positions := map[string]model.Pos{
		"type":            ty.Pos,
		"id":              ty.Properties[0].Pos,
		"createdDateTime": ty.Properties[8].Pos,
		"parts":           ty.Properties[11].Pos,
		"Get widget":      ty.Methods[0].Pos,
		"enum":            pg.Types[1].Pos,
		"active":          pg.Types[1].Members[0].Pos,
	}
	wantPos := map[string]string{
		"type":            "docs/beta/resources/widget.md:9:1",
		"id":              "docs/beta/resources/widget.md:32:2",
		"createdDateTime": "docs/beta/resources/widget.md:78:3",
		"parts":           "docs/beta/resources/widget.md:60:2",
		"Get widget":      "docs/beta/resources/widget.md:22:2",
		"enum":            "docs/beta/resources/widget.md:44:1",
		"active":          "docs/beta/resources/widget.md:46:2",
	}
	for k, w := range wantPos {
		if got := positions[k].String(); got != w {
			t.Errorf("%s at %s, want %s", k, got, w)
		}
	}
	wantDiags := []string{
		"docs/beta/resources/widget.md:40:2: warning: property \"broken\" has an empty type cell [property-type-missing]",
		"docs/beta/resources/widget.md:82:13: info: the JSON representation has a trailing comma or a comment: it is read without them [resource-json-forgiven]",
	}
	if diff := cmp.Diff(wantDiags, diagStrings(ds)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

func TestResourcePageDiagnostics(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string // diagnostics as file:line:col: severity: message [code]
		types     int
	}{{
		name: "JSON representation that does not parse",
		src: `---
doc_type: resourcePageType
---
# thing resource type

## Properties

| Property | Type | Description |
|:--|:--|:--|
| a | String | A. |
| a | Int32 | A again. |
| The rest of a's description. |

## JSON representation

<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.thing" } -->
'''json
{
  "a": "String",
  "b": NAV.Address
}
'''
`,
		want: []string{
			"docs/v1.0/resources/thing.md:11:2: warning: property \"a\" is listed twice (first at line 10): the second is ignored [property-duplicate]",
			"docs/v1.0/resources/thing.md:12:2: warning: a row that is not a property: \"The rest of a's description.\" (a description broken out of its row?) [property-row]",
			"docs/v1.0/resources/thing.md:20:8: warning: the JSON representation is not valid JSON (invalid character 'N' looking for beginning of value): its inline enums and unlisted properties are not read [resource-json]",
		},
		types: 1,
	}, {
		name: "no name",
		src: `---
doc_type: resourcePageType
---
# Working with things

## Properties

| Property | Type | Description |
|:--|:--|:--|
| a | String | A. |
`,
		want: []string{"docs/v1.0/resources/thing.md:4:1: warning: cannot tell the name of the type the page defines: give the JSON representation a resource annotation with \"@odata.type\", or start the H1 with the type's name [resource-name-missing]"},
	}, {
		name: "overview page",
		src: `---
doc_type: resourcePageType
---
# Use the thing API

## Common use cases

| Use case | Properties |
|:--|:--|
| Search | query |
`,
		want: []string{"docs/v1.0/resources/thing.md:1:1: info: the page is a resource page but defines no type (no resource annotation, no Properties table, and the H1 names no type) [resource-no-type]"},
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pg, ds := parseTestPage(t, "v1.0/resources/thing.md", tc.src)
			if diff := cmp.Diff(tc.want, diagStrings(ds)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
			if len(pg.Types) != tc.types {
				t.Errorf("%d types, want %d", len(pg.Types), tc.types)
			}
		})
	}
}

func TestResourceKind(t *testing.T) {
	id := model.Property{Name: "id", Type: model.TypeRef{Name: "String"}, Description: "Unique identifier."}
	keyID := model.Property{Name: "id", Type: model.TypeRef{Name: "String"}, Description: "Key of the entity."}
	nav := model.Property{Name: "items", Navigation: true}
	cases := []struct {
		name string
		t    model.Type
		h1   string
		want string
	}{
		{"keyProperty", model.Type{Key: "id"}, "x complex type", model.TypeEntity},
		{"complex in the H1", model.Type{Properties: []model.Property{id, nav}}, "x complex type", model.TypeComplex},
		{"base entity", model.Type{Base: "microsoft.graph.entity"}, "x resource type", model.TypeEntity},
		{"id and a base", model.Type{Base: "microsoft.graph.outlookItem", Properties: []model.Property{id}}, "x resource type", model.TypeEntity},
		{"id and methods", model.Type{Properties: []model.Property{id}, Methods: []model.Method{{Name: "Get x"}}}, "x resource type", model.TypeEntity},
		{"id and relationships", model.Type{Properties: []model.Property{id, nav}}, "x resource type", model.TypeEntity},
		{"id described as the key", model.Type{Properties: []model.Property{keyID}}, "x resource type", model.TypeEntity},
		{"id alone (identity)", model.Type{Properties: []model.Property{id}}, "x resource type", model.TypeComplex},
		{"complex base without id", model.Type{Base: "microsoft.graph.ipRange"}, "x resource type", model.TypeComplex},
	}
	for _, tc := range cases {
		if got := resourceKind(&tc.t, tc.h1); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestJSONValueType(t *testing.T) {
	cases := []struct {
		raw  string
		want model.TypeRef
		enum []string
		ok   bool
	}{
		{`"String"`, model.TypeRef{Name: "String", Raw: "String"}, nil, true},
		{`"string (identifier)"`, model.TypeRef{Name: "string", Raw: "string (identifier)"}, nil, true},
		{`"String (timestamp)"`, model.TypeRef{Name: "DateTimeOffset", Raw: "String (timestamp)"}, nil, true},
		{`"String (ISO 8601 duration)"`, model.TypeRef{Name: "Duration", Raw: "String (ISO 8601 duration)"}, nil, true},
		{`"Int32"`, model.TypeRef{Name: "Int32", Raw: "Int32"}, nil, true},
		{`"Boolean"`, model.TypeRef{Name: "Boolean", Raw: "Boolean"}, nil, true},
		{`"a | b | c"`, model.TypeRef{Name: "String", Raw: "a | b | c"}, []string{"a", "b", "c"}, true},
		{`"String(None|Attendee)"`, model.TypeRef{Name: "String", Raw: "String(None|Attendee)"}, []string{"None", "Attendee"}, true},
		{`{"@odata.type": "microsoft.graph.x"}`, model.TypeRef{Name: "x", Raw: `{"@odata.type": "microsoft.graph.x"}`}, nil, true},
		{`[{"@odata.type": "#microsoft.graph.termStore.y"}]`, model.TypeRef{Name: "termStore.y", Collection: true, Raw: `[{"@odata.type": "#microsoft.graph.termStore.y"}]`}, nil, true},
		{`["String"]`, model.TypeRef{Name: "String", Collection: true, Raw: `["String"]`}, nil, true},
		{`"Contoso"`, model.TypeRef{}, nil, false},
		{`"a | b c"`, model.TypeRef{}, nil, false},
		{`"<Unknown Primitive Type Edm.Stream>"`, model.TypeRef{}, nil, false},
		{`true`, model.TypeRef{}, nil, false},
		{`1024`, model.TypeRef{}, nil, false},
		{`null`, model.TypeRef{}, nil, false},
		{`{"a": 1}`, model.TypeRef{}, nil, false},
		{`[]`, model.TypeRef{}, nil, false},
	}
	for _, tc := range cases {
		ref, enum, ok := jsonValueType([]byte(tc.raw))
		if ok != tc.ok || !cmp.Equal(ref, tc.want) || !cmp.Equal(enum, tc.enum, cmpopts.EquateEmpty()) {
			t.Errorf("%s: %+v %v %v, want %+v %v %v", tc.raw, ref, enum, ok, tc.want, tc.enum, tc.ok)
		}
	}
}

func TestForgiveJSON(t *testing.T) {
	in := "{\n  \"a\": \"x // not a comment\", // a comment\n  /* relationships */\n  \"b\": [1, 2,],\u00a0\n}"
	got, ok := forgiveJSON(in)
	if !ok {
		t.Fatalf("not forgiven: %q", got)
	}
	if len(got) != len(in) || strings.Count(got, "\n") != strings.Count(in, "\n") {
		t.Fatalf("offsets moved: %q", got)
	}
	ms, err := objectMembers(got)
	if err != nil {
		t.Fatalf("%v in %q", err, got)
	}
	if len(ms) != 2 || ms[0].name != "a" || string(ms[0].raw) != `"x // not a comment"` || ms[1].name != "b" {
		t.Errorf("members %+v", ms)
	}
	if _, ok := forgiveJSON(`{"a": 1 "b": 2}`); ok {
		t.Errorf("a missing comma is forgiven")
	}
}

// The base type comes from the sentence that names it, however it is
// worded, when the name is a link; a sentence that names no link is not a
// base.
func TestInheritsFrom(t *testing.T) {
	cases := []struct{ sentence, base string }{
		{"Inherits from [identityProvider](../resources/identityprovider.md).", "microsoft.graph.identityProvider"},
		{"In Exchange Online, each room is associated with a room mailbox. Derived from [place](place.md).", "microsoft.graph.place"},
		{"Represents an Azure AD user in a [team](team.md). This type inherits from [conversationMember](conversationmember.md).", "microsoft.graph.conversationMember"},
		{"The **drive** resource is derived from [**baseItem**](baseitem.md) and inherits properties from that resource.", "microsoft.graph.baseItem"},
		{"chatMessageHostedContent derives from [teamworkHostedContent](teamworkhostedcontent.md)", "microsoft.graph.teamworkHostedContent"},
		{"Inherits from base class [identityUserFlow](../resources/identityuserflow.md).", "microsoft.graph.identityUserFlow"},
		{"A room list. Derived from the [place](place.md) type.", "microsoft.graph.place"},
		{"Inherits from abstract type [authenticationMethod](authenticationmethod.md).", "microsoft.graph.authenticationMethod"},
		{"This type is derived from nothing in particular; see [place](place.md).", ""},
		// beta's identity providers, in the future tense.
		{"This type will inherit from [identityProviderBase](../resources/identityproviderbase.md).", "microsoft.graph.identityProviderBase"},
		// What the members of a container inherit is not its base.
		{"All the session controls inherit from [conditionalAccessSessionControl](conditionalaccesssessioncontrol.md).", ""},
	}
	for _, tc := range cases {
		src := "---\ntitle: x\ndoc_type: resourcePageType\n---\n# thing resource type\n\nNamespace: microsoft.graph\n\n" + tc.sentence +
			"\n\n## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name.|\n"
		pg, _ := parseTestPage(t, "v1.0/resources/thing.md", src)
		if len(pg.Types) != 1 || pg.Types[0].Base != tc.base {
			var got []string
			for _, ty := range pg.Types {
				got = append(got, ty.Name+" < "+ty.Base)
			}
			t.Errorf("%q: types %v, want base %q", tc.sentence, got, tc.base)
		}
	}
}

// A resource annotation that names the type with "@type" (not
// "@odata.type") names the type, not the H1's first word.
func TestResourceAtType(t *testing.T) {
	cases := []struct{ annotation, want string }{
		{`{ "blockType": "resource", "@type": "microsoft.graph.systemFacet", "@type.aka": "microsoft.graph.systemFacet" }`, "systemFacet"},
		{`{ "blockType": "resource", "@odata.type": "microsoft.graph.systemFacet", "@type": "microsoft.graph.other" }`, "systemFacet"},
		{`{ "blockType": "resource" }`, "System"},
	}
	for _, tc := range cases {
		src := "---\ntitle: x\ndoc_type: resourcePageType\n---\n# System facet\n\nNamespace: microsoft.graph\n\nIndicates a system item.\n\n## JSON representation\n\n<!-- " +
			tc.annotation + " -->\n\n'''json\n{\n}\n'''\n\n## Properties\n\nNone.\n"
		pg, _ := parseTestPage(t, "v1.0/resources/systemfacet.md", src)
		if len(pg.Types) != 1 || pg.Types[0].Name != tc.want || pg.Types[0].Namespace != "microsoft.graph" {
			t.Errorf("%s: types %+v, want %s", tc.annotation, pg.Types, tc.want)
		}
	}
}

// JSON representation members: names are trimmed; an open type's example
// keys (IDs, names that are not identifiers) are not properties; a member
// that misspells a table property the JSON leaves out is not one either.
func TestResourceJSONMemberNames(t *testing.T) {
	const closed = `{ "blockType": "resource", "@odata.type": "microsoft.graph.widget" }`
	cases := []struct {
		name, annotation, json string
		props, codes           []string
		rows                   string // table rows after id's
	}{
		{"a misspelt table property", closed, `{ "id": "String", "creationDateTime": "String (timestamp)" }`,
			[]string{"id", "createdDateTime"}, []string{"resource-json-misspelt"}, "|createdDateTime|DateTimeOffset|Created.|\n"},
		{"a near name beside the table's", closed, `{ "id": "String", "createdDateTime": "String (timestamp)", "creationDateTime": "String (timestamp)" }`,
			[]string{"id", "createdDateTime", "creationDateTime"}, nil, "|createdDateTime|DateTimeOffset|Created.|\n"},
		{"a near name of another type", closed, `{ "id": "String", "creationDateTime": "Int32" }`,
			[]string{"id", "createdDateTime", "creationDateTime"}, nil, "|createdDateTime|DateTimeOffset|Created.|\n"},
		{"a name's own underscore", closed, `{ "id": "String", "_id": "String", "_score": 1024 }`,
			[]string{"id", "_id", "_score"}, nil, "|_id (deprecated)|String|Renamed.|\n|_score (deprecated)|Int32|Renamed.|\n"},
		{"an emphasised name", closed, `{ "id": "String", "rank": 1 }`,
			[]string{"id", "rank"}, nil, "|_rank_|Int32|Emphasis.|\n"},
		{"trailing space in a name", `{ "blockType": "resource", "@odata.type": "microsoft.graph.widget" }`,
			`{ "id": "String", "implementationCost ": "String" }`, []string{"id", "implementationCost"}, []string{"resource-json-name-space"}, ""},
		{"open type keyed by user IDs", `{ "blockType": "resource", "openType": true, "@odata.type": "microsoft.graph.widget" }`,
			`{ "ca2a1df2-e36b-4987-9f6b-0ea462f4eb47": null, "4e98f8f1-bb03-4015-b8e0-19bb370949d8": { "@odata.type": "microsoft.graph.plannerAssignment", "orderHint": "String" } }`,
			[]string{"id"}, []string{"resource-json-example-member", "resource-json-example-member"}, ""},
		{"open type keyed by URLs", `{ "blockType": "resource", "openType": true, "@odata.type": "microsoft.graph.widget" }`,
			`{ "https%3A//contoso%2Ecom/a": { "@odata.type": "microsoft.graph.plannerExternalReference" }, "count": "Int32" }`,
			[]string{"id", "count"}, []string{"resource-json-example-member"}, ""},
		{"a GUID key on a closed type", `{ "blockType": "resource", "@odata.type": "microsoft.graph.widget" }`,
			`{ "ca2a1df2-e36b-4987-9f6b-0ea462f4eb47": "String" }`, []string{"id"}, []string{"resource-json-example-member"}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := "---\ntitle: x\ndoc_type: resourcePageType\n---\n# widget resource type\n\nNamespace: microsoft.graph\n\nA widget.\n\n## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The key.|\n" + tc.rows + "\n## JSON representation\n\n<!-- " +
				tc.annotation + " -->\n\n'''json\n" + tc.json + "\n'''\n"
			pg, ds := parseTestPage(t, "v1.0/resources/widget.md", src)
			if len(pg.Types) != 1 {
				t.Fatalf("types %+v", pg.Types)
			}
			var got, codes []string
			for _, p := range pg.Types[0].Properties {
				got = append(got, p.Name)
			}
			for _, d := range ds {
				if strings.HasPrefix(d.Code, "resource-json") {
					codes = append(codes, d.Code)
				}
			}
			if diff := cmp.Diff(tc.props, got); diff != "" {
				t.Errorf("properties (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.codes, codes); diff != "" {
				t.Errorf("codes (-want +got):\n%s", diff)
			}
		})
	}
}
