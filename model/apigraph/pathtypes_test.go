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
	)
	diags := build(m)
	type want struct {
		kind, target string
		collection   bool
	}
	cases := map[string]want{
		"GET /me/messages/{id}":               {model.ResponseObject, "microsoft.graph.eventMessage", false},
		"GET /me/manager":                     {model.ResponseObject, "microsoft.graph.directoryObject", false},
		"GET /me/messages":                    {model.ResponseCollection, "microsoft.graph.message", true},
		"GET /drives/{id}/items/{id}":         {model.ResponseObject, "microsoft.graph.driveItem", false},
		"GET /drives/{id}":                    {model.ResponseObject, "microsoft.graph.drive", false},
		"GET /me/photo":                       {model.ResponseObject, "microsoft.graph.profilePhoto", false},
		"GET /me/photo/$value":                {model.ResponseStream, "", false},
		"GET /me/messages/{id}/$value":        {model.ResponseStream, "", false},
		"GET /drives/{id}/items/{id}/content": {model.ResponseStream, "", false},
		"GET /users/delta()":                  {model.ResponseCollection, "microsoft.graph.user", true},
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
		if kind != w.kind || w.target != "" && (typ.Target != w.target || typ.Collection != w.collection) {
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
	} {
		if codes[k] != 1 {
			t.Errorf("want one %s, got %d (all: %v)", k, codes[k], codes)
		}
	}
	for _, k := range []string{"v1.0/api/eventmessage-get.md response-type-path", "v1.0/api/user-list-messages.md response-type-path", "v1.0/api/drive-get.md response-untyped"} {
		if codes[k] != 0 {
			t.Errorf("unexpected %s", k)
		}
	}
}

func opByKey(m *model.Model, key string) *model.Operation {
	method, path, _ := strings.Cut(key, " ")
	return op(m, method, path)
}
