package apichange

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// compareParams reports the function parameters and body parameters of
// an operation that were removed (breaking), added (breaking when
// required: a call without it no longer compiles or is rejected) or whose
// type changed (breaking).
func compareParams(cs changes, or, nr opRef) {
	compareParamList(cs, or, nr, "function parameter", or.page.FunctionParameters, nr.page.FunctionParameters)
	compareParamList(cs, or, nr, "body parameter", bodyParams(or.page), bodyParams(nr.page))
}

func bodyParams(pg *model.Page) []model.Param {
	if b := pg.RequestBody; b != nil && b.Kind == model.BodyParameters {
		return b.Parameters
	}
	return nil
}

func compareParamList(cs changes, or, nr opRef, what string, olds, news []model.Param) {
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
			if np.Required {
				c.Breaking, c.Detail = true, "required"
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
