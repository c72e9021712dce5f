package examplecheck

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// request validates the example's path, query and headers against the
// operation with openapi3filter (the body is checked by requestBody).
func (c *checker) request(e *Example, doc *openapi3.T, item *openapi3.PathItem, op *openapi3.Operation, values []string, query string) []model.Diagnostic {
	o := e.Op
	req := e.Page.Examples[e.Index].Request
	hr, err := http.NewRequest(o.Route.Method, "https://graph.microsoft.com/"+o.Version+"/", nil)
	if err != nil {
		return nil
	}
	for _, h := range req.Headers {
		hr.Header.Add(h.Key, h.Value)
	}
	params := map[string]string{}
	for i, n := range model.PathParams(o.Path) {
		if i < len(values) {
			params[n] = values[i]
		}
	}
	in := &openapi3filter.RequestValidationInput{
		Request: hr, PathParams: params, QueryParams: parseQuery(query),
		Route: &routers.Route{Spec: doc, Path: o.Path, PathItem: item, Method: o.Route.Method, Operation: op},
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc,
			MultiError: true, ExcludeRequestBody: true},
	}
	err = openapi3filter.ValidateRequest(context.Background(), in)
	if err == nil {
		return nil
	}
	var out []model.Diagnostic
	for _, re := range requestErrors(err) {
		p := re.Parameter
		if p == nil {
			continue
		}
		switch p.In {
		case openapi3.ParameterInHeader:
			cite := model.Pos{}
			for _, h := range o.Page.RequestHeaders {
				if strings.EqualFold(h.Name, p.Name) {
					cite = h.Pos
					break
				}
			}
			if errors.Is(re.Err, openapi3filter.ErrInvalidRequired) {
				out = append(out, finding(req.Pos, CodeHeaderMissing,
					fmt.Sprintf("example %d omits the %s header the page requires", e.Index+1, p.Name), cite))
				continue
			}
			out = append(out, finding(req.Pos, CodeHeaderMissing,
				fmt.Sprintf("example %d: header %s: %s", e.Index+1, p.Name, oneLine(re.Error())), cite))
		case openapi3.ParameterInQuery:
			out = append(out, finding(req.Pos, CodeQuery,
				fmt.Sprintf("example %d: query %s=%q is not what the route takes: %s", e.Index+1, p.Name, in.QueryParams.Get(p.Name), reason(re)), o.Route.Pos))
		}
	}
	return out
}

// requestErrors flattens openapi3filter's errors.
func requestErrors(err error) []*openapi3filter.RequestError {
	var out []*openapi3filter.RequestError
	var me openapi3.MultiError
	if errors.As(err, &me) && len(me) > 0 {
		if _, ok := err.(openapi3.MultiError); ok {
			for _, e := range me {
				out = append(out, requestErrors(e)...)
			}
			return out
		}
	}
	var re *openapi3filter.RequestError
	if errors.As(err, &re) {
		out = append(out, re)
	}
	return out
}

// reason is a request error's cause without the parameter's name.
func reason(re *openapi3filter.RequestError) string {
	var se *openapi3.SchemaError
	if errors.As(re.Err, &se) {
		return oneLine(se.Reason)
	}
	if re.Err != nil {
		return oneLine(re.Err.Error())
	}
	return oneLine(re.Reason)
}

// parseQuery reads an example's query string leniently: the docs write
// spaces and quotes unescaped, and a value that does not unescape is kept
// as written.
func parseQuery(q string) url.Values {
	v := url.Values{}
	for _, kv := range strings.Split(q, "&") {
		if kv == "" {
			continue
		}
		k, val, _ := strings.Cut(kv, "=")
		if u, err := url.QueryUnescape(k); err == nil {
			k = u
		}
		if u, err := url.QueryUnescape(val); err == nil {
			val = u
		}
		v.Add(strings.TrimSpace(k), val)
	}
	return v
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
