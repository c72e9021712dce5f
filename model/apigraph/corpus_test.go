package apigraph_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
	"github.com/graphsdkgen/graphsdkgen/parser"
)

// TestCorpusOwners loads the 2021 corpus (../shared relative to the
// repository root; skipped when absent or with -short) and checks the
// owners and result types of the routes issue 11 names, in both versions,
// and that at most 1% of GET operations stay untyped, each with a
// response-untyped diagnostic.
func TestCorpusOwners(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	t.Parallel()
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "graph-docs-2021")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no corpus at %s", dir)
	}
	m, err := parser.New().Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]*model.Page{}
	for _, p := range m.Pages {
		pages[p.File] = p
	}
	type want struct {
		method, path, page, kind, target string
	}
	for _, v := range []string{model.VersionV1, model.VersionBeta} {
		for _, w := range []want{
			{"GET", "/users/{id}", "user-get", model.ResponseObject, "user"},
			{"PATCH", "/users/{id}", "user-update", "", ""},
			{"DELETE", "/users/{id}", "user-delete", model.ResponseNothing, ""},
			{"GET", "/users", "user-list", model.ResponseCollection, "user"},
			{"POST", "/users", "user-post-users", model.ResponseObject, "user"},
			{"GET", "/me", "user-get", model.ResponseObject, "user"},
			{"GET", "/groups/{id}", "group-get", model.ResponseObject, "group"},
			{"GET", "/me/messages/{id}", "message-get", model.ResponseObject, "message"},
			{"GET", "/drives/{id}/items/{id}", "driveitem-get", model.ResponseObject, "driveItem"},
			{"GET", "/chats/{id}", "chat-get", model.ResponseObject, "chat"},
			{"GET", "/sites/{id}/lists", "list-list", model.ResponseCollection, "list"},
			{"GET", "/deviceManagement/managedDevices/{id}", "intune-devices-manageddevice-get", model.ResponseObject, "managedDevice"},
		} {
			o := findOp(m, v, w.method, w.path)
			if o == nil {
				t.Errorf("%s %s %s: no operation", v, w.method, w.path)
				continue
			}
			if want := v + "/api/" + w.page + ".md"; o.Page != want {
				t.Errorf("%s %s %s is owned by %s, want %s", v, w.method, w.path, o.Page, want)
			}
			kind, typ := result(o, pages[o.Page])
			if w.kind != "" && kind != w.kind {
				t.Errorf("%s %s %s: response kind %s, want %s", v, w.method, w.path, kind, w.kind)
			}
			if w.target != "" && typ.Target != "microsoft.graph."+w.target {
				t.Errorf("%s %s %s: response type %q, want %s", v, w.method, w.path, typ.Target, w.target)
			}
		}
	}
	gets, untyped := 0, 0
	for _, o := range m.Operations {
		if o.Method != "GET" {
			continue
		}
		gets++
		if kind, typ := result(o, pages[o.Page]); !typed(kind, typ) {
			untyped++
		}
	}
	diagnosed := 0
	for _, d := range m.Diagnostics {
		if d.Code == "response-untyped" {
			diagnosed++
		}
	}
	t.Logf("%d GET operations, %d untyped (%.2f%%), %d response-untyped diagnostics", gets, untyped, 100*float64(untyped)/float64(gets), diagnosed)
	if untyped*100 > gets {
		t.Errorf("%d of %d GET operations are untyped, more than 1%%", untyped, gets)
	}
	if diagnosed < untyped {
		t.Errorf("%d untyped GET operations but %d response-untyped diagnostics", untyped, diagnosed)
	}
}

func findOp(m *model.Model, version, method, path string) *model.Operation {
	for _, o := range m.Operations {
		if o.Version == version && model.RouteKey(o.Method, o.Path) == model.RouteKey(method, path) {
			return o
		}
	}
	return nil
}
