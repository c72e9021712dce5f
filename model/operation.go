package model

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Operation is one (version, method, path) that the pages define. When
// several pages list the same route, one page owns it by the rule in
// BuildOperations and the others are named in AlsoIn.
type Operation struct {
	Version string `json:"version"`
	Method  string `json:"method"`
	Path    string `json:"path"`
	// Page is the owning page's file; Route indexes its Routes.
	Page   string   `json:"page"`
	Route  int      `json:"route"`
	AlsoIn []string `json:"alsoIn,omitempty"`
	// BodyType and ResponseType, when set, replace the owning page's body
	// and response types: see ReconcileOperationTypes.
	BodyType     *TypeRef `json:"bodyType,omitempty"`
	ResponseType *TypeRef `json:"responseType,omitempty"`
	// ResponseKind, when set, replaces the owning page's response kind
	// (Response*): a page that lists /photo and /photo/$value documents
	// one object and one stream.
	ResponseKind string `json:"responseKind,omitempty"`
	// Resource is what the route addresses in the resource graph (nil
	// when the model was built without one).
	Resource *Resource `json:"resource,omitempty"`
}

var paramRE = regexp.MustCompile(`\{[^}]*\}`)

// RouteKey is the identity of a route within a version: the method and the
// path with parameter names blanked and quotes dropped, so that
// /users/{id} and /users/{user-id} are the same route.
func RouteKey(method, path string) string {
	p := paramRE.ReplaceAllString(path, "{}")
	p = strings.ReplaceAll(p, "'", "")
	return method + " " + p
}

// BuildOperations turns the routes of the API pages into operations. addr
// is the resource graph (package apigraph); nil leaves every route
// unaddressed, and ownership to the page order below.
//
// Rule for a route claimed by several pages (ownership by subject, not by
// order), first difference wins:
//  1. a page that writes the route itself outranks one that writes it
//     with a query string (GET /users/{id}?$expand=manager documents a
//     query on user-list-manager; it does not claim the route);
//  2. the page about the route's resource and verb (subject: user-get for
//     GET /users/{id}, user-post-users for POST /users, user-list-messages
//     for GET /me/messages), then one named for a derived type, then one
//     whose response or body names the route's type;
//  3. a core page outranks a workload's copy (intune-devices-user-get);
//  4. the page that lists the route earliest in its HTTP request section
//     (a page's first route is what the page is about);
//  5. the page whose file path sorts first.
//
// Every other page gets a "duplicate-route" info diagnostic at its route
// line naming the owner. Each operation records what its route addresses
// (Resource). The result is sorted by version, path and method and does
// not depend on the order of pages.
func BuildOperations(pages []*Page, addr Addresser) ([]*Operation, []Diagnostic) {
	type claim struct {
		page  *Page
		index int
		rank  [4]int // larger ranks first: written, subject, core, -index
	}
	claims := map[string][]claim{}
	var keys []string
	for _, p := range pages {
		if p.Kind != KindAPI || p.Version == "" {
			continue
		}
		for i, r := range p.Routes {
			k := p.Version + " " + RouteKey(r.Method, r.Path)
			if _, ok := claims[k]; !ok {
				keys = append(keys, k)
			}
			claims[k] = append(claims[k], claim{page: p, index: i})
		}
	}
	var ops []*Operation
	var diags []Diagnostic
	for _, k := range keys {
		cs := claims[k]
		first := cs[0].page.Routes[cs[0].index]
		var res Resource
		if addr != nil {
			res = addr.Address(cs[0].page.Version, first)
		}
		for i := range cs {
			c := &cs[i]
			r := c.page.Routes[c.index]
			c.rank = [4]int{boolRank(len(r.Query) == 0), subject(addr, c.page, r, res), boolRank(!workloadCopy(c.page.Name)), -c.index}
		}
		slices.SortFunc(cs, func(a, b claim) int {
			return cmp.Or(-slices.Compare(a.rank[:], b.rank[:]), cmp.Compare(a.page.File, b.page.File))
		})
		own := cs[0]
		r := own.page.Routes[own.index]
		op := &Operation{Version: own.page.Version, Method: r.Method, Path: r.Path, Page: own.page.File, Route: own.index}
		if addr != nil {
			op.Resource = &res
		}
		for _, c := range cs[1:] {
			if c.page == own.page {
				diags = append(diags, Diagnostic{Pos: c.page.Routes[c.index].Pos, Severity: SeverityWarning, Code: "repeated-route",
					Message: fmt.Sprintf("route %s %s is listed twice on this page", r.Method, r.Path)})
				continue
			}
			if !slices.Contains(op.AlsoIn, c.page.File) {
				op.AlsoIn = append(op.AlsoIn, c.page.File)
			}
			diags = append(diags, Diagnostic{Pos: c.page.Routes[c.index].Pos, Severity: SeverityInfo, Code: "duplicate-route",
				Message: fmt.Sprintf("route %s %s is also on %s, which owns it", r.Method, r.Path, own.page.File)})
		}
		ops = append(ops, op)
	}
	canonicalPaths(ops)
	slices.SortFunc(ops, func(a, b *Operation) int {
		return cmp.Or(cmp.Compare(a.Version, b.Version), cmp.Compare(a.Path, b.Path), cmp.Compare(a.Method, b.Method))
	})
	return ops, diags
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// canonicalPaths gives the operations on one path (same version, same
// template up to parameter names) one spelling of it, as OpenAPI requires:
// the spelling that sorts first. Parameters keep their order, so a route's
// values still fill the canonical template.
func canonicalPaths(ops []*Operation) {
	best := map[string]string{}
	for _, op := range ops {
		k := op.Version + " " + RouteKey("", op.Path)
		if b, ok := best[k]; !ok || op.Path < b {
			best[k] = op.Path
		}
	}
	for _, op := range ops {
		op.Path = best[op.Version+" "+RouteKey("", op.Path)]
	}
}

// PathParams are the parameter names of a route template, in order.
func PathParams(path string) []string {
	var out []string
	for _, m := range paramRE.FindAllString(path, -1) {
		out = append(out, m[1:len(m)-1])
	}
	return out
}

// aboutCollection reports whether the page's body or response names the
// type that route r's collection holds.
func aboutCollection(p *Page, r Route) bool {
	if b := p.RequestBody; b != nil && namesCollection(r, b.Type.Name) {
		return true
	}
	rs := p.Response
	return rs != nil && namesCollection(r, rs.Type.Name)
}
