package apigraph_test

import (
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
	"github.com/graphsdkgen/graphsdkgen/model/apigraph"
)

// build runs the model's operation stages over m with its resource graph.
func build(m *model.Model) []model.Diagnostic {
	ops, diags := model.BuildOperations(m.Pages, apigraph.Build(m))
	m.Operations = ops
	model.ReconcileOperationTypes(m)
	return append(diags, model.PathTypes(m)...)
}

func op(m *model.Model, method, path string) *model.Operation {
	for _, o := range m.Operations {
		if model.RouteKey(o.Method, o.Path) == model.RouteKey(method, path) {
			return o
		}
	}
	return nil
}

func TestOwnership(t *testing.T) {
	user, msg, dobj := ref("user", false), ref("message", false), ref("directoryObject", false)
	tests := []struct {
		name   string
		method string
		path   string
		pages  []*model.Page
		owner  string
	}{
		{"named for the type and verb beats an Intune copy listed first", "GET", "/users/{id}", []*model.Page{
			apiPage("intune-devices-user-get", object(user), route("GET", "/users/{usersId}")),
			apiPage("user-get", object(user), route("GET", "/users/{id}")),
		}, "user-get"},
		{"a query string documents a query, it does not claim the route", "GET", "/users/{id}", []*model.Page{
			apiPage("a-user-manager", object(dobj), route("GET", "/users/{id}?$expand=manager")),
			apiPage("user-get", object(user), route("GET", "/me"), route("GET", "/users/{id}")),
		}, "user-get"},
		{"an Intune page owns what no core page documents", "GET", "/users", []*model.Page{
			apiPage("intune-mam-user-list", object(ref("user", true)), route("GET", "/users")),
			apiPage("something-else", object(ref("user", true)), route("GET", "/me"), route("GET", "/users")),
		}, "intune-mam-user-list"},
		{"<type>-post-<collection>", "POST", "/users", []*model.Page{
			apiPage("intune-devices-user-create", object(user), route("POST", "/users")),
			apiPage("user-post-users", object(user), route("POST", "/users")),
		}, "user-post-users"},
		{"<owner>-list-<nav>", "GET", "/me/messages", []*model.Page{
			apiPage("message-delta", object(ref("message", true)), route("GET", "/me/messages")),
			apiPage("user-list-messages", object(ref("message", true)), route("GET", "/me/messages")),
		}, "user-list-messages"},
		{"the type's page beats a derived type's", "GET", "/me/messages/{id}", []*model.Page{
			apiPage("eventmessage-get", object(ref("eventMessage", false)), route("GET", "/me/messages/{id}")),
			apiPage("message-get", object(msg), route("GET", "/me/messages/{id}")),
		}, "message-get"},
		{"a derived type's page beats an unrelated page", "GET", "/me/messages/{id}", []*model.Page{
			apiPage("aaa-extended-property", object(ref("event", false)), route("GET", "/me/messages/{id}")),
			apiPage("eventmessage-get", object(ref("eventMessage", false)), route("GET", "/me/messages/{id}")),
		}, "eventmessage-get"},
		{"update and delete", "PATCH", "/users/{id}", []*model.Page{
			apiPage("intune-onboarding-user-update", object(user), route("PATCH", "/users/{id}")),
			apiPage("user-update", &model.Response{Kind: model.ResponseNothing, Status: 204}, route("PATCH", "/users/{id}")),
		}, "user-update"},
	}
	for _, tt := range tests {
		m := testModel()
		m.Pages = tt.pages
		// The roots come from these pages; keep /users and /me known.
		m.Pages = append(m.Pages, apiPage("zz-roots", object(user), route("GET", "/users/{id}"), route("GET", "/me")))
		build(m)
		o := op(m, tt.method, tt.path)
		if o == nil {
			t.Errorf("%s: no operation %s %s", tt.name, tt.method, tt.path)
			continue
		}
		if want := "v1.0/api/" + tt.owner + ".md"; o.Page != want {
			t.Errorf("%s: %s %s is owned by %s, want %s", tt.name, tt.method, tt.path, o.Page, want)
		}
	}
}

func TestOwnerTypesJoinOnlyWhenDerived(t *testing.T) {
	m := testModel()
	m.Pages = append(m.Pages,
		apiPage("opentypeextension-get", object(ref("event", false)), route("GET", "/users/{id}?$expand=extensions")),
		apiPage("message-get", object(ref("message", false)), route("GET", "/me/messages/{id}")),
		apiPage("eventmessage-get", object(ref("eventMessage", false)), route("GET", "/me/messages/{id}")),
		apiPage("intune-devices-user-update", object(ref("user", false)), route("PATCH", "/users/{id}")),
		apiPage("user-update", &model.Response{Kind: model.ResponseNothing, Status: 204}, route("PATCH", "/users/{id}")),
	)
	build(m)
	if o := op(m, "GET", "/users/{id}"); o.ResponseType != nil && o.ResponseType.Target != "microsoft.graph.user" {
		t.Errorf("GET /users/{id} returns %s: an unrelated page's type joined", o.ResponseType.Target)
	}
	if o := op(m, "GET", "/me/messages/{id}"); o.ResponseType == nil || o.ResponseType.Target != "microsoft.graph.message" {
		t.Errorf("GET /me/messages/{id} returns %+v, want message (eventMessage joins through its base)", o.ResponseType)
	}
	if o := op(m, "PATCH", "/users/{id}"); o.ResponseType != nil {
		t.Errorf("PATCH /users/{id} (204 on its owner) returns %+v from another page", o.ResponseType)
	}
}
