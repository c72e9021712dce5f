package apigraph_test

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// route builds a route from a template, with the segment kinds the parser
// would give: {x} a key, $value/$count/$ref, microsoft.graph.x a cast,
// name(...) a function, name:/{p}: a path address. A query string is kept.
func route(method, raw string) model.Route {
	path, query, _ := strings.Cut(raw, "?")
	r := model.Route{Method: method, Path: path, Raw: raw}
	if query != "" {
		k, v, _ := strings.Cut(query, "=")
		r.Query = []model.KeyValue{{Key: k, Value: v}}
	}
	rest := strings.TrimPrefix(path, "/")
	for rest != "" {
		var seg string
		if i := strings.Index(rest, ":/"); i >= 0 && !strings.Contains(rest[:i], "/") {
			// name:/{p}:
			end := strings.Index(rest[i+2:], ":")
			seg, rest = rest[:i+2+end+1], strings.TrimPrefix(rest[i+2+end+1:], "/")
			r.Segments = append(r.Segments, model.Segment{Kind: model.SegmentPathAddr, Name: seg[:i], Param: "p"})
			continue
		}
		seg, rest, _ = strings.Cut(rest, "/")
		switch {
		case strings.HasPrefix(seg, "{"):
			r.Segments = append(r.Segments, model.Segment{Kind: model.SegmentKey, Param: strings.Trim(seg, "{}")})
		case seg == "$value":
			r.Segments = append(r.Segments, model.Segment{Kind: model.SegmentValue})
		case seg == "$count":
			r.Segments = append(r.Segments, model.Segment{Kind: model.SegmentCount})
		case seg == "$ref":
			r.Segments = append(r.Segments, model.Segment{Kind: model.SegmentRef})
		case strings.HasPrefix(seg, "microsoft.graph."):
			r.Segments = append(r.Segments, model.Segment{Kind: model.SegmentCast, Name: seg})
		case strings.Contains(seg, "("):
			name, args, _ := strings.Cut(seg, "(")
			s := model.Segment{Kind: model.SegmentFunction, Name: name}
			if a, _, ok := strings.Cut(strings.TrimSuffix(args, ")"), "="); ok {
				s.Args = []model.Arg{{Name: a, Param: a}}
			}
			r.Segments = append(r.Segments, s)
		default:
			r.Segments = append(r.Segments, model.Segment{Kind: model.SegmentLiteral, Name: seg})
		}
	}
	return r
}

// ref is a resolved reference to a type of the test model.
func ref(name string, collection bool) model.TypeRef {
	return model.TypeRef{Name: name, Target: "microsoft.graph." + name, Collection: collection}
}

func prim(p string, collection bool) model.TypeRef {
	return model.TypeRef{Name: p, Primitive: p, Collection: collection}
}

func typ(name, base, kind string, props ...model.Property) *model.Type {
	t := &model.Type{Version: model.VersionV1, Page: "v1.0/resources/" + strings.ToLower(name) + ".md", Name: name,
		Namespace: "microsoft.graph", Kind: kind, Properties: props}
	if base != "" {
		t.Base = "microsoft.graph." + base
	}
	return t
}

func prop(name string, t model.TypeRef) model.Property {
	return model.Property{Name: name, Type: t}
}

func nav(name string, t model.TypeRef) model.Property {
	return model.Property{Name: name, Type: t, Navigation: true}
}

// apiPage is an API page listing routes, with a response.
func apiPage(name string, resp *model.Response, routes ...model.Route) *model.Page {
	if resp != nil {
		r := *resp
		r.Pos.File = "v1.0/api/" + name + ".md"
		resp = &r
	}
	return &model.Page{File: "v1.0/api/" + name + ".md", Name: name, Version: model.VersionV1, Kind: model.KindAPI,
		Pos: model.Pos{File: "v1.0/api/" + name + ".md", Line: 1, Col: 1}, Routes: routes, Response: resp}
}

func object(t model.TypeRef) *model.Response {
	kind := model.ResponseObject
	if t.Collection {
		kind = model.ResponseCollection
	}
	return &model.Response{Pos: model.Pos{Line: 40, Col: 1}, Status: 200, Kind: kind, Type: t}
}

// testModel is a small API: users (and /me), their manager, messages,
// mailbox settings, photo and drive; drives and their items; a print
// singleton; an education singleton found by name.
func testModel() *model.Model {
	types := []*model.Type{
		typ("entity", "", model.TypeEntity, prop("id", prim(model.PrimString, false))),
		typ("directoryObject", "entity", model.TypeEntity),
		typ("user", "directoryObject", model.TypeEntity,
			prop("displayName", prim(model.PrimString, false)),
			prop("mailboxSettings", ref("mailboxSettings", false)),
			nav("manager", ref("directoryObject", false)),
			nav("messages", ref("message", true)),
			nav("photo", ref("profilePhoto", false)),
			nav("drive", ref("drive", false)),
			// The relationship table misses "collection".
			nav("appRoleAssignedTo", ref("appRoleAssignment", false))),
		typ("group", "directoryObject", model.TypeEntity),
		typ("mailboxSettings", "", model.TypeComplex, prop("automaticRepliesSetting", ref("automaticRepliesSetting", false)),
			prop("dateFormat", prim(model.PrimString, false))),
		typ("automaticRepliesSetting", "", model.TypeComplex, prop("status", prim(model.PrimString, false))),
		typ("message", "entity", model.TypeEntity, prop("subject", prim(model.PrimString, false))),
		typ("eventMessage", "message", model.TypeEntity, nav("event", ref("event", false))),
		typ("event", "entity", model.TypeEntity),
		typ("profilePhoto", "entity", model.TypeEntity),
		typ("drive", "entity", model.TypeEntity, nav("root", ref("driveItem", false)), nav("items", ref("driveItem", true))),
		typ("driveItem", "entity", model.TypeEntity, prop("content", prim(model.PrimStream, false)), nav("children", ref("driveItem", true))),
		typ("print", "", model.TypeEntity, nav("printers", ref("printer", true))),
		typ("printer", "entity", model.TypeEntity),
		typ("educationRoot", "", model.TypeEntity, nav("classes", ref("educationClass", true))),
		typ("educationClass", "entity", model.TypeEntity),
		typ("appRoleAssignment", "entity", model.TypeEntity),
	}
	// user.md's Methods table links drive-get too (a user's drive, and by
	// anchor the drive by ID): its rows vote for what they return, drive,
	// not for user.
	types[2].Methods = []model.Method{{Name: "delta", Returns: ref("user", true)},
		{Name: "Get drive", Link: "../api/drive-get.md", Returns: ref("drive", false)},
		{Name: "Get drive by ID", Link: "../api/drive-get.md#get-a-drive-by-id", Returns: ref("drive", false)},
		{Name: "List appRoleAssignedTo", Link: "../api/user-list-approleassignedto.md", Returns: ref("appRoleAssignment", true)}}
	pages := []*model.Page{
		apiPage("user-get", object(ref("user", false)), route("GET", "/users/{id}"), route("GET", "/me")),
		apiPage("user-list", object(ref("user", true)), route("GET", "/users")),
		apiPage("drive-get", &model.Response{Status: 200, Kind: model.ResponseUnknown}, route("GET", "/drives/{id}")),
		apiPage("print-list-printers", object(ref("printer", true)), route("GET", "/print/printers")),
		apiPage("educationclass-get", object(ref("educationClass", false)), route("GET", "/education/classes/{id}")),
	}
	types[10].Methods = []model.Method{{Name: "Get drive", Link: "../api/drive-get.md", Returns: ref("drive", false)}}
	return &model.Model{Pages: pages, Types: types}
}
