package names

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Op is an operation with its names: the Go package it lives in and its
// method name there (also its operationId's second half).
type Op struct {
	*model.Operation
	Page    *model.Page
	Route   model.Route
	Package string
	Name    string
	// Body is the Go type name of the page's parameter-table body; see
	// bodyType. Pages of one package whose body names collide use the
	// page's file name instead (intune-x-create -> IntuneXCreateBody).
	Body string
	// locked is set when a lock file gave Package and Name (see Locked).
	locked bool
}

// ResponseRef is the type of the operation's response, likewise.
func (o *Op) ResponseRef() model.TypeRef {
	if o.ResponseType != nil {
		return *o.ResponseType
	}
	if o.Page.Response == nil {
		return model.TypeRef{}
	}
	return o.Page.Response.Type
}

// ResultKind is the kind of the operation's response (model.Response*):
// the operation's when the model sets it (model.PathTypes: /me/photo on a
// page about /me/photo/$value is an object), else the page's.
func (o *Op) ResultKind() string {
	if o.ResponseKind != "" {
		return o.ResponseKind
	}
	if o.Page.Response == nil {
		return model.ResponseUnknown
	}
	return o.Page.Response.Kind
}

// ID is the operation's OpenAPI operationId.
func (o *Op) ID() string { return OperationID(o.Package, o.Name) }

// Assign names every operation. Each route goes to the package of its own
// root (Package(Root(route))): /users/{id}/messages is in users, /me/messages
// in me, whatever page documents them. A page whose routes span several
// packages gives each of them its own copy of its parameter-table body type
// (see bodyNames). Within a package, routes whose names collide take longer
// forms of their names (see disambiguate); routes that collide in every form
// are one operation, and only one of them is kept. The result is sorted by
// version, package and method.
func Assign(m *model.Model) ([]*Op, []model.Diagnostic) { return AssignLocked(m, nil) }

// AssignLocked is Assign keeping the names of a lock file: a route the
// lock names keeps its package and method, and a route it does not name
// takes the shortest form of its name that neither collides with the
// other new routes nor takes a locked name (so a new route that collides
// with a locked one takes the longer form; the locked one keeps its
// short name). Body types the lock names keep their names likewise. A
// locked name that two routes of a package claim stays with the route
// whose key sorts first; the other is named by the rules, with a
// lock-renamed warning.
func AssignLocked(m *model.Model, lk *Locked) ([]*Op, []model.Diagnostic) {
	pages := map[string]*model.Page{}
	for _, p := range m.Pages {
		pages[p.File] = p
	}
	singular := memoSingular()
	var ops []*Op
	present := map[string]bool{}
	for _, op := range m.Operations {
		pg := pages[op.Page]
		if pg == nil || op.Route >= len(pg.Routes) {
			continue
		}
		r := pg.Routes[op.Route]
		o := &Op{Operation: op, Page: pg, Route: r, Package: Package(Root(r)), Name: method(r, FormShort, singular)}
		present[opKey(o)] = true
		ops = append(ops, o)
	}
	for _, o := range ops {
		if l, ok := lk.op(o, present); ok {
			o.Package, o.Name, o.locked = l.Package, l.Method, true
		}
	}
	groups := map[string][]*Op{}
	for _, o := range ops {
		k := o.Version + "/" + o.Package
		groups[k] = append(groups[k], o)
	}
	var diags []model.Diagnostic
	dropped := map[*Op]bool{}
	for k, g := range groups {
		ds := unlockClashes(g, singular)
		diags = append(diags, ds...)
		kept, ds := disambiguate(g, singular)
		diags = append(diags, ds...)
		for _, o := range g {
			if !slices.Contains(kept, o) {
				dropped[o] = true
			}
		}
		groups[k] = kept
		diags = append(diags, bodyNames(kept, singular, lk)...)
	}
	ops = slices.DeleteFunc(ops, func(o *Op) bool { return dropped[o] })
	diags = append(diags, bodyFieldDiagnostics(ops)...)
	slices.SortFunc(ops, func(a, b *Op) int {
		return cmp.Or(cmp.Compare(a.Version, b.Version), cmp.Compare(a.Package, b.Package), cmp.Compare(a.Name, b.Name))
	})
	return ops, diags
}

// bodyNames sets the body type names of a package's operations: a page's
// body is named by the page's first route in this package (bodyType), so a
// page whose routes span several packages (POST /me/sendMail and POST
// /users/{id}/sendMail) declares its body in each of them, under the same
// name where it can. Pages whose page-name names still collide (the same
// page name under two input roots) are numbered in page order, with a
// name-collision warning. A body the lock names keeps its name (claimed
// first); a new page whose name a locked body or type has takes its
// page-name form, then a number.
func bodyNames(ops []*Op, singular func(string) string, lk *Locked) []model.Diagnostic {
	first := map[*model.Page]model.Route{}
	firstIndex := map[*model.Page]int{}
	var order []*model.Page
	for _, o := range ops {
		if i, ok := firstIndex[o.Page]; !ok || o.Operation.Route < i {
			if !ok {
				order = append(order, o.Page)
			}
			firstIndex[o.Page] = o.Operation.Route
			first[o.Page] = o.Route
		}
	}
	pages := map[string][]*model.Page{}
	for _, pg := range order {
		n := bodyType(first[pg], singular)
		pages[n] = append(pages[n], pg)
	}
	slices.SortFunc(order, func(a, b *model.Page) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Pos.File, b.Pos.File))
	})
	names := map[*model.Page]string{}
	claimed := map[string]*model.Page{}
	var diags []model.Diagnostic
	version, pkg := "", ""
	if len(ops) > 0 {
		version, pkg = ops[0].Version, ops[0].Package
	}
	for _, pg := range order {
		if n := lk.body(version, pkg, pg.File); n != "" && claimed[n] == nil && !reservedMethod(n) {
			claimed[n] = pg
			names[pg] = n
		}
	}
	for _, pg := range order {
		if names[pg] != "" {
			continue
		}
		n := bodyType(first[pg], singular)
		if len(pages[n]) > 1 || claimed[n] != nil || lk.typeIdent(version, pkg, n) {
			n = Exported(pg.Name) + "Body"
		}
		taken := func(n string) bool { return claimed[n] != nil || lk.typeIdent(version, pkg, n) }
		if taken(n) {
			base := n
			for i := 2; taken(n); i++ {
				n = fmt.Sprintf("%s%d", base, i)
			}
			what := "a locked type's name"
			if other := claimed[base]; other != nil {
				what = "the body of " + other.Pos.File
			}
			diags = append(diags, model.Diagnostic{Pos: pg.Pos, Severity: model.SeverityWarning, Code: "name-collision",
				Message: fmt.Sprintf("body type %s is also %s; this page's is %s", base, what, n)})
		}
		claimed[n] = pg
		names[pg] = n
	}
	for _, o := range ops {
		o.Body = names[o.Page]
	}
	return diags
}

// bodyFieldDiagnostics reports the members of parameter-table bodies that
// cannot be fields (Field gives ""), once per page; the body struct leaves
// them out.
func bodyFieldDiagnostics(ops []*Op) []model.Diagnostic {
	var diags []model.Diagnostic
	seen := map[*model.Page]bool{}
	for _, o := range ops {
		pg := o.Page
		if seen[pg] || pg.RequestBody == nil || pg.RequestBody.Kind != model.BodyParameters {
			continue
		}
		seen[pg] = true
		for _, p := range pg.RequestBody.Parameters {
			if Field(p.Name) == "" {
				diags = append(diags, invalid(p.Pos, "body parameter name %q cannot be a Go field's JSON name (a comma, quote or control character, or no letters)", p.Name))
			}
		}
	}
	return diags
}

// memoSingular is Singular, remembering its answers: inflection tries some
// hundred patterns per word, and a corpus asks for a few thousand words
// tens of thousands of times. Not safe for concurrent use.
func memoSingular() func(string) string {
	memo := map[string]string{}
	return func(s string) string {
		v, ok := memo[s]
		if !ok {
			v = Singular(s)
			memo[s] = v
		}
		return v
	}
}
