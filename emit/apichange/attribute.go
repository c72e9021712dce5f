package apichange

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// attributor turns a declaration's origin into a page position, with the
// model the tree was generated from when there is one.
type attributor struct {
	pages map[string]*model.Page
}

func newAttributor(m *model.Model) attributor {
	a := attributor{pages: map[string]*model.Page{}}
	if m != nil {
		for _, p := range m.Pages {
			a.pages[p.File] = p
		}
	}
	return a
}

// pos is the line of the route, property, body parameter or enum member
// the origin names on its page, else of its type (an API page's body
// section), else the page's first line; without a
// model, the page alone (relative to its docs root).
func (a attributor) pos(o origin) model.Pos {
	pg := a.pages[o.page]
	if pg == nil {
		return model.Pos{File: o.page}
	}
	if o.route != "" {
		m, p, _ := strings.Cut(o.route, " ")
		key := model.RouteKey(m, p)
		for _, r := range pg.Routes {
			if model.RouteKey(r.Method, r.Path) == key {
				return r.Pos
			}
		}
	}
	if o.json != "" {
		if b := pg.RequestBody; b != nil {
			if p, ok := findParam(b.Parameters, o.json); ok {
				return p.Pos
			}
		}
		for _, t := range pg.Types {
			if p, ok := findProperty(t.Properties, o.json); ok {
				return p.Pos
			}
		}
	}
	if o.value != "" {
		for _, t := range pg.Types {
			for _, m := range t.Members {
				if strings.EqualFold(m.Name, o.value) {
					return m.Pos
				}
			}
		}
	}
	if t := pageType(pg, o.typ); t != nil {
		return t.Pos
	}
	if b := pg.RequestBody; o.typ != "" && b != nil && pg.Kind == model.KindAPI {
		// An API page's Go type is its request body's.
		return b.Pos
	}
	return pg.Pos
}

// pageType is the type of the page a Go type was generated from: the
// page's only type, or the one whose name, letters and digits only, is
// the Go name's without case.
func pageType(pg *model.Page, goName string) *model.Type {
	if goName == "" {
		return nil
	}
	if len(pg.Types) == 1 {
		return pg.Types[0]
	}
	for _, t := range pg.Types {
		if names.FoldKey(t.Name) == names.FoldKey(goName) {
			return t
		}
	}
	return nil
}
