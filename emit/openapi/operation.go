package openapi

import (
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// operation builds one operation: ids, docs, parameters, body, responses
// and security.
func operation(o *names.Op, scopes *scopeSet, errResp *openapi3.Response, odata *odataParams, sc *schemas) *openapi3.Operation {
	pg, r := o.Page, o.Route
	op := &openapi3.Operation{
		OperationID:  o.ID(),
		Tags:         []string{o.Package},
		Summary:      oneLine(firstNonEmpty(pg.Title, pg.H1)),
		Description:  oneLine(pg.Description),
		ExternalDocs: &openapi3.ExternalDocs{URL: names.DocsURL(pg)},
		Responses:    openapi3.NewResponses(),
	}
	// The operation's path may spell the parameters differently from this
	// route (model.BuildOperations makes one spelling per path): same order.
	pathNames := model.PathParams(names.OpenAPIPath(o.Path))
	for i, p := range r.Params {
		name := p.Name
		if i < len(pathNames) {
			name = pathNames[i]
		}
		param := openapi3.NewPathParameter(name).WithSchema(openapi3.NewStringSchema())
		param.Description = paramDescription(pg, p)
		if model.OptionalArg(pg, r, p) {
			// OpenAPI 3.0 path parameters are required; the call without
			// the argument is the same function, so the path stays one.
			param.Description = strings.TrimSpace(param.Description + " " + optionalArgNote)
			param.Extensions = map[string]any{optionalArgExtension: true}
		}
		op.Parameters = append(op.Parameters, &openapi3.ParameterRef{Value: param})
	}
	// Query and header parameters whose names fold alike (names.FoldKey)
	// would be one field of a generated parameters struct: the first wins.
	seenQuery := map[string]bool{}
	for _, kv := range r.Query {
		if seenQuery[names.FoldKey(kv.Key)] {
			continue
		}
		seenQuery[names.FoldKey(kv.Key)] = true
		q := openapi3.NewQueryParameter(kv.Key).WithSchema(openapi3.NewStringSchema())
		q.Example = kv.Value
		q.Description = "Written into the route by the docs: " + kv.Key + "=" + kv.Value
		op.Parameters = append(op.Parameters, &openapi3.ParameterRef{Value: q})
	}
	if r.Method == "GET" {
		for _, name := range pg.QueryOptions {
			if seenQuery[names.FoldKey(name)] {
				continue
			}
			seenQuery[names.FoldKey(name)] = true
			op.Parameters = append(op.Parameters, odata.ref(name))
		}
	}
	for _, h := range pg.RequestHeaders {
		if h.SetByClient() || strings.ContainsAny(h.Name, " :") || seenQuery[names.FoldKey(h.Name)] {
			continue
		}
		seenQuery[names.FoldKey(h.Name)] = true
		hp := openapi3.NewHeaderParameter(h.Name).WithSchema(openapi3.NewStringSchema())
		hp.Description = oneLine(h.Description)
		hp.Required = h.Required
		op.Parameters = append(op.Parameters, &openapi3.ParameterRef{Value: hp})
	}
	if rb := requestBody(o, sc); rb != nil {
		op.RequestBody = &openapi3.RequestBodyRef{Value: rb}
	}
	addResponses(op, o, errResp, sc)
	perms := model.PermissionsForRoute(pg, r).Tables
	op.Security = security(perms, scopes)
	if ext := permissionsExtension(perms); ext != nil {
		op.Extensions = map[string]any{"x-ms-permissions": ext}
	}
	if len(pg.Clouds) > 0 && len(pg.Clouds) < len(cloudHosts) {
		servers := openapi3.Servers{}
		for _, c := range cloudHosts {
			for _, pc := range pg.Clouds {
				if pc == c.cloud {
					servers = append(servers, &openapi3.Server{URL: "https://" + c.host + "/" + pg.Version, Description: c.desc})
				}
			}
		}
		op.Servers = &servers
	}
	return op
}

// An optional function argument's path parameter says so in its
// description and in optionalArgExtension.
const (
	optionalArgNote      = "Optional function argument: a call may leave out the argument (name=value and its comma)."
	optionalArgExtension = "x-graphsdkgen-optional-argument"
)

// paramDescription finds the page's documentation of a path parameter, or
// says it is a key.
func paramDescription(pg *model.Page, p model.RouteParam) string {
	for _, ps := range [][]model.Param{pg.PathParameters, pg.FunctionParameters} {
		for _, d := range ps {
			if d.Name == p.Written || d.Name == p.Name {
				return oneLine(d.Description)
			}
		}
	}
	if len(p.Alternates) > 0 {
		return "Key: " + strings.Join(append([]string{p.Written}, p.Alternates...), " or ")
	}
	return ""
}

func requestBody(o *names.Op, sc *schemas) *openapi3.RequestBody {
	if !o.SendsBody() {
		return nil
	}
	r, b := o.Route, o.Page.RequestBody
	var schema *openapi3.Schema
	var ref *openapi3.SchemaRef
	// The kind the Go method sends (names.Op.BodyKind): a reference for
	// a $ref write, raw bytes where the page's Content-Type is not JSON.
	switch o.BodyKind() {
	case model.BodyNone:
		return nil
	case model.BodyParameters:
		if t := o.BodyRef(); t.Target != "" && !t.Collection {
			// A PATCH page's table of the resource's properties.
			ref = sc.ref(t)
			break
		}
		schema = openapi3.NewObjectSchema()
		for _, p := range b.Parameters {
			ps := sc.ref(p.Type)
			if !p.Required {
				// OData parameters are nullable unless declared otherwise.
				ps = sc.nullable(ps)
			}
			schema.WithPropertyRef(p.Name, sc.described(ps, p.Description))
			if p.Required {
				schema.Required = append(schema.Required, p.Name)
			}
		}
	case model.BodyBinary:
		// Raw bytes of any media type: the caller's file, photo or document.
		rb := openapi3.NewRequestBody().WithRequired(true).WithSchema(openapi3.NewStringSchema().WithFormat("binary"), []string{"*/*"})
		rb.Description = oneLine(b.Text)
		return rb
	case model.BodyReference:
		schema = openapi3.NewObjectSchema().WithProperty("@odata.id", openapi3.NewStringSchema())
		schema.Required = []string{"@odata.id"}
	case model.BodyResource:
		if t := o.BodyRef(); t.Target != "" {
			ref = sc.ref(t)
			break
		}
		schema = openapi3.NewObjectSchema()
		if b.Type.Name != "" {
			schema.Description = "A " + b.Type.Name + " object."
		}
		for _, p := range b.Parameters {
			schema.WithPropertyRef(p.Name, sc.described(sc.ref(p.Type), p.Description))
		}
	default:
		if r.Method == "DELETE" {
			return nil
		}
		schema = openapi3.NewObjectSchema()
	}
	// A body the page does not describe is allowed, not required.
	if ref == nil {
		ref = schema.NewRef()
	}
	rb := openapi3.NewRequestBody().WithRequired(b.Kind != model.BodyUnknown).WithJSONSchemaRef(ref)
	rb.Description = oneLine(b.Text)
	return rb
}

// addResponses adds the documented success response and the Graph error
// for client errors (4XX), server errors (5XX) and any other status.
func addResponses(op *openapi3.Operation, o *names.Op, errResp *openapi3.Response, sc *schemas) {
	pg := o.Page
	status, kind := 0, model.ResponseUnknown
	var typ model.TypeRef
	if pg.Response != nil {
		status, kind, typ = pg.Response.Status, o.ResultKind(), o.ResponseRef()
	}
	if status == 0 {
		status = 200
		if kind == model.ResponseNothing {
			status = 204
		}
	}
	desc := "Success"
	if pg.Response != nil && pg.Response.Text != "" {
		desc = oneLine(pg.Response.Text)
	}
	resp := openapi3.NewResponse().WithDescription(desc)
	if typ.Collection && kind == model.ResponseObject {
		kind = model.ResponseCollection
	}
	switch kind {
	case model.ResponseNothing:
	case model.ResponseRedirect:
		resp.Headers = openapi3.Headers{"Location": &openapi3.HeaderRef{Value: &openapi3.Header{Parameter: openapi3.Parameter{
			Description: "Where the content can be downloaded.", Schema: openapi3.NewStringSchema().NewRef()}}}}
	case model.ResponseStream:
		resp.WithContent(openapi3.NewContentWithSchema(openapi3.NewStringSchema().WithFormat("binary"), []string{"application/octet-stream"}))
	case model.ResponseCollection:
		items := openapi3.NewArraySchema()
		items.Items = sc.ref(typ.Elem())
		s := openapi3.NewObjectSchema().
			WithProperty("value", items).
			WithProperty("@odata.nextLink", openapi3.NewStringSchema()).
			WithProperty("@odata.deltaLink", openapi3.NewStringSchema()).
			WithProperty("@odata.count", openapi3.NewInt64Schema())
		resp.WithJSONSchema(s)
	default:
		if status == 204 {
			break
		}
		if tn := sc.types.Ref(pg.Version, typ); model.ValueWrapped(o.Route, typ, tn != nil && tn.Type.Kind == model.TypeEnum) {
			resp.WithJSONSchema(openapi3.NewObjectSchema().WithPropertyRef("value", sc.ref(typ)))
			break
		}
		resp.WithJSONSchemaRef(sc.ref(typ))
	}
	op.Responses.Set(strconv.Itoa(status), &openapi3.ResponseRef{Value: resp})
	for _, code := range []string{"4XX", "5XX", "default"} {
		op.Responses.Set(code, &openapi3.ResponseRef{Ref: "#/components/responses/error", Value: errResp})
	}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
