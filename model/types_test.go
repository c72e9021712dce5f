package model

import (
	"slices"
	"testing"
)

func page(file string, types ...*Type) *Page {
	for _, t := range types {
		t.Page, t.Version = file, VersionV1
	}
	return &Page{File: file, Version: VersionV1, Kind: KindResource, Types: types}
}

func props(names ...string) []Property {
	var out []Property
	for _, n := range names {
		out = append(out, Property{Name: n, Type: TypeRef{Name: "String"}})
	}
	return out
}

func TestBuildTypes(t *testing.T) {
	entity := &Type{Name: "entity", Kind: TypeEntity, Key: "id", Properties: props("id")}
	app := &Type{Name: "mobileApp", Kind: TypeComplex, Base: "entity", Properties: props("displayName")}
	lob := &Type{Name: "lobApp", Kind: TypeComplex, Base: "microsoft.graph.mobileApp", Properties: props("fileName")}
	// The same type on two pages: the page named after it owns it and gains
	// what only the other lists.
	catA := &Type{Name: "deviceCategory", Kind: TypeEntity, Properties: props("id", "displayName")}
	catB := &Type{Name: "deviceCategory", Kind: TypeEntity, Properties: props("id", "description")}
	orphan := &Type{Name: "orphan", Kind: TypeComplex, Base: "missing"}
	loopA := &Type{Name: "loopA", Base: "loopB", Kind: TypeComplex}
	loopB := &Type{Name: "loopB", Base: "loopA", Kind: TypeComplex}
	pages := []*Page{
		page("v1.0/resources/entity.md", entity), page("v1.0/resources/mobileapp.md", app),
		page("v1.0/resources/lobapp.md", lob), page("v1.0/resources/devicecategory.md", catA),
		page("v1.0/resources/intune-onboarding-devicecategory.md", catB), page("v1.0/resources/orphan.md", orphan),
		page("v1.0/resources/loop.md", loopA, loopB),
	}
	types, diags := BuildTypes(pages)
	if len(types) != 7 {
		t.Fatalf("%d types, want 7", len(types))
	}
	if app.Base != "microsoft.graph.entity" || app.Kind != TypeEntity || lob.Kind != TypeEntity {
		t.Errorf("base chain: mobileApp base %q kind %s, lobApp kind %s", app.Base, app.Kind, lob.Kind)
	}
	var names []string
	for _, p := range catA.Properties {
		names = append(names, p.Name)
	}
	if !slices.Equal(names, []string{"id", "displayName", "description"}) {
		t.Errorf("merged properties %v", names)
	}
	if orphan.Base != "" || loopA.Base != "" && loopB.Base != "" {
		t.Errorf("unresolved or cyclic bases must be dropped: %q %q %q", orphan.Base, loopA.Base, loopB.Base)
	}
	codes := map[string]int{}
	for _, d := range diags {
		codes[d.Code]++
	}
	if codes["duplicate-type"] != 1 || codes["base-unresolved"] != 1 || codes["base-cycle"] != 1 {
		t.Errorf("diagnostics %v", codes)
	}

	// Resolution and reconciliation of one route on two pages.
	api := func(file, body string) *Page {
		return &Page{File: file, Version: VersionV1, Kind: KindAPI,
			Routes:      []Route{{Method: "PATCH", Path: "/deviceAppManagement/mobileApps/{id}"}},
			RequestBody: &Body{Kind: BodyResource, Type: TypeRef{Name: body, Link: "../resources/" + body + ".md"}},
			Response:    &Response{Kind: ResponseObject, Type: TypeRef{Name: "string"}}}
	}
	// One page that offers alternatives: "a [lobApp] or [mobileApp] object".
	alt := api("v1.0/api/c.md", "lobApp")
	alt.Routes[0] = Route{Method: "POST", Path: "/deviceAppManagement/mobileApps"}
	alt.RequestBody.Alternatives = []TypeRef{{Name: "mobileApp", Link: "../resources/mobileapp.md"}}
	alt.Response = &Response{Kind: ResponseObject, Type: TypeRef{Name: "lobApp"}, Alternatives: []TypeRef{{Name: "mobileApp"}}}
	m := &Model{Pages: append(pages, api("v1.0/api/a.md", "lobApp"), api("v1.0/api/b.md", "mobileApp"), alt)}
	m.Types = types
	m.Operations, _ = BuildOperations(m.Pages, nil)
	st, rdiags := ResolveTypes(m)
	ReconcileOperationTypes(m)
	if st.BodiesResolved != 3 || len(rdiags) != 0 {
		t.Errorf("bodies resolved %d, diags %v", st.BodiesResolved, rdiags)
	}
	if m.Pages[len(m.Pages)-2].Response.Type.Primitive != PrimString {
		t.Errorf("string must resolve to the String primitive")
	}
	for _, op := range m.Operations {
		if op.BodyType == nil || op.BodyType.Target != "microsoft.graph.mobileApp" {
			t.Errorf("%s %s: reconciled body type %+v, want the common base mobileApp", op.Method, op.Path, op.BodyType)
		}
		if op.Method == "POST" && (op.ResponseType == nil || op.ResponseType.Target != "microsoft.graph.mobileApp") {
			t.Errorf("POST: response type %+v, want the common base of the alternatives, mobileApp", op.ResponseType)
		}
	}
	if len(m.Operations) != 2 {
		t.Errorf("%d operations, want 2", len(m.Operations))
	}
	if !ValueWrapped(Route{}, TypeRef{Primitive: PrimInt32}, false) || ValueWrapped(Route{Segments: []Segment{{Kind: SegmentCount}}}, TypeRef{Primitive: PrimInt32}, false) {
		t.Error("ValueWrapped: a primitive result is wrapped, $count is not")
	}
}

// A route whose pages name types with no common base takes the one its
// collection segment names (POST /me/messages: message, not the extended
// property a page on extended properties posts with it).
func TestReconcileByCollection(t *testing.T) {
	app := &Type{Name: "mobileApp", Kind: TypeEntity, Properties: props("displayName")}
	cat := &Type{Name: "deviceCategory", Kind: TypeEntity, Properties: props("description")}
	pages := []*Page{page("v1.0/resources/mobileapp.md", app), page("v1.0/resources/devicecategory.md", cat)}
	types, _ := BuildTypes(pages)
	api := func(file, body string) *Page {
		return &Page{File: file, Version: VersionV1, Kind: KindAPI,
			Routes:      []Route{{Method: "POST", Path: "/deviceManagement/deviceCategories", Segments: []Segment{{Kind: SegmentLiteral, Name: "deviceManagement"}, {Kind: SegmentLiteral, Name: "deviceCategories"}}}},
			RequestBody: &Body{Kind: BodyResource, Type: TypeRef{Name: body}}}
	}
	// a.md sorts first, but b.md is about the collection and owns the route.
	m := &Model{Pages: append(pages, api("v1.0/api/a.md", "mobileApp"), api("v1.0/api/b.md", "deviceCategory")), Types: types}
	m.Operations, _ = BuildOperations(m.Pages, nil)
	ResolveTypes(m)
	ReconcileOperationTypes(m)
	if len(m.Operations) != 1 || m.Operations[0].Page != "v1.0/api/b.md" {
		t.Fatalf("operations %+v, want one owned by b.md", m.Operations)
	}
	if bt := m.Operations[0].BodyType; bt == nil || bt.Target != "microsoft.graph.deviceCategory" {
		t.Errorf("body type %+v, want deviceCategory, which the collection segment names", bt)
	}
	// Reconciling alone, whatever the order.
	a, b := m.Pages[2].RequestBody.Type, m.Pages[3].RequestBody.Type
	for _, refs := range [][]TypeRef{{a, b}, {b, a}} {
		if got, ok := reconcile(newTypeIndex(types), VersionV1, m.Pages[2].Routes[0], refs); !ok || got.Target != "microsoft.graph.deviceCategory" {
			t.Errorf("reconcile(%s, %s) = %+v, %v", refs[0].Name, refs[1].Name, got, ok)
		}
	}
}

// TestLinkDisagreesWithText: "[message](../resources/chatmessage.md)"
// names the Outlook message type in its text and links chatMessage's page:
// the link wins, with a type-link-disagrees warning at the reference; a
// text that names no type takes the link silently; text and link that
// agree resolve silently.
func TestLinkDisagreesWithText(t *testing.T) {
	msg := &Type{Name: "message", Kind: TypeEntity}
	chat := &Type{Name: "chatMessage", Kind: TypeEntity}
	body := func(file, name, link string) *Page {
		return &Page{File: file, Version: VersionV1, Kind: KindAPI,
			Routes:      []Route{{Method: "POST", Path: "/teams/{id}/channels/{id}/messages/{id}/replies"}},
			RequestBody: &Body{Kind: BodyResource, Type: TypeRef{Name: name, Link: link}, Pos: Pos{File: file, Line: 44, Col: 1}}}
	}
	pages := []*Page{page("v1.0/resources/message.md", msg), page("v1.0/resources/chatmessage.md", chat),
		body("v1.0/api/a.md", "message", "../resources/chatmessage.md"),
		body("v1.0/api/b.md", "reply", "../resources/chatmessage.md"),
		body("v1.0/api/c.md", "chatMessage", "../resources/chatmessage.md")}
	types, _ := BuildTypes(pages)
	m := &Model{Pages: pages, Types: types}
	_, diags := ResolveTypes(m)
	for _, p := range pages[2:] {
		if got := p.RequestBody.Type.Target; got != "microsoft.graph.chatMessage" {
			t.Errorf("%s: body %q, want microsoft.graph.chatMessage", p.File, got)
		}
	}
	if len(diags) != 1 || diags[0].Code != "type-link-disagrees" || diags[0].Pos.File != "v1.0/api/a.md" ||
		diags[0].Message != "the text names type microsoft.graph.message but links ../resources/chatmessage.md, which defines microsoft.graph.chatMessage; typed as the link's chatMessage (fix the text or the link)" {
		t.Errorf("diagnostics %v", diags)
	}
}

// TestDerivedKindFollowsRoot: a type the parser calls an entity only for
// an id beside its base takes its complex root's kind (labelDetails,
// derived from the complex parentLabelDetails); one with methods of its
// own stays an entity; a complex type derived from an entity is one.
func TestDerivedKindFollowsRoot(t *testing.T) {
	identity := &Type{Name: "identity", Kind: TypeComplex, Properties: props("id", "displayName")}
	user := &Type{Name: "userIdentity", Kind: TypeEntity, Base: "identity", Properties: props("id", "ipAddress")}
	grandchild := &Type{Name: "auditUserIdentity", Kind: TypeEntity, Base: "userIdentity", Properties: props("id", "homeTenantId")}
	withMethods := &Type{Name: "openIdentity", Kind: TypeEntity, Base: "identity", Properties: props("id"),
		Methods: []Method{{Name: "Get openIdentity"}}}
	entity := &Type{Name: "entity", Kind: TypeEntity, Key: "id", Properties: props("id")}
	loose := &Type{Name: "thing", Kind: TypeComplex, Base: "entity", Properties: props("name")}
	types, diags := BuildTypes([]*Page{page("v1.0/resources/identity.md", identity), page("v1.0/resources/useridentity.md", user),
		page("v1.0/resources/audituseridentity.md", grandchild), page("v1.0/resources/openidentity.md", withMethods),
		page("v1.0/resources/entity.md", entity), page("v1.0/resources/thing.md", loose)})
	if len(types) != 6 || len(diags) != 0 {
		t.Fatalf("%d types, diagnostics %v", len(types), diags)
	}
	for ty, want := range map[*Type]string{identity: TypeComplex, user: TypeComplex, grandchild: TypeComplex, withMethods: TypeEntity, loose: TypeEntity} {
		if ty.Kind != want {
			t.Errorf("%s: %s, want %s", ty.Name, ty.Kind, want)
		}
	}
}
