package apigraph_test

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// figureRoutes are the routes whose owners and result types Figures
// reports (issue 11).
var figureRoutes = []string{
	"GET /users/{id}", "PATCH /users/{id}", "DELETE /users/{id}", "GET /users", "POST /users",
	"GET /me", "GET /groups/{id}", "GET /me/messages/{id}", "GET /drives/{id}/items/{id}",
	"GET /chats/{id}", "GET /sites/{id}/lists", "GET /deviceManagement/managedDevices/{id}",
}

// TestFigures prints, for the model JSON that GRAPHSDKGEN_MODEL_JSON
// names (`graphsdkgen model -o FILE CORPUS`), the share of GET operations
// whose result is untyped or missing and the owners and result types of
// figureRoutes. It reads the JSON only, so it measures older models too.
func TestFigures(t *testing.T) {
	file := os.Getenv("GRAPHSDKGEN_MODEL_JSON")
	if file == "" {
		t.Skip("GRAPHSDKGEN_MODEL_JSON is not set")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var m model.Model
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	pages := map[string]*model.Page{}
	for _, p := range m.Pages {
		pages[p.File] = p
	}
	diagAt := map[string]bool{} // page file (relative) + ":" + code
	for _, d := range m.Diagnostics {
		for f := d.Pos.File; f != ""; {
			if pages[f] != nil {
				diagAt[f+":"+d.Code] = true
				break
			}
			_, f, _ = strings.Cut(f, "/")
		}
	}
	type tally struct{ gets, untyped, diagnosed int }
	byVersion := map[string]*tally{}
	var examples []string
	for _, op := range m.Operations {
		pg := pages[op.Page]
		if op.Method != "GET" || pg == nil {
			continue
		}
		tl := byVersion[op.Version]
		if tl == nil {
			tl = &tally{}
			byVersion[op.Version] = tl
		}
		tl.gets++
		kind, typ := result(op, pg)
		if typed(kind, typ) {
			continue
		}
		tl.untyped++
		if diagAt[pg.File+":response-untyped"] || diagAt[pg.File+":response-type"] || diagAt[pg.File+":type-unresolved"] || diagAt[pg.File+":response-section-missing"] {
			tl.diagnosed++
		}
		if len(examples) < 40 && op.Version == model.VersionV1 {
			examples = append(examples, fmt.Sprintf("%s %s (%s, %s %q)", op.Method, op.Path, op.Page, kind, typ.Name))
		}
	}
	for _, v := range []string{model.VersionV1, model.VersionBeta} {
		tl := byVersion[v]
		if tl == nil {
			continue
		}
		t.Logf("%s: %d GET operations, %d untyped or missing (%.2f%%), %d of them on a page with a diagnostic",
			v, tl.gets, tl.untyped, 100*float64(tl.untyped)/float64(tl.gets), tl.diagnosed)
	}
	t.Logf("some untyped v1.0 GETs:\n  %s", strings.Join(examples, "\n  "))
	for _, v := range []string{model.VersionV1, model.VersionBeta} {
		for _, want := range figureRoutes {
			method, path, _ := strings.Cut(want, " ")
			i := slices.IndexFunc(m.Operations, func(op *model.Operation) bool {
				return op.Version == v && model.RouteKey(op.Method, op.Path) == model.RouteKey(method, path)
			})
			if i < 0 {
				t.Logf("%s %-45s (none)", v, want)
				continue
			}
			op := m.Operations[i]
			kind, typ := result(op, pages[op.Page])
			t.Logf("%s %-45s %-45s %s %s", v, want, op.Page, kind, describe(typ))
		}
	}
}

// result is the operation's response kind and type: the operation's own
// when the model sets them, else its page's.
func result(op *model.Operation, pg *model.Page) (string, model.TypeRef) {
	kind := model.ResponseUnknown
	var typ model.TypeRef
	if pg.Response != nil {
		kind, typ = pg.Response.Kind, pg.Response.Type
	}
	if op.ResponseType != nil {
		typ = *op.ResponseType
	}
	if op.ResponseKind != "" {
		kind = op.ResponseKind
	}
	if op.Route < len(pg.Routes) {
		if segs := pg.Routes[op.Route].Segments; len(segs) > 0 && segs[len(segs)-1].Kind == model.SegmentValue {
			kind = model.ResponseStream
		}
	}
	return kind, typ
}

func typed(kind string, typ model.TypeRef) bool {
	switch kind {
	case model.ResponseStream, model.ResponseRedirect:
		return true
	case model.ResponseNothing, model.ResponseUnknown:
		return false
	}
	return typ.Target != "" || typ.Primitive != "" && typ.Primitive != model.PrimJSON
}

func describe(t model.TypeRef) string {
	n := t.Target
	if n == "" {
		n = t.Primitive
	}
	if n == "" {
		n = "untyped"
	}
	if t.Collection {
		return "collection of " + n
	}
	return n
}
