package examplecheck

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// where places findings inside one example body.
type where struct {
	what    string // "request body", "response body"
	start   model.Pos
	text    string
	offsets map[string]int // nil when the body is repaired JSON
	root    root
	value   any
}

// pos is the position of the member at pointer, else the body's start.
func (w *where) pos(pointer []string) model.Pos {
	for p := pointer; w.offsets != nil; p = p[:len(p)-1] {
		if off, ok := w.offsets[pointerKey(p)]; ok {
			return posAt(w.start, w.text, off)
		}
		if len(p) == 0 {
			break
		}
	}
	return w.start
}

func newWhere(what string, at, bodyPos model.Pos, text string, js json.RawMessage, repaired bool, r root) (*where, bool) {
	var v any
	if js == nil || json.Unmarshal(js, &v) != nil {
		return nil, false
	}
	w := &where{what: what, start: bodyPos, text: text, root: r, value: v}
	if w.start.Line == 0 {
		w.start = at
	}
	if !repaired {
		w.offsets = memberOffsets(text)
	}
	return w, true
}

// requestBody checks the example's request body against the operation's.
func (x typeIndex) requestBody(e *Example, op *openapi3.Operation) []model.Diagnostic {
	o := e.Op
	req := e.Page.Examples[e.Index].Request
	var cite model.Pos
	if b := o.Page.RequestBody; b != nil {
		cite = b.Pos
	}
	// An empty object is no body: it says nothing the page contradicts.
	empty := emptyObject(req.JSON)
	has := strings.TrimSpace(req.Body) != "" && !empty
	if op.RequestBody == nil || op.RequestBody.Value == nil {
		if b := e.Page.RequestBody; b != nil && (len(b.Parameters) > 0 || b.Kind != model.BodyNone && b.Kind != model.BodyUnknown) {
			// The example's page documents a body the operation does not
			// take (another page owns the route, or the method drops it):
			// the generator's gap, not the page's.
			return nil
		}
		if empty {
			// Ambiguous: "does not require a request body" permits {},
			// and Graph reads {} and no body alike; the client sends none.
			return []model.Diagnostic{finding(req.Pos, CodeBodyEmpty,
				fmt.Sprintf("example %d sends {} to %s %s, which the page documents without a body", e.Index+1, o.Route.Method, o.Route.Path), cite, o.Route.Pos)}
		}
		if has {
			return []model.Diagnostic{finding(req.Pos, CodeBodyUnexpected,
				fmt.Sprintf("example %d sends a body to %s %s, which the page documents without one", e.Index+1, o.Route.Method, o.Route.Path), cite, o.Route.Pos)}
		}
		return nil
	}
	rb := op.RequestBody.Value
	if empty && o.Page.RequestBody != nil && strings.Contains(strings.ReplaceAll(o.Page.RequestBody.Text, " ", ""), "{}") {
		// The page allows {} ("To disable an API connector, the value can
		// be {}", "provide an empty json {}"): the example sends it.
		return nil
	}
	if !has {
		if b := o.Page.RequestBody; b != nil && b.Kind == model.BodyParameters {
			// A parameter table may be all optional ("you may optionally
			// include"): only a required row makes the body required.
			for _, p := range b.Parameters {
				if p.Required {
					return []model.Diagnostic{finding(req.Pos, CodeBodyMissing,
						fmt.Sprintf("example %d sends no body; the page requires %q", e.Index+1, p.Name), p.Pos)}
				}
			}
			return nil
		}
		if rb.Required {
			return []model.Diagnostic{finding(req.Pos, CodeBodyMissing,
				fmt.Sprintf("example %d sends no body; the page documents one", e.Index+1), cite)}
		}
		return nil
	}
	mt := rb.Content.Get("application/json")
	if mt == nil || mt.Schema == nil || mt.Schema.Value == nil {
		return nil // raw bytes
	}
	r := root{decl: cite, ref: o.BodyRef()}
	// The body is the page's table when no type of the version is the
	// operation's body type (entity, the common base of pages that share
	// the route, is not one the client types a body by): the client's
	// method takes the table then.
	if b := o.Page.RequestBody; b != nil && (r.ref.Target == "" || r.ref.Collection || x.typ(r.ref) == nil) {
		r.ref = model.TypeRef{}
		if b.Kind == model.BodyParameters || b.Kind == model.BodyResource {
			r.params = b.Parameters
			if r.params == nil {
				r.params = []model.Param{}
			}
		}
	}
	w, ok := newWhere("request body", req.Pos, req.BodyPos, req.Body, req.JSON, req.JSONRepaired, r)
	if !ok {
		return nil
	}
	out := x.schemaFindings(e, w, mt.Schema.Value, openapi3.VisitAsRequest())
	if o.BodyKind() == model.BodyReference {
		out = append(out, refFindings(e, w)...)
	}
	strict := o.Page.RequestBody != nil && o.Page.RequestBody.Kind == model.BodyParameters
	return unique(append(out, x.members(e, w, strict)...))
}

// response checks the example's response status and body.
func (x typeIndex) response(e *Example, op *openapi3.Operation) []model.Diagnostic {
	o := e.Op
	resp := e.Page.Examples[e.Index].Response
	var cite model.Pos
	if o.Page.Response != nil {
		cite = o.Page.Response.Pos
	}
	if resp.Status >= 300 {
		return nil // redirects and errors: the default error response
	}
	r := op.Responses.Status(resp.Status)
	if r == nil || r.Value == nil {
		var documented []string
		for k := range op.Responses.Map() {
			if k != "default" {
				documented = append(documented, k)
			}
		}
		slices.Sort(documented) // map order is random; output is deterministic
		if o.Page.Response != nil {
			for _, c := range o.Page.Response.Codes {
				if c == resp.Status {
					return nil
				}
			}
		}
		return []model.Diagnostic{finding(resp.Pos, CodeStatus,
			fmt.Sprintf("example %d answers %d; the page documents %s", e.Index+1, resp.Status, strings.Join(documented, ", ")), cite)}
	}
	mt := r.Value.Content.Get("application/json")
	if mt == nil || mt.Schema == nil || mt.Schema.Value == nil {
		return nil
	}
	ref := o.ResponseRef()
	if t := x.annotated(resp.ODataType); t != nil && x.derives(t, x.typ(ref.Elem())) {
		// The fence's annotation names the derived type the example holds.
		ref = model.TypeRef{Name: t.Name, Target: t.QualifiedName(), Collection: ref.Collection}
	}
	rt := root{decl: cite, ref: ref}
	schema := mt.Schema.Value
	var out []model.Diagnostic
	if _, wrapped := schema.Properties["value"]; wrapped && mt.Schema.Ref == "" {
		// {"value": …}: a collection, or a primitive or enum result.
		rt = root{decl: cite, params: []model.Param{{Pos: cite, Name: "value", Type: ref}}}
	} else if wrappedObject(resp.JSON) {
		// {"value": {…}} for one object, as the Intune pages write it.
		out = append(out, finding(resp.Pos, CodeValueWrapped,
			fmt.Sprintf("example %d wraps the %s it returns in \"value\"; the page returns the object itself", e.Index+1, ref.Name), cite))
		rt = root{decl: cite, params: []model.Param{{Pos: cite, Name: "value", Type: ref}}}
		schema = openapi3.NewObjectSchema().WithPropertyRef("value", mt.Schema)
	}
	w, ok := newWhere("response body", resp.Pos, resp.BodyPos, resp.Body, resp.JSON, resp.JSONRepaired, rt)
	if !ok {
		return out
	}
	out = append(out, x.schemaFindings(e, w, schema, openapi3.VisitAsResponse())...)
	return unique(append(out, x.members(e, w, false)...))
}

// wrappedObject reports whether a response body is {"value": {…}} and
// nothing else but annotations.
func wrappedObject(js json.RawMessage) bool {
	var obj map[string]json.RawMessage
	if json.Unmarshal(js, &obj) != nil {
		return false
	}
	v, ok := obj["value"]
	if !ok || !strings.HasPrefix(strings.TrimSpace(string(v)), "{") {
		return false
	}
	for k := range obj {
		if k != "value" && !strings.HasPrefix(k, "@") {
			return false
		}
	}
	return true
}

// unique drops repeated findings (the schema's "required" and the member
// walk both see a member spelled in another case).
func unique(ds []model.Diagnostic) []model.Diagnostic {
	seen := map[string]bool{}
	return slices.DeleteFunc(ds, func(d model.Diagnostic) bool {
		k := d.Pos.String() + " " + d.Code + " " + d.Message
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
}

// emptyObject reports whether a body is the JSON object {}.
func emptyObject(js json.RawMessage) bool {
	var obj map[string]json.RawMessage
	return json.Unmarshal(js, &obj) == nil && obj != nil && len(obj) == 0
}

// refFindings checks a reference body's @odata.id: a URL or path as
// written, without spaces around it (the client sends the reference it is
// given, trimmed, so " https://…" is not what the example shows).
func refFindings(e *Example, w *where) []model.Diagnostic {
	obj, _ := w.value.(map[string]any)
	id, ok := obj["@odata.id"].(string)
	if !ok || id == strings.TrimSpace(id) {
		return nil
	}
	return []model.Diagnostic{finding(w.pos([]string{"@odata.id"}), CodeValue,
		fmt.Sprintf("example %d: %s at /@odata.id: %q has spaces around the reference", e.Index+1, w.what, id), w.root.decl)}
}
