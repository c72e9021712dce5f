package model

import "testing"

// A table none of whose members the linked type has is the body; a table
// with one stray row leaves the type and is reported; a table that lists a
// derived type's members is the linked base type's body.
func TestBodyTables(t *testing.T) {
	entity := &Type{Name: "entity", Kind: TypeEntity, Key: "id", Properties: props("id")}
	app := &Type{Name: "mobileApp", Kind: TypeEntity, Base: "entity", Properties: props("displayName")}
	lob := &Type{Name: "lobApp", Kind: TypeEntity, Base: "microsoft.graph.mobileApp", Properties: props("fileName")}
	pages := []*Page{page("v1.0/resources/entity.md", entity), page("v1.0/resources/mobileapp.md", app), page("v1.0/resources/lobapp.md", lob)}
	types, _ := BuildTypes(pages)
	api := func(file string, params ...string) *Page {
		var ps []Param
		for _, n := range params {
			ps = append(ps, Param{Name: n, Type: TypeRef{Name: "String"}})
		}
		return &Page{File: file, Version: VersionV1, Kind: KindAPI,
			Routes:      []Route{{Method: "POST", Path: "/deviceAppManagement/" + file}},
			RequestBody: &Body{Kind: BodyResource, Type: TypeRef{Name: "mobileApp", Link: "../resources/mobileapp.md"}, Parameters: ps}}
	}
	assign := api("assign.md", "assignments")
	stray := api("stray.md", "displayName", "Onboarding")
	derived := api("derived.md", "displayName", "fileName")
	m := &Model{Pages: append(pages, assign, stray, derived), Types: types}
	ResolveTypes(m)
	codes := map[string]int{}
	for _, d := range BodyTables(m) {
		codes[d.Code]++
	}
	if assign.RequestBody.Kind != BodyParameters || assign.RequestBody.Type.Target != "" {
		t.Errorf("assign: body %s %+v, want the table (parameters, no type)", assign.RequestBody.Kind, assign.RequestBody.Type)
	}
	if stray.RequestBody.Kind != BodyResource || derived.RequestBody.Kind != BodyResource {
		t.Errorf("stray %s, derived %s: want both to keep the resource body", stray.RequestBody.Kind, derived.RequestBody.Kind)
	}
	if len(codes) != 2 || codes["body-table-not-type"] != 1 || codes["body-table-extra"] != 1 {
		t.Errorf("diagnostics %v, want one body-table-not-type and one body-table-extra", codes)
	}
}
