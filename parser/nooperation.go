package parser

import "github.com/graphsdkgen/graphsdkgen/model"

// noOperation diagnoses an API page that gives no route, and so no
// operation, saying why (page-no-operation), at its H1 or, without one, at
// its front matter.
func (w *walker) noOperation() {
	pg := w.page
	if pg.Kind != model.KindAPI || len(pg.Routes) > 0 {
		return
	}
	pos := w.h1
	if pos.Line == 0 {
		pos = pg.Pos
	}
	why := "it has no HTTP request section and no code block of routes under another heading"
	switch {
	case w.httpSections > 0 && w.httpFences == 0:
		why = "its HTTP request section has no code block"
	case w.httpSections > 0:
		why = "no line of its HTTP request code blocks is a usable route (see the route diagnostics)"
	}
	w.d.warnf(pos, "page-no-operation", "the API page gives no operation: %s", why)
}
