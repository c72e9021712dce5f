package apigraph_test

import (
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

func TestPathTypes(t *testing.T) {
	stream := &model.Response{Pos: model.Pos{Line: 40, Col: 1}, Status: 200, Kind: model.ResponseStream}
	untyped := &model.Response{Pos: model.Pos{Line: 40, Col: 1}, Status: 200, Kind: model.ResponseUnknown}
	m := testModel()
	m.Pages = append(m.Pages,
		// A derived type of the route's: the page is more specific.
		apiPage("eventmessage-get", object(ref("eventMessage", false)), route("GET", "/me/messages/{id}")),
		// A contradiction: the route's type stands.
		apiPage("user-get-manager", object(ref("event", false)), route("GET", "/me/manager")),
		// A base of the route's type gives way.
		apiPage("user-list-messages", object(ref("entity", true)), route("GET", "/me/messages")),
		// A collection where the route addresses one item.
		apiPage("chat-get", object(ref("driveItem", true)), route("GET", "/drives/{id}/items/{id}")),
		// A mixed page: JSON metadata and bytes.
		apiPage("profilephoto-get", stream, route("GET", "/me/photo"), route("GET", "/me/photo/$value")),
		// $value on a page that says nothing useful; a Stream property.
		apiPage("message-get-mime", untyped, route("GET", "/me/messages/{id}/$value")),
		apiPage("driveitem-get-content", &model.Response{Status: 200, Kind: model.ResponseNothing}, route("GET", "/drives/{id}/items/{id}/content")),
		// A function typed by its Methods row; one the walk cannot type.
		apiPage("user-delta", untyped, route("GET", "/users/delta()")),
		apiPage("user-mystery", untyped, route("GET", "/me/mystery()")),
		// A page documenting a property's owner lists the property's
		// route: the primitive stands.
		apiPage("user-get-mailboxsettings", object(ref("mailboxSettings", false)), route("GET", "/me/mailboxSettings/dateFormat")),
		// A route the graph cannot follow, ending in a key: one item.
		apiPage("chat-get-one", object(ref("event", true)), route("GET", "/me/chats/{id}")),
		// A list page whose Methods row says collection where the
		// relationship table does not.
		apiPage("user-list-approleassignedto", object(ref("appRoleAssignment", true)), route("GET", "/me/appRoleAssignedTo")),
	)
	diags := build(m)
	type want struct {
		kind, target string
		collection   bool
		prim         string
	}
	cases := map[string]want{
		"GET /me/messages/{id}":               {model.ResponseObject, "microsoft.graph.eventMessage", false, ""},
		"GET /me/manager":                     {model.ResponseObject, "microsoft.graph.directoryObject", false, ""},
		"GET /me/messages":                    {model.ResponseCollection, "microsoft.graph.message", true, ""},
		"GET /drives/{id}/items/{id}":         {model.ResponseObject, "microsoft.graph.driveItem", false, ""},
		"GET /drives/{id}":                    {model.ResponseObject, "microsoft.graph.drive", false, ""},
		"GET /me/photo":                       {model.ResponseObject, "microsoft.graph.profilePhoto", false, ""},
		"GET /me/photo/$value":                {model.ResponseStream, "", false, ""},
		"GET /me/messages/{id}/$value":        {model.ResponseStream, "", false, ""},
		"GET /drives/{id}/items/{id}/content": {model.ResponseStream, "", false, ""},
		"GET /users/delta()":                  {model.ResponseCollection, "microsoft.graph.user", true, ""},
		"GET /me/chats/{id}":                  {model.ResponseObject, "microsoft.graph.event", false, ""},
		"GET /me/mailboxSettings/dateFormat":  {model.ResponsePrimitive, "", false, model.PrimString},
		"GET /me/appRoleAssignedTo":           {model.ResponseCollection, "microsoft.graph.appRoleAssignment", true, ""},
	}
	pages := map[string]*model.Page{}
	for _, p := range m.Pages {
		pages[p.File] = p
	}
	for key, w := range cases {
		o := opByKey(m, key)
		if o == nil {
			t.Errorf("%s: no operation", key)
			continue
		}
		kind, typ := pages[o.Page].Response.Kind, pages[o.Page].Response.Type
		if o.ResponseKind != "" {
			kind = o.ResponseKind
		}
		if o.ResponseType != nil {
			typ = *o.ResponseType
		}
		if kind != w.kind || w.target != "" && (typ.Target != w.target || typ.Collection != w.collection) || w.prim != "" && typ.Primitive != w.prim {
			t.Errorf("%s (%s): got %s %s collection=%v, want %s %s collection=%v", key, o.Page, kind, typ.Target, typ.Collection, w.kind, w.target, w.collection)
		}
	}
	codes := map[string]int{}
	for _, d := range diags {
		codes[d.Pos.File+" "+d.Code]++
		if d.Code == "response-type-path" && d.Pos.Line != 40 {
			t.Errorf("%s: not at the response sentence", d)
		}
	}
	for _, k := range []string{
		"v1.0/api/user-get-manager.md response-type-path",
		"v1.0/api/chat-get.md response-shape-path",
		"v1.0/api/user-mystery.md response-untyped",
		"v1.0/api/user-get-mailboxsettings.md response-type-path",
		"v1.0/api/chat-get-one.md response-shape-path",
	} {
		if codes[k] != 1 {
			t.Errorf("want one %s, got %d (all: %v)", k, codes[k], codes)
		}
	}
	for _, k := range []string{"v1.0/api/eventmessage-get.md response-type-path", "v1.0/api/user-list-messages.md response-type-path", "v1.0/api/drive-get.md response-untyped", "v1.0/api/user-list-approleassignedto.md response-shape-path"} {
		if codes[k] != 0 {
			t.Errorf("unexpected %s", k)
		}
	}
}

func opByKey(m *model.Model, key string) *model.Operation {
	method, path, _ := strings.Cut(key, " ")
	return op(m, method, path)
}
