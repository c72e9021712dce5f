package parser

import (
	"regexp"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// argNameRE is a function parameter name that can stand in a call.
var argNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// functionCalls completes the routes of function pages that write a
// function without its arguments ("GET /reports/getX") while the page lists
// the function's parameters: under Function parameters, or, on about 40
// Intune pages, in a Request body table of a page whose routes are all GETs
// ("In the request URL, provide the following query parameters"). A GET
// body cannot carry them; they are moved to FunctionParameters
// (function-params-in-body). For each such route the call with every
// listed parameter is added after the written routes, which stay as
// documented: getX(period='{period}',top={top}). Strings, enums and other
// non-primitive values are quoted, numbers, booleans, dates, durations and
// GUIDs are not, as in OData's URL conventions; a collection is written as
// given (a JSON array). The added route is marked Derived and diagnosed
// (route-function-args) so that a docs writer can write it.
func (w *walker) functionCalls() {
	pg := w.page
	allGET := true
	for _, r := range pg.Routes {
		allGET = allGET && r.Method == "GET"
	}
	// When the page's own example sends the table as a JSON body (the
	// workbook range functions), the body stays: see model.BodyOnReadRoute.
	if b := pg.RequestBody; allGET && b != nil && b.Kind == model.BodyParameters && len(b.Parameters) > 0 && len(pg.FunctionParameters) == 0 && !model.BodyOnReadRoute(pg, "GET") {
		w.d.infof(b.Pos, "function-params-in-body", "the Request body section of a GET page lists the function's parameters: put them under a Function parameters heading")
		pg.FunctionParameters = b.Parameters
		pg.RequestBody = &model.Body{Pos: b.Pos, Kind: model.BodyNone, Text: b.Text}
	}
	if len(pg.FunctionParameters) == 0 {
		return
	}
	var args []string
	for _, p := range pg.FunctionParameters {
		if !argNameRE.MatchString(p.Name) {
			return
		}
		if argQuoted(p.Type) {
			args = append(args, p.Name+"='{"+p.Name+"}'")
		} else {
			args = append(args, p.Name+"={"+p.Name+"}")
		}
	}
	called := map[string]bool{}
	for _, r := range pg.Routes {
		if n := len(r.Segments); n > 0 && r.Segments[n-1].Kind == model.SegmentFunction {
			called[strings.ToLower(r.Segments[n-1].Name)] = true
		}
	}
	var added []model.Route
	for _, r := range pg.Routes {
		n := len(r.Segments)
		if r.Method != "GET" || n == 0 || r.Segments[n-1].Kind != model.SegmentLiteral || called[strings.ToLower(r.Segments[n-1].Name)] {
			continue
		}
		line := r.Method + " " + r.Path + "(" + strings.Join(args, ",") + ")"
		call, _, ok := parseRoute(line, r.Pos, &diags{})
		if !ok {
			continue
		}
		call.Raw = r.Raw
		call.Query = r.Query
		call.Derived = true
		added = append(added, call)
		w.d.infof(r.Pos, "route-function-args", "the route names function %s without the parameters the page lists: %s is added; write it so", r.Segments[n-1].Name, strings.TrimPrefix(line, "GET "))
	}
	pg.Routes = append(pg.Routes, added...)
}

// argQuoted says a function argument of type t is written between single
// quotes.
func argQuoted(t model.TypeRef) bool {
	if t.Collection {
		return false
	}
	switch model.PrimitiveOf(t.Name) {
	case "", model.PrimString, model.PrimBinary, model.PrimJSON:
		return true
	}
	return false
}
