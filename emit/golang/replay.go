package golang

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

//go:embed replaysupport/helpers.go.txt
var replayHelpers string

// ReplayStats counts the example pairs Replay saw and why it left some out.
type ReplayStats struct {
	Pairs   int // examples with a request and a response
	Emitted int // made into test cases
	// Decoded counts the emitted cases whose response body is JSON that the
	// method decodes into its result type.
	Decoded int
	// Repaired names the emitted cases ("dir page#n", dir as in the output
	// tree) whose request or response body is not valid JSON as written and
	// is replayed as it reads without comments, trailing commas and stray
	// spaces (model.ExampleRequest.JSONRepaired).
	Repaired map[string]bool
	Skipped  map[string]int // reason -> count
	// SkippedExample names the first example left out for each reason
	// (page#n: URL).
	SkippedExample map[string]string
}

// Replay emits, for every package, replay_test.go: one subtest per example
// pair of the pages whose request matches a route the package has. Each
// calls the generated method with the example's path values, query and
// body, against a server that checks the request equals the example's
// (method, path, query, JSON body as JSON) and answers with the example's
// response, which the method must decode. The files use the standard
// library only. They are test fixtures for the corpus run, not part of the
// SDK.
func Replay(m *model.Model, ops []*names.Op, types *names.Types, cfg Config) ([]File, ReplayStats) {
	rt := path.Join(cfg.Module, "graph")
	st := ReplayStats{Skipped: map[string]int{}, SkippedExample: map[string]string{}, Repaired: map[string]bool{}}
	routes := names.NewRouteIndex(ops)
	cases := map[*pkg][]jen.Code{}
	var order []*pkg
	pkgs := map[string]*pkg{}
	for _, pg := range m.Pages {
		for i, e := range pg.Examples {
			if e.Request == nil || e.Response == nil {
				continue
			}
			st.Pairs++
			o, values, why := matchExample(routes, pg, e)
			if why == "" {
				why = replayable(o, e)
			}
			if why == "" && strings.TrimSpace(e.Request.Body) == "" && o.Page.RequestBody != nil && (o.Page.RequestBody.Kind == model.BodyResource || o.Page.RequestBody.Kind == model.BodyBinary) && o.Route.Method != "DELETE" {
				why = "docs: example request has no body where the page requires one"
			}
			if why == "" && strings.TrimSpace(e.Response.Body) == "" && resultOf(o) != resultNone && resultOf(o) != resultStream {
				why = "docs: example response has no body where the page promises one"
			}
			if why != "" {
				st.Skipped[why]++
				if _, ok := st.SkippedExample[why]; !ok {
					st.SkippedExample[why] = fmt.Sprintf("%s#%d: %s %s", pg.Name, i+1, e.Request.Method, e.Request.URL)
				}
				continue
			}
			key := o.Version + "/" + o.Package
			p := pkgs[key]
			if p == nil {
				p = &pkg{version: o.Version, name: o.Package}
				pkgs[key] = p
				order = append(order, p)
			}
			ty := &typer{types: types, version: o.Version, pkg: o.Package, module: cfg.Module, rt: rt}
			cases[p] = append(cases[p], replayCase(o, pg, i, e, values, ty))
			st.Emitted++
			if e.Request.JSONRepaired || e.Response.JSONRepaired {
				st.Repaired[p.dir()+" "+caseName(pg, i)] = true
			}
			if e.Response.Status < 400 && looksJSON(e.Response.Body) && resultOf(o) != resultNone && resultOf(o) != resultStream {
				st.Decoded++
			}
		}
	}
	var files []File
	for _, p := range order {
		f := jen.NewFilePathName("", p.name)
		headerComment(f, headerText)
		f.ImportName(rt, "graph")
		fileComment(f, "TestReplay replays the reference pages' examples through the generated methods.")
		f.Func().Id("TestReplay").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(cases[p]...)
		data, err := render(f)
		if err != nil {
			continue
		}
		files = append(files,
			File{Path: path.Join(p.dir(), "replay_test.go"), Data: data},
			File{Path: path.Join(p.dir(), "replay_helpers_test.go"), Data: []byte(header + "\n\n" +
				strings.NewReplacer("package PACKAGE", "package "+p.name, `"RUNTIME"`, `"`+rt+`"`, "/VERSION", "/"+p.version).Replace(replayHelpers))})
	}
	return files, st
}

// matchExample finds the operation the example request calls, and the
// path values it gives: a route of its page, else the operation of the
// version with the fewest parameters whose route matches (ties go to the
// first route in order). why says why there is none.
func matchExample(x *names.RouteIndex, pg *model.Page, e model.Example) (*names.Op, []string, string) {
	p, _ := names.ExamplePath(e.Request.URL)
	if o, values, _ := x.Find(pg, e.Request.Method, p); o != nil {
		return o, values, ""
	}
	return nil, nil, "docs: example URL matches no route of its version"
}

// replayable says why an example pair cannot be replayed through o, or
// "".
func replayable(o *names.Op, e model.Example) string {
	req, resp := e.Request, e.Response
	binary := isBinaryBody(o)
	switch {
	case binary && req.JSON != nil:
		return "docs: example sends JSON where the page takes raw bytes"
	case resp.Status >= 300 && resp.Status < 400 && exampleHeader(resp.Headers, "Location") == "":
		return "docs: redirect example without a Location header"
	case looksJSON(req.Body) && req.JSON == nil:
		return "docs: request body not valid JSON"
	case strings.TrimSpace(req.Body) != "" && req.JSON == nil && !binary:
		return "docs: example sends raw bytes where the page takes JSON or no body"
	case looksJSON(resp.Body) && resp.JSON == nil:
		return "docs: response body not valid JSON"
	}
	return ""
}

// exampleHeader is the value of an example's header, or "".
func exampleHeader(hs []model.KeyValue, name string) string {
	for _, h := range hs {
		if strings.EqualFold(h.Key, name) {
			return strings.TrimSpace(h.Value)
		}
	}
	return ""
}

func looksJSON(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "{") || strings.HasPrefix(s, "[")
}

// rawBody is the bytes an example sends to a route that takes raw bytes,
// or "".
func rawBody(o *names.Op, req *model.ExampleRequest) string {
	if !isBinaryBody(o) {
		return ""
	}
	return strings.TrimSpace(req.Body)
}

// caseName names the subtest of a page's i-th example.
func caseName(pg *model.Page, i int) string { return fmt.Sprintf("%s#%d", pg.Name, i+1) }

// replayCase is one t.Run calling o's method with the example's values.
func replayCase(o *names.Op, pg *model.Page, i int, e model.Example, values []string, ty *typer) jen.Code {
	req, resp := e.Request, e.Response
	wantPath, query := names.ExamplePath(req.URL)
	if wantPath == "" {
		wantPath = "/"
	}
	ct := ""
	for _, h := range resp.Headers {
		if strings.EqualFold(h.Key, "Content-Type") {
			ct = h.Value
		}
	}
	if ct == "" && looksJSON(resp.Body) {
		ct = "application/json"
	}
	respBody := resp.Body
	if resp.JSONRepaired {
		respBody = string(resp.JSON)
	}
	ex := jen.Dict{
		jen.Id("Method"): jen.Lit(req.Method), jen.Id("Path"): jen.Lit(wantPath), jen.Id("Query"): jen.Lit(query),
		jen.Id("Body"): jen.Lit(string(req.JSON)), jen.Id("Status"): jen.Lit(resp.Status),
		jen.Id("RawBody"):     jen.Lit(rawBody(o, req)),
		jen.Id("ContentType"): jen.Lit(ct), jen.Id("RespBody"): jen.Lit(respBody),
		jen.Id("Location"): jen.Lit(exampleHeader(resp.Headers, "Location")),
	}
	var body []jen.Code
	body = append(body, jen.Id("c").Op(":=").Id("New").Call(jen.Id("replayClient").Call(jen.Id("t"), jen.Id("exchange").Values(ex))))
	args := []jen.Code{jen.Qual("context", "Background").Call()}
	for _, v := range values {
		args = append(args, jen.Lit(v))
	}
	// A typed body cannot hold nulls or OData annotations: the example's
	// top-level ones travel as SendNull and SendMember, the rest must
	// decode strictly into the body type.
	bodyJSON := string(req.JSON)
	var extra []jen.Code
	var obj map[string]json.RawMessage
	typedBody := bodyParam(o, o.Route, ty) != nil && (bodyType(o, ty) != nil || hasParamBody(o.Page))
	if typedBody && json.Unmarshal(req.JSON, &obj) == nil && obj != nil {
		rest := map[string]json.RawMessage{}
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			switch v := obj[k]; {
			case string(v) == "null":
				extra = append(extra, jen.Qual(ty.rt, "SendNull").Call(jen.Lit(k)))
			case strings.Contains(k, "@") && k != "@odata.type":
				extra = append(extra, jen.Qual(ty.rt, "SendMember").Call(jen.Lit(k), jen.Qual("encoding/json", "RawMessage").Parens(jen.Lit(string(v)))))
			default:
				rest[k] = v
			}
		}
		if b, err := json.Marshal(rest); err == nil {
			bodyJSON = string(b)
		}
	}
	decodeBody := func(typ jen.Code) {
		body = append(body, jen.Var().Id("body").Add(typ))
		if len(req.JSON) > 0 {
			body = append(body, jen.Id("replayBody").Call(jen.Id("t"), jen.Lit(bodyJSON), jen.Lit(strictView(bodyJSON, o, ty)), jen.Op("&").Id("body")))
		}
	}
	switch b := bodyParam(o, o.Route, ty); {
	case b == nil:
	case bodyType(o, ty) != nil:
		tn := bodyType(o, ty)
		if tn.Poly {
			decodeBody(ty.named(tn, tn.Any))
			args = append(args, jen.Id("body").Dot("Value"))
		} else {
			decodeBody(ty.named(tn, tn.Name))
			args = append(args, jen.Op("&").Id("body"))
		}
	case isRefBody(o):
		decodeBody(jen.Qual(ty.rt, "Ref"))
		args = append(args, jen.Id("body"))
	case hasParamBody(o.Page):
		decodeBody(jen.Id(o.Body))
		args = append(args, jen.Id("body"))
	case isBinaryBody(o):
		ct := exampleHeader(req.Headers, "Content-Type")
		if ct == "" {
			ct = "application/octet-stream"
		}
		args = append(args, jen.Qual("strings", "NewReader").Call(jen.Lit(rawBody(o, req))), jen.Lit(ct))
	default:
		if len(req.JSON) > 0 {
			args = append(args, jen.Qual("encoding/json", "RawMessage").Parens(jen.Lit(string(req.JSON))))
		} else {
			args = append(args, jen.Nil())
		}
	}
	if o.Route.Method == "GET" {
		args = append(args, jen.Nil())
	}
	opts := jen.Id("replayQuery").Call(jen.Lit(query))
	// The example's request headers, except those the client sets itself.
	for _, h := range req.Headers {
		if (model.Header{Name: h.Key}).SetByClient() || strings.TrimSpace(h.Value) == "" {
			continue
		}
		extra = append(extra, jen.Qual(ty.rt, "WithHeader").Call(jen.Lit(h.Key), jen.Lit(h.Value)))
	}
	redirect := resp.Status >= 300 && resp.Status < 400
	if redirect {
		extra = append(extra, jen.Qual(ty.rt, "NoRedirect").Call())
	}
	if len(extra) > 0 {
		opts = jen.Append(append([]jen.Code{opts}, extra...)...)
	}
	args = append(args, opts.Op("..."))
	callExpr := jen.Id("c").Dot(o.Name).Call(args...)
	if redirect {
		// A redirect (a download URL): called with NoRedirect, the method
		// must return the example's Location in a *graph.RedirectError.
		errOnly := callExpr
		switch resultOf(o) {
		case resultNone:
		case resultStream:
			body = append(body, jen.List(jen.Id("rc"), jen.Err()).Op(":=").Add(callExpr),
				jen.If(jen.Id("rc").Op("!=").Nil()).Block(jen.Id("rc").Dot("Close").Call()))
			errOnly = jen.Err()
		default:
			body = append(body, jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(callExpr))
			errOnly = jen.Err()
		}
		body = append(body, jen.Id("replayRedirect").Call(jen.Id("t"), errOnly, jen.Lit(exampleHeader(resp.Headers, "Location"))))
		return jen.Id("t").Dot("Run").Call(jen.Lit(caseName(pg, i)), jen.Func().Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(body...))
	}
	if resp.Status >= 400 {
		// An error example: the method must return it as a *graph.Error.
		errOnly := callExpr
		if resultOf(o) != resultNone {
			body = append(body, jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(callExpr))
			errOnly = jen.Err()
		}
		body = append(body, jen.Id("replayError").Call(jen.Id("t"), errOnly, jen.Lit(resp.Status)))
		return jen.Id("t").Dot("Run").Call(jen.Lit(caseName(pg, i)), jen.Func().Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(body...))
	}
	switch resultOf(o) {
	case resultNone:
		body = append(body, jen.Id("replayResult").Call(jen.Id("t"), callExpr))
	case resultStream:
		body = append(body, jen.List(jen.Id("rc"), jen.Err()).Op(":=").Add(callExpr),
			jen.If(jen.Id("rc").Op("!=").Nil()).Block(jen.Id("rc").Dot("Close").Call()),
			jen.Id("replayResult").Call(jen.Id("t"), jen.Err()))
	default:
		body = append(body, jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(callExpr),
			jen.Id("replayResult").Call(jen.Id("t"), jen.Err()))
	}
	return jen.Id("t").Dot("Run").Call(jen.Lit(caseName(pg, i)), jen.Func().Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(body...))
}
