package apichange

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// opRef is an operation with its page and route.
type opRef struct {
	op    *model.Operation
	page  *model.Page
	route model.Route
}

// subject is how a report names the operation: method and path as the
// owning page writes it.
func (r opRef) subject() string { return r.op.Method + " " + r.op.Path }

// named is the operation as the namer sees it, for its effective body and
// result (names.Op.BodyRef, ResponseRef, ResultKind).
func (r opRef) named() *names.Op { return &names.Op{Operation: r.op, Page: r.page, Route: r.route} }

// operations indexes a side's operations by version and route key.
func operations(s *side) (map[string]opRef, []string) {
	out := map[string]opRef{}
	var keys []string
	for _, op := range s.m.Operations {
		pg := s.pages[op.Page]
		if pg == nil || op.Route >= len(pg.Routes) {
			continue
		}
		k := op.Version + " " + model.RouteKey(op.Method, op.Path)
		if _, ok := out[k]; !ok {
			keys = append(keys, k)
		}
		out[k] = opRef{op: op, page: pg, route: pg.Routes[op.Route]}
	}
	return out, keys
}

// compareOperations reports operations removed (breaking, at the old
// route line) and added (at the new one), and for operations on both
// sides their parameters, body, result and permissions.
func compareOperations(cs changes, o, n *side) {
	oldOps, oldKeys := operations(o)
	newOps, newKeys := operations(n)
	for _, k := range oldKeys {
		or := oldOps[k]
		nr, ok := newOps[k]
		if !ok {
			cs.add(or.op.Version, Change{Category: CatOperation, Action: Removed, Subject: or.subject(), Breaking: true, Pos: or.route.Pos})
			continue
		}
		compareParams(cs, or, nr)
		compareBody(cs, or, nr)
		compareResult(cs, or, nr)
		comparePermissions(cs, samePage(o, or, nr), nr)
	}
	for _, k := range newKeys {
		if _, ok := oldOps[k]; !ok {
			nr := newOps[k]
			cs.add(nr.op.Version, Change{Category: CatOperation, Action: Added, Subject: nr.subject(), Pos: nr.route.Pos})
		}
	}
}

// compareBody reports a request body whose kind or type changed.
func compareBody(cs changes, or, nr opRef) {
	ob, nb := bodyString(or), bodyString(nr)
	if strings.EqualFold(ob, nb) {
		return
	}
	pos := nr.route.Pos
	if b := nr.page.RequestBody; b != nil {
		pos = b.Pos
	}
	cs.add(nr.op.Version, Change{Category: CatBody, Action: Changed, Subject: nr.subject(), Detail: ob + " -> " + nb, Breaking: true, Pos: pos})
}

func bodyString(r opRef) string {
	b := r.page.RequestBody
	if b == nil {
		return model.BodyNone
	}
	switch b.Kind {
	case model.BodyResource, model.BodyReference:
		return typeString(r.named().BodyRef())
	}
	return b.Kind
}

// compareResult reports a response whose kind or type changed.
func compareResult(cs changes, or, nr opRef) {
	o, n := resultString(or), resultString(nr)
	if strings.EqualFold(o, n) {
		return
	}
	pos := nr.route.Pos
	if rs := nr.page.Response; rs != nil {
		pos = rs.Pos
	}
	cs.add(nr.op.Version, Change{Category: CatResult, Action: Changed, Subject: nr.subject(), Detail: o + " -> " + n, Breaking: true, Pos: pos})
}

func resultString(r opRef) string {
	no := r.named()
	switch k := no.ResultKind(); k {
	case model.ResponseObject, model.ResponseCollection, model.ResponsePrimitive:
		t := typeString(no.ResponseRef())
		if k == model.ResponseCollection && !no.ResponseRef().Collection {
			t = "Collection(" + t + ")"
		}
		return t
	default:
		return k
	}
}

// typeString names a type reference as the docs would: Edm primitives
// with their prefix, defined types by qualified name, "any" for an
// unresolved one; a collection as Collection(x).
func typeString(t model.TypeRef) string {
	var s string
	switch {
	case t.Primitive != "":
		s = t.Primitive
	case t.Target != "":
		s = t.Target
	default:
		s = "any"
	}
	if t.Collection {
		return "Collection(" + s + ")"
	}
	return s
}

// samePage is the old side's route on the new owner's page, when the
// route changed owner and that page documented it before too (a route
// on two pages in the old docs, one of them gone); else or. Comparing a
// page with itself tells what the docs changed from what a second page
// said.
func samePage(o *side, or, nr opRef) opRef {
	pg := o.pages[nr.page.File]
	if pg == nil || pg == or.page || or.page.File == nr.page.File {
		return or
	}
	k := model.RouteKey(nr.route.Method, nr.route.Path)
	for _, r := range pg.Routes {
		if pg.Version == or.op.Version && model.RouteKey(r.Method, r.Path) == k {
			return opRef{op: or.op, page: pg, route: r}
		}
	}
	return or
}
