package apichange

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// compareParams reports the function parameters and body parameters of
// an operation that were removed (breaking), added or whose type changed
// (breaking). A function parameter added is breaking when the page does
// not say it is optional: it is one more argument of the Go method. A body
// parameter added is one more field of the body struct, never breaking
// (the parser's Required reads "required when a user is created" on an
// update page as required). Body parameters are compared only when both
// bodies are parameter tables: a body that became a resource (or stopped
// being one) is one body change (compareBody), not a removal of each row.
func compareParams(cs changes, or, nr opRef) {
	compareParamList(cs, or, nr, "function parameter", or.page.FunctionParameters, nr.page.FunctionParameters, true)
	ob, oTable := bodyParams(or.page)
	nb, nTable := bodyParams(nr.page)
	if oTable && nTable {
		compareParamList(cs, or, nr, "body parameter", ob, nb, false)
	}
}

// bodyParams are the parameters of a parameter-table body; table is false
// for any other body.
func bodyParams(pg *model.Page) (params []model.Param, table bool) {
	if b := pg.RequestBody; b != nil && b.Kind == model.BodyParameters {
		return b.Parameters, true
	}
	return nil, false
}

func compareParamList(cs changes, or, nr opRef, what string, olds, news []model.Param, args bool) {
	v := nr.op.Version
	subject := func(p model.Param) string { return nr.subject() + " " + what + " " + p.Name }
	for _, op := range olds {
		np, ok := findParam(news, op.Name)
		if !ok {
			cs.add(v, Change{Category: CatParameter, Action: Removed, Subject: subject(op), Breaking: true, Pos: op.Pos})
			continue
		}
		if o, n := typeString(op.Type), typeString(np.Type); !strings.EqualFold(o, n) {
			cs.add(v, Change{Category: CatParameter, Action: Changed, Subject: subject(np), Detail: o + " -> " + n, Breaking: true, Pos: np.Pos})
		}
	}
	for _, np := range news {
		if _, ok := findParam(olds, np.Name); !ok {
			c := Change{Category: CatParameter, Action: Added, Subject: subject(np), Pos: np.Pos}
			if args && !np.Optional {
				c.Breaking, c.Detail = true, "not optional"
			}
			cs.add(v, c)
		}
	}
}

// findParam finds a parameter by name, ignoring case (JSON names of a body
// and OData function arguments match that way in the docs' revisions).
func findParam(ps []model.Param, name string) (model.Param, bool) {
	for _, p := range ps {
		if strings.EqualFold(p.Name, name) {
			return p, true
		}
	}
	return model.Param{}, false
}
