package names

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

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
}

// BodyRef is the type of the operation's request body: the page's, unless
// the operation reconciles several pages (model.ReconcileOperationTypes).
func (o *Op) BodyRef() model.TypeRef {
	if o.BodyType != nil {
		return *o.BodyType
	}
	if o.Page.RequestBody == nil {
		return model.TypeRef{}
	}
	return o.Page.RequestBody.Type
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

// Assign names every operation. A page's routes all go to the package of
// its first route's root, so that the page's body type and its methods share
// a package. Within a package, routes whose Method names collide all take
// their Long names; if those still collide, each gets an ordinal suffix in
// route-path order and a "name-collision" diagnostic. The result is sorted by
// version, package and method.
func Assign(m *model.Model) ([]*Op, []model.Diagnostic) {
	pages := map[string]*model.Page{}
	for _, p := range m.Pages {
		pages[p.File] = p
	}
	singular := memoSingular()
	var ops []*Op
	for _, op := range m.Operations {
		pg := pages[op.Page]
		if pg == nil || op.Route >= len(pg.Routes) {
			continue
		}
		r := pg.Routes[op.Route]
		ops = append(ops, &Op{Operation: op, Page: pg, Route: r, Package: Package(Root(pg.Routes[0])), Name: method(r, false, singular)})
	}
	groups := map[string][]*Op{}
	for _, o := range ops {
		k := o.Version + "/" + o.Package
		groups[k] = append(groups[k], o)
	}
	var diags []model.Diagnostic
	for _, g := range groups {
		diags = append(diags, disambiguate(g, singular)...)
		diags = append(diags, bodyNames(g, singular)...)
	}
	diags = append(diags, bodyFieldDiagnostics(ops)...)
	slices.SortFunc(ops, func(a, b *Op) int {
		return cmp.Or(cmp.Compare(a.Version, b.Version), cmp.Compare(a.Package, b.Package), cmp.Compare(a.Name, b.Name))
	})
	return ops, diags
}

// reserved are names a generated method must not take.
var reserved = map[string]bool{"New": true, "Client": true}

func disambiguate(ops []*Op, singular func(string) string) []model.Diagnostic {
	var diags []model.Diagnostic
	for pass := 0; pass < 2; pass++ {
		byName := map[string][]*Op{}
		for _, o := range ops {
			byName[o.Name] = append(byName[o.Name], o)
		}
		for name, os := range byName {
			if len(os) < 2 && !reserved[name] {
				continue
			}
			slices.SortFunc(os, func(a, b *Op) int {
				return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Route.Method, b.Route.Method))
			})
			for i, o := range os {
				if pass == 0 {
					o.Name = method(o.Route, true, singular)
					if reserved[o.Name] {
						o.Name += "Op"
					}
					continue
				}
				o.Name = fmt.Sprintf("%s%d", name, i+1)
				diags = append(diags, model.Diagnostic{Pos: o.Route.Pos, Severity: model.SeverityWarning, Code: "name-collision",
					Message: fmt.Sprintf("Go method %s.%s is claimed by %d routes (%s); numbered in path order", o.Package, name, len(os), routeList(os))})
			}
		}
	}
	return diags
}

func routeList(os []*Op) string {
	var s []string
	for _, o := range os {
		s = append(s, o.Route.Method+" "+o.Route.Path)
	}
	return strings.Join(s, ", ")
}

// bodyNames sets the body type names of a package's operations. Pages
// whose page-name names still collide (the same page name under two
// input roots) are numbered in page order, with a name-collision warning.
func bodyNames(ops []*Op, singular func(string) string) []model.Diagnostic {
	pages := map[string][]*model.Page{}
	var order []*model.Page
	seen := map[*model.Page]bool{}
	for _, o := range ops {
		if !seen[o.Page] {
			seen[o.Page] = true
			order = append(order, o.Page)
			n := bodyType(o.Page.Routes[0], singular)
			pages[n] = append(pages[n], o.Page)
		}
	}
	slices.SortFunc(order, func(a, b *model.Page) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Pos.File, b.Pos.File))
	})
	names := map[*model.Page]string{}
	claimed := map[string]*model.Page{}
	var diags []model.Diagnostic
	for _, pg := range order {
		n := bodyType(pg.Routes[0], singular)
		if len(pages[n]) > 1 {
			n = Exported(pg.Name) + "Body"
		}
		if other := claimed[n]; other != nil {
			base := n
			for i := 2; claimed[n] != nil; i++ {
				n = fmt.Sprintf("%s%d", base, i)
			}
			diags = append(diags, model.Diagnostic{Pos: pg.Pos, Severity: model.SeverityWarning, Code: "name-collision",
				Message: fmt.Sprintf("body type %s is also the body of %s; this page's is %s", base, other.Pos.File, n)})
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
