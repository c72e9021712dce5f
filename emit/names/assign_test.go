package names

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/graphsdkgen/graphsdkgen/model"
)

var argRE = regexp.MustCompile(`^(\w+)\((.*)\)$`)

// parseRoute is a small route parser for tests: literals, {keys}, $value,
// $ref, $count and name(arg='{param}',arg2=value) calls.
func parseRoute(method, path string) model.Route {
	r := model.Route{Method: method, Path: path}
	for _, s := range strings.Split(strings.TrimPrefix(path, "/"), "/") {
		switch {
		case s == "$value":
			r.Segments = append(r.Segments, model.Segment{Kind: model.SegmentValue})
		case s == "$ref":
			r.Segments = append(r.Segments, model.Segment{Kind: model.SegmentRef})
		case s == "$count":
			r.Segments = append(r.Segments, model.Segment{Kind: model.SegmentCount})
		case strings.HasPrefix(s, "{") || strings.Contains(s, "={"):
			_, p, _ := strings.Cut(s, "{")
			p = strings.TrimSuffix(p, "}")
			r.Segments = append(r.Segments, key(p))
			r.Params = append(r.Params, model.RouteParam{Name: p, In: "path"})
		case argRE.MatchString(s):
			m := argRE.FindStringSubmatch(s)
			seg := model.Segment{Kind: model.SegmentFunction, Name: m[1]}
			for _, kv := range strings.Split(m[2], ",") {
				k, v, _ := strings.Cut(kv, "=")
				a := model.Arg{Name: k, Quoted: strings.HasPrefix(v, "'")}
				if v = strings.Trim(v, "'"); strings.HasPrefix(v, "{") {
					a.Param = strings.Trim(v, "{}")
					r.Params = append(r.Params, model.RouteParam{Name: a.Param, In: "function"})
				} else {
					a.Value = v
				}
				seg.Args = append(seg.Args, a)
			}
			r.Segments = append(r.Segments, seg)
		default:
			r.Segments = append(r.Segments, lit(s))
		}
	}
	return r
}

// pageModel is a model of one page per entry, each listing its routes
// ("GET /me/messages"), with an operation per route.
func pageModel(pages map[string][]string) *model.Model {
	m := &model.Model{}
	for name, routes := range pages {
		pg := &model.Page{File: "v1.0/api/" + name + ".md", Name: name, Version: "v1.0", Kind: model.KindAPI}
		if strings.HasSuffix(name, "-body") {
			pg.RequestBody = &model.Body{Kind: model.BodyParameters, Parameters: []model.Param{{Name: "message", Type: model.TypeRef{Primitive: model.PrimString}}}}
		}
		for i, rt := range routes {
			method, path, _ := strings.Cut(rt, " ")
			pg.Routes = append(pg.Routes, parseRoute(method, path))
			m.Operations = append(m.Operations, &model.Operation{Version: "v1.0", Method: method, Path: path, Page: pg.File, Route: i})
		}
		m.Pages = append(m.Pages, pg)
	}
	return m
}

// TestAssignPackagesByRoot: each route lives in its own root's package,
// whatever page lists it, and a page's body type goes with it.
func TestAssignPackagesByRoot(t *testing.T) {
	m := pageModel(map[string][]string{
		"user-list-messages": {"GET /me/messages", "GET /users/{id}/messages"},
		"user-sendmail-body": {"POST /me/sendMail", "POST /users/{id}/sendMail"},
		"group-get-calendar": {"GET /groups/{id}/calendar", "GET /users/{id}/calendar", "GET /me/calendar"},
		"chat-get":           {"GET /chats/{chat-id}", "GET /users/{id}/chats/{chat-id}"},
	})
	ops, diags := Assign(m)
	got := map[string]string{}
	bodies := map[string]string{}
	for _, o := range ops {
		got[o.Route.Method+" "+o.Route.Path] = o.ID()
		if o.Page.RequestBody != nil {
			bodies[o.Package] = o.Body
		}
	}
	want := map[string]string{
		"GET /me/messages":                "me.GetMessages",
		"GET /users/{id}/messages":        "users.GetMessages",
		"POST /me/sendMail":               "me.PostSendMail",
		"POST /users/{id}/sendMail":       "users.PostSendMail",
		"GET /groups/{id}/calendar":       "groups.GetCalendar",
		"GET /users/{id}/calendar":        "users.GetCalendar",
		"GET /me/calendar":                "me.GetCalendar",
		"GET /chats/{chat-id}":            "chats.GetChat",
		"GET /users/{id}/chats/{chat-id}": "users.GetChat",
	}
	for r, id := range want {
		if got[r] != id {
			t.Errorf("%s: %s, want %s", r, got[r], id)
		}
	}
	if bodies["me"] != "SendMailBody" || bodies["users"] != "SendMailBody" {
		t.Errorf("body types %v, want SendMailBody in me and users", bodies)
	}
	if len(diags) != 0 {
		t.Errorf("diagnostics: %v", diags)
	}
}

// TestAssignCollisions: colliding names take the shortest longer form that
// tells them apart, from the route's own segments; never a number.
func TestAssignCollisions(t *testing.T) {
	m := pageModel(map[string][]string{
		"calendar": {"GET /me/calendar/events", "GET /me/calendars/{calendar-id}/events", "GET /me/calendar", "GET /me/calendars/{id}"},
		"photo":    {"GET /me/photo/$value", "GET /me/photos/{size}/$value"},
		"report":   {"GET /reports/getX", "GET /reports/getX(period='{period}')", "GET /reports/getY(date=2017-09-01)", "GET /reports/getY(period='D7')"},
		"categ":    {"GET /deviceAppManagement/mobileApps/{mobileAppId}/categories", "GET /deviceAppManagement/mobileAppCategories"},
		"summary":  {"GET /deviceAppManagement/managedEBooks/{id}/userStateSummary", "GET /deviceAppManagement/managedEBooks/{id}/userStateSummary/{summaryId}"},
		"range":    {"GET /me/drive/items/{id}/workbook/tables/{t}/columns/{c}/Range", "GET /me/drive/items/{id}/workbook/tables/{t}/columns/{c}/range"},
		"image":    {"GET /me/charts/{name}/image", "GET /me/charts/{name}/image(width=640)", "GET /me/charts/{name}/image(width=640,height=480)"},
	})
	ops, diags := Assign(m)
	got := map[string]string{}
	for _, o := range ops {
		got[o.Route.Method+" "+o.Route.Path] = o.ID()
		if n := o.Name; unicode.IsDigit(rune(n[len(n)-1])) {
			t.Errorf("%s ends in a number", o.ID())
		}
	}
	want := map[string]string{
		"GET /me/calendar/events":                                                  "me.GetCalendarEvents",
		"GET /me/calendars/{calendar-id}/events":                                   "me.GetCalendarByIDEvents",
		"GET /me/calendar":                                                         "me.GetCalendar",
		"GET /me/calendars/{id}":                                                   "me.GetCalendarByID",
		"GET /me/photo/$value":                                                     "me.GetPhotoValue",
		"GET /me/photos/{size}/$value":                                             "me.GetPhotoBySizeValue",
		"GET /reports/getX":                                                        "reports.GetX",
		"GET /reports/getX(period='{period}')":                                     "reports.GetXByPeriod",
		"GET /reports/getY(date=2017-09-01)":                                       "reports.GetYByDate",
		"GET /reports/getY(period='D7')":                                           "reports.GetYByPeriod",
		"GET /deviceAppManagement/mobileApps/{mobileAppId}/categories":             "deviceappmanagement.GetMobileAppByIDCategories",
		"GET /deviceAppManagement/mobileAppCategories":                             "deviceappmanagement.GetMobileAppCategories",
		"GET /deviceAppManagement/managedEBooks/{id}/userStateSummary":             "deviceappmanagement.GetManagedEBookUserStateSummary",
		"GET /deviceAppManagement/managedEBooks/{id}/userStateSummary/{summaryId}": "deviceappmanagement.GetManagedEBookUserStateSummaryByID",
		"GET /me/drive/items/{id}/workbook/tables/{t}/columns/{c}/range":           "me.GetDriveItemWorkbookTableColumnRange",
		"GET /me/charts/{name}/image":                                              "me.GetChartImage",
		"GET /me/charts/{name}/image(width=640)":                                   "me.GetChartImageByWidth",
		"GET /me/charts/{name}/image(width=640,height=480)":                        "me.GetChartImageByWidthByHeight",
	}
	for r, id := range want {
		if got[r] != id {
			t.Errorf("%s: %q, want %s", r, got[r], id)
		}
	}
	// Range and range are one operation: the lowerCamel spelling stays.
	if id, ok := got["GET /me/drive/items/{id}/workbook/tables/{t}/columns/{c}/Range"]; ok {
		t.Errorf("Range kept as %s beside range", id)
	}
	var spelling int
	for _, d := range diags {
		switch d.Code {
		case "route-spelling":
			spelling++
		default:
			t.Errorf("unexpected diagnostic %s", d)
		}
	}
	if spelling != 1 {
		t.Errorf("%d route-spelling diagnostics, want 1", spelling)
	}
}
