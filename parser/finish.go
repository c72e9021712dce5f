package parser

import (
	"regexp"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// finish fills what a page leaves implicit, from the rest of the page:
// a missing or silent Request body section on a page whose routes cannot
// carry a body means no body; a missing or unclear Response section is read
// from the page's example response. What stays unknown is diagnosed.
func (w *walker) finish() {
	pg := w.page
	if pg.Kind != model.KindAPI || len(pg.Routes) == 0 {
		return
	}
	w.actionParameters()
	w.functionCalls()
	w.checkRoutePermissions()
	bodiless := true
	for _, r := range pg.Routes {
		if r.Method != "GET" && r.Method != "DELETE" {
			bodiless = false
		}
	}
	switch {
	case pg.RequestBody == nil && bodiless:
		pg.RequestBody = &model.Body{Pos: pg.Pos, Kind: model.BodyNone}
	case pg.RequestBody == nil:
		pg.RequestBody = &model.Body{Pos: pg.Pos, Kind: model.BodyUnknown}
		w.d.warnf(pg.Pos, "body-section-missing", "the page has no Request body section; its %s routes may take a body: add one", pg.Routes[0].Method)
	case pg.RequestBody.Kind == model.BodyUnknown && bodiless && pg.RequestBody.Text == "":
		pg.RequestBody.Kind = model.BodyNone
	}
	if pg.RequestBody.Kind == model.BodyUnknown {
		w.bodyFromExamples()
	}
	if pg.Response == nil {
		pg.Response = &model.Response{Pos: pg.Pos, Kind: model.ResponseUnknown}
		if !w.responseFromExamples() {
			w.d.warnf(pg.Pos, "response-section-missing", "the page has no Response section and no example response")
		}
	} else if pg.Response.Kind == model.ResponseUnknown {
		w.responseFromText()
	}
	w.updateBodyType()
}

var updateTitleRE = regexp.MustCompile(`^(?i:update)\s+\**([A-Za-z][\w.]*)\**$`)

// updateBodyType gives the table body of a PATCH page its resource type:
// such a table lists the properties of the resource being updated. The
// type is the response's object type, else the one the H1 names
// ("Update managedDevice"). Whether it names a defined type is for the
// resolver to say.
func (w *walker) updateBodyType() {
	pg := w.page
	b := pg.RequestBody
	if b == nil || b.Kind != model.BodyParameters || b.Type.Name != "" || b.Type.Link != "" || pg.Routes[0].Method != "PATCH" {
		return
	}
	if r := pg.Response; r != nil && r.Kind == model.ResponseObject && !r.Type.Collection && (r.Type.Name != "" || r.Type.Link != "") {
		b.Type = r.Type
		return
	}
	if m := updateTitleRE.FindStringSubmatch(strings.TrimSpace(pg.H1)); m != nil {
		b.Type = model.TypeRef{Name: m[1], Raw: pg.H1}
	}
}

var objectWordRE = regexp.MustCompile(`(?i)\b(?:a|an|the|updated|new)\s+(?:updated\s+|new\s+)?\**([A-Za-z][\w.]*)\**\s+(object|resource|entity)\b`)

// responseFromText reads "… returns a 200 OK response code and an updated
// **x** object" where x is not linked.
func (w *walker) responseFromText() {
	resp := w.page.Response
	if m := objectWordRE.FindStringSubmatch(resp.Text); m != nil && !strings.EqualFold(m[1], "json") {
		resp.Kind = model.ResponseObject
		resp.Type = model.TypeRef{Name: m[1]}
		if collectionOf.MatchString(resp.Text) {
			resp.Kind = model.ResponseCollection
			resp.Type.Collection = true
		}
		return
	}
	w.responseFromExamples()
}

// responseFromExamples takes the status and body shape of the first
// example response.
func (w *walker) responseFromExamples() bool {
	resp := w.page.Response
	for _, e := range w.page.Examples {
		r := e.Response
		if r == nil || r.Status == 0 || r.Status >= 400 {
			continue
		}
		if resp.Status == 0 {
			resp.Status = r.Status
		}
		body := strings.TrimSpace(r.Body)
		switch {
		case r.Status == 204 || body == "":
			resp.Kind = model.ResponseNothing
		case r.Status == 302:
			resp.Kind = model.ResponseRedirect
		case r.IsCollection || strings.Contains(body, `"value": [`) || strings.Contains(body, `"value":[`):
			resp.Kind = model.ResponseCollection
			resp.Type = model.TypeRef{Name: strings.TrimPrefix(r.ODataType, "microsoft.graph."), Collection: true}
		case strings.HasPrefix(body, "{"):
			resp.Kind = model.ResponseObject
			resp.Type = model.TypeRef{Name: strings.TrimPrefix(r.ODataType, "microsoft.graph.")}
		default:
			resp.Kind = model.ResponseStream
		}
		w.d.infof(resp.Pos, "response-from-example", "the response is read from the example at line %d: state it in the Response section", r.Pos.Line)
		return true
	}
	return false
}

// bodyFromExamples settles an unclear request body by the page's example
// requests: none of them has a body, or one has a JSON body.
func (w *walker) bodyFromExamples() {
	body := w.page.RequestBody
	seen, withBody := 0, 0
	for _, e := range w.page.Examples {
		if e.Request == nil || e.Request.Method == "GET" || e.Request.Method == "DELETE" {
			continue
		}
		seen++
		if strings.TrimSpace(e.Request.Body) != "" {
			withBody++
			if e.Request.JSON != nil && body.Kind == model.BodyUnknown {
				body.Kind = model.BodyResource
				w.d.infof(body.Pos, "body-from-example", "the request body is read from the example at line %d (a JSON object): describe it in the Request body section", e.Request.Pos.Line)
			}
		}
	}
	if seen > 0 && withBody == 0 {
		body.Kind = model.BodyNone
		w.d.infof(body.Pos, "body-from-example", "no example request has a body, so the request body is read as none: say so in the Request body section")
	}
}
