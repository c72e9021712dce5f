package names

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// BodyKind is the kind of the operation's request body (model.Body*), ""
// when its page has no body section. It is the page's, except:
//   - a POST or PUT of a $ref route takes a reference
//     ({"@odata.id": ...}), whatever the page calls its body;
//   - a body whose page gives the Content-Type request header a media type
//     other than JSON is raw bytes (POST /appCatalogs/teamsApps takes
//     application/zip).
func (o *Op) BodyKind() string {
	b := o.Page.RequestBody
	if b == nil {
		return ""
	}
	if o.refWrite() {
		return model.BodyReference
	}
	if b.Kind != model.BodyParameters && b.Kind != model.BodyNone && nonJSONContentType(o.Page) {
		return model.BodyBinary
	}
	return b.Kind
}

// SendsBody reports whether the operation's method sends the page's
// request body: a GET only where model.BodyOnReadRoute says so, a DELETE
// only a parameter table or what BodyOnReadRoute allows (Graph's DELETE
// takes no body; pages that mention @odata.id there mostly describe the
// POST that added the reference). The Go method and the OpenAPI operation
// both ask this.
func (o *Op) SendsBody() bool {
	if o.Page.RequestBody == nil {
		return false
	}
	m := o.Route.Method
	if m == "GET" || m == "DELETE" && o.BodyKind() != model.BodyParameters {
		return model.BodyOnReadRoute(o.Page, m)
	}
	return true
}

// refWrite reports whether the operation sends a reference: POST or PUT
// to a route ending in $ref, or a DELETE of one whose page sends the
// reference in its example (model.BodyOnReadRoute).
func (o *Op) refWrite() bool {
	segs := o.Route.Segments
	if len(segs) == 0 || segs[len(segs)-1].Kind != model.SegmentRef {
		return false
	}
	m := o.Route.Method
	return m == "POST" || m == "PUT" || m == "DELETE" && model.BodyOnReadRoute(o.Page, m)
}

// nonJSONContentType reports whether the page's request headers give
// Content-Type a media type other than JSON.
func nonJSONContentType(pg *model.Page) bool {
	for _, h := range pg.RequestHeaders {
		if !strings.EqualFold(h.Name, "Content-Type") {
			continue
		}
		v := strings.ToLower(strings.TrimSpace(h.Value))
		if mt, _, _ := strings.Cut(v, "."); strings.Count(mt, "/") == 1 && !strings.Contains(mt, "json") && !strings.Contains(mt, "{") {
			return true
		}
	}
	return false
}

// BodyRef is the type of the operation's request body: the operation's
// when it reconciles several pages (model.ReconcileOperationTypes), else
// the page's. A resource body the page leaves untyped ("supply the values
// for relevant fields that should be updated") takes the type its route
// addresses (Operation.Resource): the item a PATCH or PUT replaces, the
// item a POST adds to a collection. A reference or raw-bytes body (see
// BodyKind) has no type.
func (o *Op) BodyRef() model.TypeRef {
	switch o.BodyKind() {
	case "", model.BodyReference, model.BodyBinary, model.BodyNone:
		return model.TypeRef{}
	}
	if o.BodyType != nil {
		return *o.BodyType
	}
	t := o.Page.RequestBody.Type
	if t.IsResolved() || o.Page.RequestBody.Kind != model.BodyResource {
		return t
	}
	if rt, ok := routeItem(o); ok {
		return rt
	}
	return t
}

// routeItem is the type of the item a PATCH or PUT replaces or a POST adds
// to a collection, from what the route addresses.
func routeItem(o *Op) (model.TypeRef, bool) {
	res := o.Resource
	if res == nil || res.Kind != model.ResourceType || res.Type.Target == "" {
		return model.TypeRef{}, false
	}
	switch {
	case (o.Route.Method == "PATCH" || o.Route.Method == "PUT") && !res.Type.Collection:
		return res.Type, true
	case o.Route.Method == "POST" && res.Type.Collection:
		return res.Type.Elem(), true
	}
	return model.TypeRef{}, false
}
