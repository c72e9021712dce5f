package model

import (
	"slices"
	"strings"
)

// ReconcileOperationTypes gives an operation the body and response types
// that all its pages accept: when the pages that document it
// (Operation.AlsoIn) name different types (PATCH
// /deviceAppManagement/mobileApps/{id} is documented once per kind of app),
// or a page names alternatives ("an [ipNamedLocation] or
// [countryNamedLocation] object"), the operation takes and returns their
// nearest common base type (mobileApp, namedLocation), so that every
// example fits it. When the resource graph knows the route's type
// (Operation.Resource), another page's type joins only when it is that
// type or derives from it: GET /groups/{id} documented by the open
// extension page, which names openTypeExtension, stays a group. Pages that
// agree, or name no resolved type, leave the operation's types to its
// owning page, as does an owner whose response is nothing (204). Then PathTypes checks the result against the route.
func ReconcileOperationTypes(m *Model) {
	pages := map[string]*Page{}
	for _, p := range m.Pages {
		pages[p.File] = p
	}
	ix := newTypeIndex(m.Types)
	for _, op := range m.Operations {
		var route Route
		if p := pages[op.Page]; p != nil && op.Route < len(p.Routes) {
			route = p.Routes[op.Route]
		}
		item, known := pathItem(op, route)
		// An owner that returns nothing (204) is not given another
		// page's response type.
		silent := false
		if p := pages[op.Page]; p != nil && p.Response != nil && p.Response.Kind == ResponseNothing {
			silent = true
		}
		var bodies, responses []TypeRef
		for i, f := range append([]string{op.Page}, op.AlsoIn...) {
			p := pages[f]
			if p == nil {
				continue
			}
			joins := func(t TypeRef) bool {
				return i == 0 || !known || isA(ix, ix.Type(op.Version, t.Target), ix.Type(op.Version, item.Target))
			}
			if b := p.RequestBody; b != nil && b.Type.Target != "" && joins(b.Type) {
				bodies = append(bodies, b.Type)
				bodies = appendResolved(bodies, b.Alternatives)
			}
			if rs := p.Response; rs != nil && rs.Type.Target != "" && joins(rs.Type) && !silent {
				responses = append(responses, rs.Type)
				responses = appendResolved(responses, rs.Alternatives)
			}
		}
		if t, ok := reconcile(ix, op.Version, route, bodies); ok {
			op.BodyType = &t
		}
		if t, ok := reconcile(ix, op.Version, route, responses); ok {
			op.ResponseType = &t
		}
	}
}

// reconcile is commonType, and when the types have no common base, the one
// the route's collection names: of POST /me/messages, documented with a
// message by user-post-messages and with an extended property by the
// pages on extended properties, the body is the message. A type matches
// the last literal segment when the segment is its name or its plural
// (+s, +es, y → ies), ignoring case; otherwise nothing is reconciled and
// the owning page's types stand.
func reconcile(ix *TypeIndex, version string, r Route, refs []TypeRef) (TypeRef, bool) {
	if t, ok := commonType(ix, version, refs); ok {
		return t, true
	}
	if len(refs) < 2 {
		return TypeRef{}, false
	}
	for _, ref := range refs {
		if namesCollection(r, ref.Name) {
			return ref, true
		}
	}
	return TypeRef{}, false
}

// namesCollection reports whether the route's last literal segment is the
// type name or its plural (+s, +es, y → ies), ignoring case: messages for
// message, deviceCategories for deviceCategory.
func namesCollection(r Route, typeName string) bool {
	seg := ""
	for _, s := range r.Segments {
		if s.Kind == SegmentLiteral {
			seg = strings.ToLower(s.Name)
		}
	}
	n := strings.ToLower(typeName)
	if seg == "" || n == "" {
		return false
	}
	return seg == n || seg == n+"s" || seg == n+"es" || strings.HasSuffix(n, "y") && seg == n[:len(n)-1]+"ies"
}

// appendResolved appends the refs that name a defined type.
func appendResolved(to, refs []TypeRef) []TypeRef {
	for _, r := range refs {
		if r.Target != "" {
			to = append(to, r)
		}
	}
	return to
}

// commonType returns the nearest common base of refs when they name more
// than one type (all collections or all single values); ok is false when
// they agree or cannot be reconciled.
func commonType(ix *TypeIndex, version string, refs []TypeRef) (TypeRef, bool) {
	if len(refs) < 2 {
		return TypeRef{}, false
	}
	distinct := map[string]bool{}
	for _, r := range refs {
		if r.Collection != refs[0].Collection {
			return TypeRef{}, false
		}
		distinct[strings.ToLower(r.Target)] = true
	}
	if len(distinct) < 2 {
		return TypeRef{}, false
	}
	// The ancestors of the first type, nearest first; keep the first that
	// every other type has among its ancestors (or is).
	first := ix.Type(version, refs[0].Target)
	for a := first; a != nil; a = ix.base(a) {
		all := true
		for _, r := range refs[1:] {
			if !isA(ix, ix.Type(version, r.Target), a) {
				all = false
				break
			}
		}
		if all {
			return TypeRef{Name: a.Name, Collection: refs[0].Collection, Target: a.QualifiedName(), Raw: "common base of " + strings.Join(targets(refs), ", ")}, true
		}
	}
	return TypeRef{}, false
}

func isA(ix *TypeIndex, t, base *Type) bool {
	for ; t != nil; t = ix.base(t) {
		if t == base {
			return true
		}
	}
	return false
}

func targets(refs []TypeRef) []string {
	var out []string
	for _, r := range refs {
		if !slices.Contains(out, r.Target) {
			out = append(out, r.Target)
		}
	}
	slices.Sort(out)
	return out
}

// ValueWrapped reports whether a single-value response of type t, on route
// r, is sent as {"value": x}, as OData does for a primitive or enum result
// of a function, an action or a property path. $count is plain text;
// untyped JSON and streams are not wrapped. enum says whether t names an
// enum type.
func ValueWrapped(r Route, t TypeRef, enum bool) bool {
	if t.Collection {
		return false
	}
	if n := len(r.Segments); n > 0 && r.Segments[n-1].Kind == SegmentCount {
		return false
	}
	if t.Target != "" {
		return enum
	}
	switch t.Primitive {
	case "", PrimJSON, PrimStream:
		return false
	}
	return true
}
