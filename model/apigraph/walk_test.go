package apigraph_test

import (
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
	"github.com/graphsdkgen/graphsdkgen/model/apigraph"
)

func TestAddress(t *testing.T) {
	g := apigraph.Build(testModel())
	tests := []struct {
		method, path string
		kind         string
		typ          string // qualified name without microsoft.graph., or primitive
		collection   bool
	}{
		// Roots: an entity set from its typed pages, /me from user-get, a
		// root whose page is untyped from a Methods table, a singleton
		// by name, a singleton as name + Root.
		{"GET", "/users", model.ResourceType, "user", true},
		{"GET", "/users/{id}", model.ResourceType, "user", false},
		{"GET", "/me", model.ResourceType, "user", false},
		{"GET", "/drives/{id}", model.ResourceType, "drive", false},
		{"GET", "/print/printers", model.ResourceType, "printer", true},
		{"GET", "/education/classes/{id}", model.ResourceType, "educationClass", false},
		// Navigation: single, collection, key, and a complex property path.
		{"GET", "/me/manager", model.ResourceType, "directoryObject", false},
		{"GET", "/users/{id}/messages", model.ResourceType, "message", true},
		{"GET", "/me/messages/{id}", model.ResourceType, "message", false},
		{"GET", "/me/mailboxSettings/automaticRepliesSetting", model.ResourceType, "automaticRepliesSetting", false},
		// A property of a derived type, and a cast.
		{"GET", "/me/messages/{id}/event", model.ResourceType, "event", false},
		{"GET", "/me/messages/microsoft.graph.eventMessage", model.ResourceType, "eventMessage", true},
		// Path addressing: root:/{path}: is a driveItem.
		{"GET", "/me/drive/root:/{path}:", model.ResourceType, "driveItem", false},
		{"GET", "/drives/{id}/root:/{path}:/children", model.ResourceType, "driveItem", true},
		// $value, a Stream property, $count, $ref.
		{"GET", "/me/photo/$value", model.ResourceStream, "", false},
		{"GET", "/drives/{id}/items/{id}/content", model.ResourceStream, "", false},
		{"GET", "/users/$count", model.ResourceCount, model.PrimInt32, false},
		{"GET", "/me/manager/$ref", model.ResourceRef, "directoryObject", false},
		{"GET", "/me/displayName", model.ResourcePrimitive, model.PrimString, false},
		// Functions and actions: the Methods row's type, or none.
		{"GET", "/users/delta", model.ResourceOperation, "user", true},
		{"GET", "/users/delta()", model.ResourceOperation, "user", true},
		{"POST", "/me/sendMail", model.ResourceOperation, "", false},
		// What the walk cannot follow.
		{"GET", "/nowhere/{id}", model.ResourceUnknown, "", false},
		{"GET", "/me/nothing/{id}", model.ResourceUnknown, "", false},
	}
	for _, tt := range tests {
		res := g.Address(model.VersionV1, route(tt.method, tt.path))
		got := res.Type.Target
		if res.Type.Primitive != "" {
			got = res.Type.Primitive
		}
		want := tt.typ
		if want != "" && res.Type.Primitive == "" {
			want = "microsoft.graph." + want
		}
		if res.Kind != tt.kind || got != want || res.Type.Collection != tt.collection {
			t.Errorf("%s %s: got %q %q collection=%v (stop %q), want %q %q collection=%v",
				tt.method, tt.path, res.Kind, got, res.Type.Collection, res.Stop, tt.kind, want, tt.collection)
		}
		if res.Kind == model.ResourceUnknown && res.Stop == "" {
			t.Errorf("%s %s: unknown without a reason", tt.method, tt.path)
		}
	}
	if res := g.Address(model.VersionV1, route("GET", "/me/messages")); res.Owner != "microsoft.graph.user" || res.Nav != "messages" {
		t.Errorf("owner and nav of /me/messages: %q %q", res.Owner, res.Nav)
	}
}

func TestIsAAndLookup(t *testing.T) {
	g := apigraph.Build(testModel())
	if !g.IsA(model.VersionV1, "microsoft.graph.eventMessage", "microsoft.graph.message") || g.IsA(model.VersionV1, "microsoft.graph.message", "microsoft.graph.eventMessage") {
		t.Error("IsA: eventMessage is a message, not the reverse")
	}
	if got := g.Lookup(model.VersionV1, "eventmessage"); got != "microsoft.graph.eventMessage" {
		t.Errorf("Lookup(eventmessage) = %q", got)
	}
}

// TestSpelling: the graph spells each followed property as its type does,
// whatever the route's case; the root, keys and what it does not follow
// stay "".
func TestSpelling(t *testing.T) {
	g := apigraph.Build(testModel())
	got := g.Spelling(model.VersionV1, route("GET", "/me/mailboxsettings/automaticrepliessetting"))
	want := []string{"", "mailboxSettings", "automaticRepliesSetting"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("segment %d: got %q, want %q", i, got[i], want[i])
		}
	}
	got = g.Spelling(model.VersionV1, route("GET", "/users/{id}/messages/{id}/nothing/x"))
	if want := []string{"", "", "messages", "", "", ""}; len(got) != len(want) || got[2] != "messages" || got[4] != "" {
		t.Errorf("got %q, want %q", got, want)
	}
}
