package names

import (
	"cmp"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// verbs gives the method-name prefix of each HTTP method.
var verbs = map[string]string{"GET": "Get", "POST": "Post", "PATCH": "Update", "PUT": "Put", "DELETE": "Delete"}

// Root is the first segment of a route: the entity set or singleton it
// starts from ("deviceManagement", "me", "users").
func Root(r model.Route) string {
	if len(r.Segments) == 0 {
		return ""
	}
	return r.Segments[0].Name
}

// Method is a route's Go method name on its package's client, and the part
// of its operationId after the package. Rule:
//
//  1. Take the segments after the root. A literal segment gives its name in
//     PascalCase, singular when a key segment follows it (managedDevices/{id}
//     -> ManagedDevice). A key segment gives nothing. A cast gives "As" and
//     the type's last name (microsoft.graph.user -> AsUser). A function call
//     gives its name. $ref, $value, $count give Ref, Value, Count. A path
//     address root:/{path}: gives "Root" and "Path".
//  2. A route that is only its root (/me) takes the root's name (Me); a root
//     followed by a key (/users/{id}) takes the singular (User); a root
//     addressed by an alternate key (/applications(appId='{appId}')) takes
//     the singular and "By" and each key name (ApplicationByAppID).
//  3. Prefix the verb: GET Get, POST Post, PATCH Update, PUT Put, DELETE
//     Delete, unless the name already starts with it (getX() -> GetX).
//
// Routes of one package whose names collide take longer forms of the same
// rule (see Form and disambiguate); Method is FormShort.
func Method(r model.Route) string { return method(r, FormShort, Singular) }

// Form is how much of a route its method name spells out. Each form after
// FormShort adds "By" and a name at some of the route's keys and function
// calls; a key's name is ID for an identifier ({managedDeviceId} -> ByID),
// else its parameter (photo/{size} -> BySize; see keyName), a function
// argument's is the argument's name (getX(period=...) -> ByPeriod).
type Form int

// The forms, shortest first. A collision moves every route in it to the
// next form until the names differ (disambiguate).
const (
	// FormShort is Method.
	FormShort Form = iota
	// FormArgs adds every function call's arguments:
	// getX and getX(period='{period}') -> GetX, GetXByPeriod.
	FormArgs
	// FormLastKey adds them and the key that ends the route (before any
	// $value, $ref or $count): /me/calendar, /me/calendars/{id} ->
	// GetCalendar, GetCalendarByID.
	FormLastKey
	// FormInnerKeys adds the arguments and the keys inside the route, but
	// not the root's key or the last: /me/calendar/events,
	// /me/calendars/{id}/events -> GetCalendarEvents, GetCalendarByIDEvents.
	FormInnerKeys
	// FormKeys adds the arguments and every key but the root's.
	FormKeys
	// FormRootKey adds the arguments and every key, the root's too
	// (/users/{id}/x -> GetByIDX).
	FormRootKey
	// FormSpelled is FormRootKey with literals as written (never made
	// singular), keys by their whole parameter name and casts by their
	// qualified name. Routes that still
	// collide differ only in letter case, quotes or literal argument
	// values: they are one operation (see disambiguate).
	FormSpelled
)

// method is the route's name in a form, with singular as Singular (Assign
// passes a memoized one: inflection tries some hundred patterns per word).
func method(r model.Route, f Form, singular func(string) string) string {
	var b strings.Builder
	segs := r.Segments
	first := 1 // index in r.Segments of segs[0]
	if len(segs) > 0 {
		segs = segs[1:]
	}
	onlyKeys := true
	for _, s := range segs {
		if s.Kind != model.SegmentKey {
			onlyKeys = false
		}
	}
	if onlyKeys {
		// The root itself: /me, /users/{id}.
		segs, first = r.Segments, 0
	}
	last := lastKey(r)
	if f == FormSpelled {
		singular = func(s string) string { return s }
	}
	for i, s := range segs {
		at := first + i
		nextIsKey := i+1 < len(segs) && segs[i+1].Kind == model.SegmentKey
		switch s.Kind {
		case model.SegmentLiteral:
			n := s.Name
			if nextIsKey {
				n = singular(n)
			}
			b.WriteString(Exported(n))
		case model.SegmentKey:
			if keyShown(f, at, last, first == 0) {
				prev := ""
				if at > 0 {
					prev = singular(r.Segments[at-1].Name)
				}
				if f == FormSpelled {
					// The parameter as written: a key alternate in key
					// form (roleTemplateId={roleTemplateId}) differs
					// from {role-id} by nothing else.
					b.WriteString("By" + Exported(s.Param))
					break
				}
				b.WriteString("By" + keyName(s.Param, prev))
			}
		case model.SegmentCast:
			if f == FormSpelled {
				b.WriteString("As" + Exported(s.Name))
				break
			}
			parts := strings.Split(s.Name, ".")
			b.WriteString("As" + Exported(parts[len(parts)-1]))
		case model.SegmentFunction:
			n := s.Name
			alternate := at == 0 && len(s.Args) > 0
			if nextIsKey || alternate {
				n = singular(n)
			}
			b.WriteString(Exported(n))
			if f >= FormArgs || alternate {
				for _, a := range s.Args {
					b.WriteString("By" + Exported(cmp.Or(a.Name, a.Param)))
				}
			}
		case model.SegmentPathAddr:
			if len(Words(s.Name)) > 0 {
				b.WriteString(Exported(s.Name))
			}
			b.WriteString("Path") // items/{id}:/{path}: -> ItemPath
		case model.SegmentRef:
			b.WriteString("Ref")
		case model.SegmentValue:
			b.WriteString("Value")
		case model.SegmentCount:
			b.WriteString("Count")
		}
	}
	name := b.String()
	verb := verbs[r.Method]
	if strings.HasPrefix(name, verb) && (len(name) == len(verb) || strings.ToUpper(name[len(verb):len(verb)+1]) == name[len(verb):len(verb)+1]) {
		return name
	}
	return verb + name
}

// keyShown reports whether form f spells out the key at index at of the
// route's segments; last is the index of the route's last key (-1 for
// none). The root's key is at index 1; a route that is only its root
// and a key (onlyRoot) treats that key as its last.
func keyShown(f Form, at, last int, onlyRoot bool) bool {
	isLast := at == last
	isRoot := at == 1 && !onlyRoot
	switch f {
	case FormLastKey:
		return isLast && !isRoot
	case FormInnerKeys:
		return !isLast && !isRoot
	case FormKeys:
		return !isRoot
	case FormRootKey, FormSpelled:
		return true
	}
	return false
}

// lastKey is the index of the key segment that ends the route, before
// any $value, $ref or $count, or -1.
func lastKey(r model.Route) int {
	for i := len(r.Segments) - 1; i >= 0; i-- {
		switch r.Segments[i].Kind {
		case model.SegmentValue, model.SegmentRef, model.SegmentCount:
			continue
		case model.SegmentKey:
			return i
		}
		return -1
	}
	return -1
}

// keyName is the name of a key in a method name. A parameter whose last
// word is "id" is the key of what the segment names, whatever the page
// calls it: ID ({managedDeviceId}, {user-id},
// {userExperienceAnalyticsMetricId}); parameter names never tell routes
// apart (model.RouteKey ignores them). Another parameter gives its name
// without the leading words of the segment it keys, when something is left
// ({size} after photo -> Size, {name} after chart -> Name).
func keyName(param, segment string) string {
	ws := Words(param)
	if n := len(ws); n > 0 && strings.EqualFold(ws[n-1], "id") {
		return "ID"
	}
	sw := Words(segment)
	for len(sw) > 0 && len(ws) > len(sw) && wordsEqual(ws[:len(sw)], sw) {
		ws = ws[len(sw):]
	}
	return Exported(strings.Join(ws, " "))
}

func wordsEqual(a, b []string) bool {
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

// OperationID is a route's OpenAPI operationId: the Go package and method,
// "devicemanagement.PostManagedDeviceDeprovision", so that the spec and the
// SDK name an operation alike.
func OperationID(pkg, method string) string { return pkg + "." + method }

// bodyType is the Go type of a page's parameter-table request body: the
// page's first route's method name without its verb, plus "Body"
// (PostManagedDeviceDeprovision -> ManagedDeviceDeprovisionBody).
func bodyType(firstRoute model.Route, singular func(string) string) string {
	m := method(firstRoute, FormShort, singular)
	return strings.TrimPrefix(m, verbs[firstRoute.Method]) + "Body"
}

// Param is the Go parameter name of a route parameter.
func Param(p model.RouteParam) string { return Unexported(p.Name) }

// Field is the Go field name of a JSON property, Exported without a
// leading "@", or "" when the name cannot be a field's json tag (see
// jsonNameOK): such a property travels in AdditionalData.
func Field(json string) string {
	if !jsonNameOK(json) {
		return ""
	}
	return Exported(strings.TrimPrefix(json, "@"))
}

// DocsURL is a page's link on learn.microsoft.com:
// https://learn.microsoft.com/graph/api/<page-name>?view=graph-rest-beta
// (or graph-rest-1.0).
func DocsURL(pg *model.Page) string {
	view := "graph-rest-1.0"
	if pg.Version == model.VersionBeta {
		view = "graph-rest-beta"
	}
	return "https://learn.microsoft.com/graph/api/" + pg.Name + "?view=" + view
}
