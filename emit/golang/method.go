package golang

import (
	"fmt"
	"regexp"

	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// result is what a generated method returns besides its error.
type result int

const (
	resultNone       result = iota // error only
	resultJSON                     // json.RawMessage until typed models exist
	resultStream                   // io.ReadCloser
	resultCollection               // graph.Page[json.RawMessage], plus a pager and an iterator
)

func resultOf(o *names.Op) result {
	r := o.Route
	last := model.Segment{}
	if len(r.Segments) > 0 {
		last = r.Segments[len(r.Segments)-1]
	}
	if last.Kind == model.SegmentValue && r.Method == "GET" {
		return resultStream
	}
	switch o.ResultKind() {
	case model.ResponseNothing:
		return resultNone
	case model.ResponseStream, model.ResponseRedirect:
		return resultStream
	case model.ResponseCollection:
		if r.Method == "GET" {
			return resultCollection
		}
	case model.ResponseUnknown:
		if r.Method != "GET" {
			return resultNone
		}
	}
	return resultJSON
}

// call is what every method of a route shares: its parameters after ctx
// and the graph.Request it sends.
type call struct {
	params   []jen.Code // path parameters, body, query; not ctx, not opts
	args     []jen.Code // the same, as arguments
	pathArgs []jen.Code
	req      jen.Dict
	// tmpl is the path template given to graph.ExpandPath: the route's,
	// with each optional function argument written {?name}.
	tmpl string
	// optional are the Go names of the optional function arguments.
	optional []string
}

func newCall(m *names.Op, ty *typer) *call {
	rt := ty.rt
	r := m.Route
	c := &call{req: jen.Dict{jen.Id("Method"): jen.Lit(r.Method), jen.Id("Path"): jen.Id("path")}, tmpl: r.Path}
	used := map[string]bool{}
	for _, p := range r.Params {
		n := names.Param(p)
		for used[n] {
			n += "_"
		}
		used[n] = true
		if model.OptionalArg(m.Page, r, p) {
			c.tmpl = strings.Replace(c.tmpl, "{"+p.Name+"}", "{?"+p.Name+"}", 1)
			c.optional = append(c.optional, n)
		}
		c.params = append(c.params, jen.Id(n).String())
		c.args = append(c.args, jen.Id(n))
		c.pathArgs = append(c.pathArgs, jen.Id(n))
	}
	if body := bodyParam(m, r, ty); body != nil {
		c.params = append(c.params, jen.Id("body").Add(body))
		c.args = append(c.args, jen.Id("body"))
		c.req[jen.Id("Body")] = jen.Id("body")
		if isBinaryBody(m) {
			// Raw bytes go with the caller's media type.
			c.params = append(c.params, jen.Id("contentType").String())
			c.args = append(c.args, jen.Id("contentType"))
			c.req[jen.Id("ContentType")] = jen.Id("contentType")
		}
	}
	query := queryValues(r)
	switch {
	case r.Method == "GET":
		c.params = append(c.params, jen.Id("q").Op("*").Qual(rt, "Query"))
		c.args = append(c.args, jen.Id("q"))
		if query != nil {
			c.req[jen.Id("Query")] = jen.Qual(rt, "MergeQuery").Call(query, jen.Id("q").Dot("Values").Call())
		} else {
			c.req[jen.Id("Query")] = jen.Id("q").Dot("Values").Call()
		}
	case query != nil:
		c.req[jen.Id("Query")] = query
	}
	return c
}

// expandPath is the code that sets path, returning fail(err) when a path
// parameter is empty.
func (c *call) expandPath(r model.Route, rt string, fail func(err jen.Code) jen.Code) []jen.Code {
	if len(c.pathArgs) == 0 {
		return []jen.Code{jen.Id("path").Op(":=").Lit(r.Path)}
	}
	return []jen.Code{
		jen.List(jen.Id("path"), jen.Err()).Op(":=").Qual(rt, "ExpandPath").Call(append([]jen.Code{jen.Lit(c.tmpl)}, c.pathArgs...)...),
		jen.If(jen.Err().Op("!=").Nil()).Block(fail(jen.Err())),
	}
}

// genMethod emits one route's method:
//
//	func (c *Client) Name(ctx context.Context, <path params string...>, [body T], [q *graph.Query], opts ...graph.CallOption) ([R,] error)
//
// and for collection GETs also NamePager (a *graph.Pager) and NameAll (an
// iterator over every item of every page).
func genMethod(f *jen.File, m *names.Op, ty *typer) {
	rt := ty.rt
	r := m.Route
	res := resultOf(m)
	c := newCall(m, ty)
	params := append(append([]jen.Code{jen.Id("ctx").Qual("context", "Context")}, c.params...), jen.Id("opts").Op("...").Qual(rt, "CallOption"))
	request := jen.Op("&").Qual(rt, "Request").Values(c.req)
	rawJSON := jen.Qual("encoding/json", "RawMessage")

	var resultType *jen.Statement
	unwrap := false // the response is {"value": x}: decode that, return x
	switch res {
	case resultJSON:
		resultType = rawJSON.Clone()
		rs := m.ResponseRef()
		switch tn := ty.types.Ref(ty.version, rs); {
		case model.ValueWrapped(r, rs, tn != nil && tn.Type.Kind == model.TypeEnum):
			// A primitive or enum result (of a function, an action or a
			// property path) comes as {"value": x}.
			resultType = ty.value(rs)
			unwrap = true
		case rs.Collection && rs.IsResolved():
			// Actions and functions wrap a collection in {"value": [...]}.
			resultType = jen.Qual(rt, "Page").Types(ty.value(rs.Elem()))
		case tn != nil && tn.Poly:
			resultType = ty.value(rs)
		case tn != nil:
			resultType = jen.Op("*").Add(ty.value(rs))
		}
	case resultStream:
		resultType = jen.Qual("io", "ReadCloser")
	case resultCollection:
		resultType = jen.Qual(rt, "Page").Types(itemType(m, ty))
	}
	var body []jen.Code
	if resultType == nil {
		body = append(c.expandPath(r, rt, func(err jen.Code) jen.Code { return jen.Return(err) }),
			jen.Return(jen.Id("c").Dot("c").Dot("Do").Call(jen.Id("ctx"), request, jen.Nil(), jen.Id("opts").Op("..."))))
	} else if unwrap {
		zero := jen.Id("out").Dot("Value")
		body = append([]jen.Code{jen.Var().Id("out").Qual(rt, "Value").Types(resultType.Clone())},
			c.expandPath(r, rt, func(err jen.Code) jen.Code { return jen.Return(zero.Clone(), err) })...)
		body = append(body,
			jen.If(jen.Err().Op(":=").Id("c").Dot("c").Dot("Do").Call(jen.Id("ctx"), request, jen.Op("&").Id("out"), jen.Id("opts").Op("...")), jen.Err().Op("!=").Nil()).
				Block(jen.Return(zero.Clone(), jen.Err())),
			jen.Return(zero.Clone(), jen.Nil()))
	} else {
		zero := jen.Id("out")
		body = append([]jen.Code{jen.Var().Id("out").Add(resultType.Clone())},
			c.expandPath(r, rt, func(err jen.Code) jen.Code { return jen.Return(zero.Clone(), err) })...)
		body = append(body,
			jen.If(jen.Err().Op(":=").Id("c").Dot("c").Dot("Do").Call(jen.Id("ctx"), request, jen.Op("&").Id("out"), jen.Id("opts").Op("...")), jen.Err().Op("!=").Nil()).
				Block(jen.Return(zero.Clone(), jen.Err())),
			jen.Return(jen.Id("out"), jen.Nil()))
	}
	doc := docComment(m)
	if len(c.optional) > 0 {
		doc = append(doc[:len(doc)-1], "Optional function parameters, left out of the call when empty: "+strings.Join(c.optional, ", ")+".", "", doc[len(doc)-1])
	}
	if res == resultStream {
		doc = append(doc[:len(doc)-1], "The caller must close the returned body. A redirect to a download URL on another",
			"host is followed, without the bearer token.", "", doc[len(doc)-1])
	}
	if isRefBody(m) {
		doc = append(doc[:len(doc)-1], "The body is a graph.Ref: graph.RefTo(\"users\", id), or a graph.Ref{ID: id} of a",
			"directory object; the client completes it with its cloud's URL and version.", "", doc[len(doc)-1])
	}
	fileComment(f, strings.Join(doc, "\n"))
	results := jen.Error()
	if resultType != nil {
		results = jen.Parens(jen.List(resultType, jen.Error()))
	}
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(m.Name).Params(params...).Add(results).Block(body...)
	if res == resultCollection {
		genPaging(f, m, c, ty)
	}
}

// itemType is the Go type of one item of a collection response: the
// element type of its documented type, json.RawMessage when undocumented.
func itemType(m *names.Op, ty *typer) *jen.Statement {
	if rs := m.ResponseRef(); rs.IsResolved() {
		return ty.value(rs.Elem())
	}
	return jen.Qual("encoding/json", "RawMessage")
}

// genPaging emits NamePager and NameAll for a collection GET.
func genPaging(f *jen.File, m *names.Op, c *call, ty *typer) {
	rt := ty.rt
	r := m.Route
	item := itemType(m, ty)
	pagerType := jen.Op("*").Qual(rt, "Pager").Types(item.Clone())
	opts := jen.Id("opts").Op("...").Qual(rt, "CallOption")
	fileComment(f, fmt.Sprintf("%sPager pages through %s: More reports whether a page is left, NextPage fetches it.", m.Name, r.Method+" "+r.Path))
	body := c.expandPath(r, rt, func(err jen.Code) jen.Code {
		return jen.Return(jen.Qual(rt, "FailedPager").Types(item.Clone()).Call(err))
	})
	body = append(body, jen.Return(jen.Qual(rt, "NewPager").Types(item.Clone()).Call(jen.Id("c").Dot("c"), jen.Op("&").Qual(rt, "Request").Values(c.req), jen.Id("opts").Op("..."))))
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(m.Name + "Pager").Params(append(append([]jen.Code{}, c.params...), opts.Clone())...).Add(pagerType).Block(body...)

	fileComment(f, fmt.Sprintf("%sAll iterates over every item of every page of %s; an error ends the iteration.", m.Name, r.Method+" "+r.Path))
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(m.Name+"All").
		Params(append(append([]jen.Code{jen.Id("ctx").Qual("context", "Context")}, c.params...), opts.Clone())...).
		Qual("iter", "Seq2").Types(item.Clone(), jen.Error()).
		Block(jen.Return(jen.Qual(rt, "All").Call(jen.Id("ctx"), jen.Id("c").Dot(m.Name+"Pager").Call(append(append([]jen.Code{}, c.args...), jen.Id("opts").Op("..."))...))))
}

// bodyParam is the Go type of the route's request body, or nil for none:
// a graph.Ref for a reference ($ref), an io.Reader for raw bytes, the model
// type of a resource (names.Op.BodyRef, which types an untyped resource
// body by its route), the page's body struct for a parameter table, and
// any JSON value only for a body neither the page nor the route types.
func bodyParam(o *names.Op, r model.Route, ty *typer) *jen.Statement {
	pg := o.Page
	if !o.SendsBody() {
		return nil
	}
	kind := o.BodyKind()
	switch kind {
	case "", model.BodyNone:
		return nil
	case model.BodyReference:
		return jen.Qual(ty.rt, "Ref")
	case model.BodyBinary:
		return jen.Qual("io", "Reader")
	}
	if tn := bodyType(o, ty); tn != nil {
		if tn.Poly {
			return ty.named(tn, tn.Iface)
		}
		return jen.Op("*").Add(ty.named(tn, tn.Name))
	}
	if kind == model.BodyParameters && hasParamBody(pg) {
		return jen.Id(o.Body)
	}
	return jen.Any()
}

// bodyType is the model type of a body that is a resource representation
// (or a PATCH page's table of a resource's properties), or nil.
func bodyType(o *names.Op, ty *typer) *names.TypeName {
	b := o.Page.RequestBody
	t := o.BodyRef()
	if b == nil || t.Collection || (b.Kind != model.BodyResource && b.Kind != model.BodyParameters) {
		return nil
	}
	return ty.types.Ref(ty.version, t)
}

// placeholderRE finds a placeholder anywhere in a route's query value:
// {name}, or <name> as some pages write it.
var placeholderRE = regexp.MustCompile(`\{[^{}]*\}|<[^<>]*>`)

// queryValues is the url.Values literal of the fixed query a route writes,
// or nil. A value holding a placeholder is the caller's to give (through
// graph.Query or graph.WithQuery), so it is left out.
func queryValues(r model.Route) *jen.Statement {
	d := jen.Dict{}
	keys := []string{}
	vals := map[string][]jen.Code{}
	for _, kv := range r.Query {
		if placeholderRE.MatchString(kv.Value) {
			// "$top={pagesize}", "$filter=resourceId eq '{resourceId}'":
			// the caller's value, not one to send.
			continue
		}
		if _, ok := vals[kv.Key]; !ok {
			keys = append(keys, kv.Key)
		}
		vals[kv.Key] = append(vals[kv.Key], jen.Lit(kv.Value))
	}
	if len(keys) == 0 {
		return nil
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
