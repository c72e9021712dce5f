package examplecheck

import (
	"fmt"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// example checks a page's i-th example.
func (c *checker) example(pg *model.Page, i int) *Example {
	ex := &pg.Examples[i]
	req := ex.Request
	e := &Example{Page: pg, Index: i}
	if h := foreignHost(req.URL); h != "" {
		e.NotGraph = true
		e.Findings = append(e.Findings, finding(req.Pos, CodeNotGraph,
			fmt.Sprintf("example %d calls %s, not Microsoft Graph: not checked", i+1, h)))
		return e
	}
	p, query := names.ExamplePath(req.URL)
	o, values, other := c.routes.Find(pg, req.Method, p)
	if o == nil {
		switch {
		case other != nil:
			e.Findings = append(e.Findings, finding(req.Pos, CodeMethod,
				fmt.Sprintf("example %d sends %s to a route the page documents for %s only", i+1, req.Method, other.Method), other.Pos))
		case !c.partial:
			var cite model.Pos
			if len(pg.Routes) > 0 {
				cite = pg.Routes[0].Pos
			}
			e.Findings = append(e.Findings, finding(req.Pos, CodeRouteUnknown,
				fmt.Sprintf("example %d: %s %s matches no route of the page or of %s", i+1, req.Method, p, pg.Version), cite))
		}
		return e
	}
	e.Op = o
	doc := c.docs[o.Version]
	if doc == nil {
		return e
	}
	item := doc.Paths.Value(o.Path)
	if item == nil || item.GetOperation(o.Route.Method) == nil {
		return e
	}
	op := item.GetOperation(o.Route.Method)
	x := typeIndex{version: o.Version, types: c.types}
	e.Findings = append(e.Findings, c.request(e, doc, item, op, values, query)...)
	e.Findings = append(e.Findings, x.requestBody(e, op)...)
	if ex.Response != nil {
		e.Findings = append(e.Findings, x.response(e, op)...)
	}
	return e
}
