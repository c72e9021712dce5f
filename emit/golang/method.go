package golang

import (
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// result is what a generated method returns besides its error.
type result int

const (
	resultNone   result = iota // error only
	resultJSON                 // json.RawMessage until typed models exist
	resultStream               // io.ReadCloser
)

func resultOf(pg *model.Page, r model.Route) result {
	last := model.Segment{}
	if len(r.Segments) > 0 {
		last = r.Segments[len(r.Segments)-1]
	}
	if last.Kind == model.SegmentValue {
		return resultStream
	}
	if pg.Response == nil {
		if r.Method == "GET" {
			return resultJSON
		}
		return resultNone
	}
	switch pg.Response.Kind {
	case model.ResponseNothing:
		return resultNone
	case model.ResponseStream, model.ResponseRedirect:
		return resultStream
	case model.ResponseUnknown:
		if r.Method == "GET" {
			return resultJSON
		}
		return resultNone
	}
	return resultJSON
}

// genMethod emits one route's method:
//
//	func (c *Client) Name(ctx context.Context, <path params string...>, [body T], [q *graph.Query], opts ...graph.CallOption) ([R,] error)
func genMethod(f *jen.File, m *names.Op, rt string) {
	pg, r := m.Page, m.Route
	res := resultOf(pg, r)
	params := []jen.Code{jen.Id("ctx").Qual("context", "Context")}
	var pathArgs []jen.Code
	used := map[string]bool{}
	for _, p := range r.Params {
		n := names.Param(p)
		for used[n] {
			n += "_"
		}
		used[n] = true
		params = append(params, jen.Id(n).String())
		pathArgs = append(pathArgs, jen.Id(n))
	}
	reqFields := jen.Dict{
		jen.Id("Method"): jen.Lit(r.Method),
		jen.Id("Path"):   jen.Id("path"),
	}
	if body := bodyParam(m, r); body != nil {
		params = append(params, jen.Id("body").Add(body))
		reqFields[jen.Id("Body")] = jen.Id("body")
	}
	query := queryValues(r)
	if r.Method == "GET" {
		params = append(params, jen.Id("q").Op("*").Qual(rt, "Query"))
		if query != nil {
			reqFields[jen.Id("Query")] = jen.Qual(rt, "MergeQuery").Call(query, jen.Id("q").Dot("Values").Call())
		} else {
			reqFields[jen.Id("Query")] = jen.Id("q").Dot("Values").Call()
		}
	} else if query != nil {
		reqFields[jen.Id("Query")] = query
	}
	params = append(params, jen.Id("opts").Op("...").Qual(rt, "CallOption"))

	var results []jen.Code
	var zero []jen.Code
	var out jen.Code = jen.Nil()
	var body []jen.Code
	switch res {
	case resultJSON:
		results = []jen.Code{jen.Qual("encoding/json", "RawMessage"), jen.Error()}
		zero = []jen.Code{jen.Nil()}
		body = append(body, jen.Var().Id("out").Qual("encoding/json", "RawMessage"))
		out = jen.Op("&").Id("out")
	case resultStream:
		results = []jen.Code{jen.Qual("io", "ReadCloser"), jen.Error()}
		zero = []jen.Code{jen.Nil()}
		body = append(body, jen.Var().Id("out").Qual("io", "ReadCloser"))
		out = jen.Op("&").Id("out")
	default:
		results = []jen.Code{jen.Error()}
	}
	expand := append([]jen.Code{jen.Lit(r.Path)}, pathArgs...)
	pre := []jen.Code{
		jen.List(jen.Id("path"), jen.Err()).Op(":=").Qual(rt, "ExpandPath").Call(expand...),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(append(zero, jen.Err())...)),
	}
	if len(pathArgs) == 0 {
		pre = []jen.Code{jen.Id("path").Op(":=").Lit(r.Path)}
	}
	body = append(pre, body...)
	call := jen.Id("c").Dot("c").Dot("Do").Call(jen.Id("ctx"), jen.Op("&").Qual(rt, "Request").Values(reqFields), out, jen.Id("opts").Op("..."))
	if res == resultNone {
		body = append(body, jen.Return(call))
	} else {
		body = append(body,
			jen.If(jen.Err().Op(":=").Add(call), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			jen.Return(jen.Id("out"), jen.Nil()),
		)
	}
	for _, line := range docComment(m) {
		f.Comment(line)
	}
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(m.Name).Params(params...).Parens(jen.List(results...)).Block(body...)
}

// bodyParam is the Go type of the route's request body, or nil for none.
func bodyParam(o *names.Op, r model.Route) *jen.Statement {
	pg := o.Page
	if r.Method == "GET" || r.Method == "DELETE" && (pg.RequestBody == nil || pg.RequestBody.Kind != model.BodyParameters) {
		return nil
	}
	if pg.RequestBody == nil {
		return nil
	}
	switch pg.RequestBody.Kind {
	case model.BodyNone:
		return nil
	case model.BodyParameters:
		if hasParamBody(pg) {
			return jen.Id(o.Body)
		}
	}
	return jen.Any()
}

// queryValues is the url.Values literal of a query string written into
// the route, or nil.
func queryValues(r model.Route) *jen.Statement {
	if len(r.Query) == 0 {
		return nil
	}
	d := jen.Dict{}
	keys := []string{}
	vals := map[string][]jen.Code{}
	for _, kv := range r.Query {
		if _, ok := vals[kv.Key]; !ok {
			keys = append(keys, kv.Key)
		}
		vals[kv.Key] = append(vals[kv.Key], jen.Lit(kv.Value))
	}
	for _, k := range keys {
		d[jen.Lit(k)] = jen.Values(vals[k]...)
	}
	return jen.Qual("net/url", "Values").Values(d)
}

// oneLine folds a description to one line for a comment.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
