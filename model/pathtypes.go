package model

import (
	"fmt"
	"strings"
)

// pathItem is the type that the request body and the response of an
// operation are about, from what its route addresses: the resource of a
// GET (one item or a collection), the item a PATCH or PUT replaces, the
// item a POST adds to a collection. ok is false when the route's
// resource is not a type or the method says nothing of it (DELETE, an
// action).
func pathItem(op *Operation, r Route) (TypeRef, bool) {
	res := op.Resource
	if res == nil || res.Kind != ResourceType || res.Type.Target == "" {
		return TypeRef{}, false
	}
	switch {
	case op.Method == "GET":
		return res.Type, true
	case (op.Method == "PATCH" || op.Method == "PUT") && !res.Type.Collection:
		return res.Type, true
	case op.Method == "POST" && res.Type.Collection:
		return res.Type.Elem(), true
	}
	return TypeRef{}, false
}

// PathTypes types each operation's result by what its route addresses
// (Operation.Resource), where the owning page leaves it untyped or
// contradicts the route, and checks the page against the route. Run after
// ReconcileOperationTypes. Rules:
//   - a GET of $value or of a Stream property is a stream; a GET of $count
//     a number; a GET of a primitive property that primitive, when the
//     page names no type;
//   - a GET, PATCH, PUT or POST whose route addresses a type (see pathItem)
//     and whose page names no type returns that type; a GET the page calls
//     a stream or a redirect but whose route addresses a type (/me/photo
//     on profilephoto-get, next to /me/photo/$value) returns the type;
//   - a page type that is the route's type or derives from it stands (the
//     page is more specific); a base of the route's type gives way to it;
//     any other type contradicts the route: the route's type stands and
//     the page gets a "response-type-path" warning at its response
//     sentence;
//   - one item where the route addresses a collection, or the reverse,
//     takes the route's shape, with a "response-shape-path" warning;
//     except a collection on a route ending in a plural navigation that
//     the relationship table types as one item (hostedContents), or one
//     that the Methods rows linking the page call a collection: the
//     table misses "collection" and the page stands;
//   - a GET of a primitive property returns that primitive, even when
//     the page names the property's owner (it documents the owner),
//     with a "response-type-path" warning;
//   - a GET the graph cannot follow whose route ends in a key returns
//     one item where the page says a collection, with a
//     "response-shape-path" warning;
//   - a GET whose result is still untyped gets a "response-untyped"
//     warning saying why the route could not type it.
func PathTypes(m *Model) []Diagnostic {
	pages := map[string]*Page{}
	for _, p := range m.Pages {
		pages[p.File] = p
	}
	ix := newTypeIndex(m.Types)
	returns := methodReturns(m.Types)
	var diags []Diagnostic
	for _, op := range m.Operations {
		p := pages[op.Page]
		if p == nil || op.Route >= len(p.Routes) {
			continue
		}
		c := pathCheck{ix: ix, op: op, page: p, route: p.Routes[op.Route], methods: returns[p.Version+" "+strings.ToLower(p.Name)]}
		c.apply()
		diags = append(diags, c.diags...)
	}
	return diags
}

// pathCheck types one operation by its route.
type pathCheck struct {
	ix *TypeIndex
	// methods is what the Methods tables that link the page say it
	// returns, when they agree.
	methods TypeRef
	op      *Operation
	page    *Page
	route   Route
	diags   []Diagnostic
}

// result is the operation's response kind and type as they stand.
func (c *pathCheck) result() (string, TypeRef) {
	kind := ResponseUnknown
	var typ TypeRef
	if rs := c.page.Response; rs != nil {
		kind, typ = rs.Kind, rs.Type
	}
	if c.op.ResponseType != nil {
		typ = *c.op.ResponseType
	}
	if c.op.ResponseKind != "" {
		kind = c.op.ResponseKind
	}
	return kind, typ
}

func (c *pathCheck) set(kind string, typ TypeRef) {
	c.op.ResponseKind = kind
	t := typ
	c.op.ResponseType = &t
}

func (c *pathCheck) warn(code, format string, args ...any) {
	pos := c.page.Pos
	if rs := c.page.Response; rs != nil && rs.Pos.Line > 0 {
		pos = rs.Pos
	}
	c.diags = append(c.diags, Diagnostic{Pos: pos, Severity: SeverityWarning, Code: code, Message: fmt.Sprintf(format, args...)})
}

func (c *pathCheck) apply() {
	op, res := c.op, c.op.Resource
	kind, typ := c.result()
	get := op.Method == "GET"
	if res != nil {
		switch res.Kind {
		case ResourceStream:
			if get && kind != ResponseStream && kind != ResponseRedirect {
				c.op.ResponseKind = ResponseStream
			}
		case ResourceCount, ResourcePrimitive:
			if get && typ.Target != "" && strings.EqualFold(typ.Target, res.Owner) {
				// The page documents the property's owner
				// (user-get-mailboxSettings lists
				// /me/mailboxSettings/dateFormat): a primitive
				// property is not an object.
				c.warn("response-type-path", "the response names %s, but %s %s addresses %s", typ.Target, c.op.Method, c.route.Path, describeRef(res.Type))
				c.set(ResponsePrimitive, res.Type)
			} else if get && !typ.IsResolved() {
				c.set(ResponsePrimitive, res.Type)
			}
		case ResourceType:
			c.typed(kind, typ)
		case ResourceOperation:
			if !typ.IsResolved() || typ.Primitive == PrimJSON {
				c.fill(kind, res.Type)
			}
		}
	}
	if kind, typ = c.result(); !typ.IsResolved() {
		c.fill(kind, c.methods)
	}
	if get && (res == nil || res.Kind == ResourceUnknown) {
		c.keyedItem()
	}
	if get {
		c.untyped(res)
	}
}

// keyedItem gives one item to a GET whose route the graph cannot follow
// but ends in a key, where the page says a collection: a key selects one
// item (chat-get lists GET /me/chats/{chat-id} and says "a collection of
// chat").
func (c *pathCheck) keyedItem() {
	_, typ := c.result()
	n := len(c.route.Segments)
	if n == 0 || c.route.Segments[n-1].Kind != SegmentKey || !typ.Collection || typ.Target == "" {
		return
	}
	one := typ
	one.Collection = false
	c.warn("response-shape-path", "the response is %s, but %s %s ends in a key, which selects one item", describeRef(typ), c.op.Method, c.route.Path)
	c.set(ResponseObject, one)
}

// typed checks a result against the type the route addresses.
func (c *pathCheck) typed(kind string, typ TypeRef) {
	want, ok := pathItem(c.op, c.route)
	if !ok {
		return
	}
	switch kind {
	case ResponseNothing, ResponseUnknown:
		if c.op.Method != "GET" {
			return
		}
	case ResponseStream, ResponseRedirect:
		if c.op.Method != "GET" || endsWithValue(c.route) {
			return
		}
	case ResponsePrimitive:
		return
	}
	shape := func(t TypeRef) string {
		if t.Collection {
			return ResponseCollection
		}
		return ResponseObject
	}
	if typ.Target == "" {
		if typ.Primitive != "" && typ.Primitive != PrimJSON {
			return
		}
		c.set(shape(want), want)
		return
	}
	if typ.Collection && !want.Collection && (pluralNav(c.route) || c.methods.Collection && c.methods.Target == want.Target && typ.Target == want.Target) {
		// A relationship table that misses "collection"
		// (hostedContents; servicePrincipal's appRoleAssignedTo, whose
		// Methods row "List appRoleAssignedTo" says "appRoleAssignment
		// collection"): the list page is right.
		want.Collection = true
	}
	got, path := c.ix.Type(c.op.Version, typ.Target), c.ix.Type(c.op.Version, want.Target)
	out := typ
	switch {
	case isA(c.ix, got, path):
		// The page is as specific as the route, or more.
	case isA(c.ix, path, got):
		out.Name, out.Target = want.Name, want.Target
	default:
		c.warn("response-type-path", "the response names %s, but %s %s addresses %s", typ.Target, c.op.Method, c.route.Path, describeRef(want))
		out.Name, out.Target = want.Name, want.Target
	}
	if typ.Collection != want.Collection {
		c.warn("response-shape-path", "the response is %s, but %s %s addresses %s", describeRef(typ), c.op.Method, c.route.Path, describeRef(want))
		out.Collection = want.Collection
	}
	if out != typ || kind != shape(out) {
		c.set(shape(out), out)
	}
}

// fill gives an untyped result a type from the graph (a function's or
// action's Methods row), unless the page says it returns nothing or a
// stream.
func (c *pathCheck) fill(kind string, t TypeRef) {
	if !t.IsResolved() || t.Primitive == PrimJSON {
		return
	}
	switch kind {
	case ResponseStream, ResponseRedirect:
		return
	case ResponseNothing:
		if c.op.Method != "GET" {
			return
		}
	}
	switch {
	case t.Primitive != "":
		c.set(ResponsePrimitive, t)
	case t.Collection:
		c.set(ResponseCollection, t)
	default:
		c.set(ResponseObject, t)
	}
}

// methodReturns maps version + " " + lower(page name) to the return type
// of the Methods table rows that link the page, when they name one
// resolved type and agree.
func methodReturns(types []*Type) map[string]TypeRef {
	out := map[string]TypeRef{}
	bad := map[string]bool{}
	for _, t := range types {
		for _, m := range t.Methods {
			if m.Link == "" || strings.Contains(m.Link, "://") || !m.Returns.IsResolved() {
				continue
			}
			file, _, _ := strings.Cut(m.Link, "#")
			k := t.Version + " " + pageName(file)
			if old, ok := out[k]; ok && (old.Target != m.Returns.Target || old.Primitive != m.Returns.Primitive || old.Collection != m.Returns.Collection) {
				bad[k] = true
			}
			out[k] = m.Returns
		}
	}
	for k := range bad {
		delete(out, k)
	}
	return out
}

// untyped diagnoses a GET whose result is still untyped.
func (c *pathCheck) untyped(res *Resource) {
	kind, typ := c.result()
	switch kind {
	case ResponseStream, ResponseRedirect:
		return
	case ResponseObject, ResponseCollection, ResponsePrimitive:
		if typ.Target != "" || typ.Primitive != "" && typ.Primitive != PrimJSON {
			return
		}
	}
	why := "the route's resource is unknown"
	switch {
	case res == nil:
	case res.Kind == ResourceOperation:
		why = fmt.Sprintf("the route calls %s, whose result only the page can say", res.Nav)
	case res.Kind == ResourceRef:
		why = "the route reads a reference ($ref)"
	case res.Stop != "":
		why = "the resource graph cannot follow the route: " + res.Stop
	}
	c.warn("response-untyped", "GET %s has no typed result (%s response): %s", c.route.Path, kind, why)
}

// pluralNav reports whether a route ends with a literal whose name is a
// plural (ends in s).
func pluralNav(r Route) bool {
	n := len(r.Segments)
	return n > 0 && r.Segments[n-1].Kind == SegmentLiteral && strings.HasSuffix(r.Segments[n-1].Name, "s")
}

func endsWithValue(r Route) bool {
	n := len(r.Segments)
	return n > 0 && r.Segments[n-1].Kind == SegmentValue
}

func describeRef(t TypeRef) string {
	n := t.Target
	if n == "" {
		n = t.Primitive
	}
	if t.Collection {
		return "a collection of " + n
	}
	return "one " + n
}
