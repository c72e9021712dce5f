package names

import (
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
//     followed by a key (/users/{id}) takes the singular (User).
//  3. Prefix the verb: GET Get, POST Post, PATCH Update, PUT Put, DELETE
//     Delete, unless the name already starts with it (getX() -> GetX).
//
// Long is the same with "By" and each parameter's name after every key
// segment and parameterised function call; a package whose routes collide
// on Method uses Long for every route in the collision.
func Method(r model.Route) string { return method(r, false, Singular) }

// Long is Method with the parameters spelled out; see Method.
func Long(r model.Route) string { return method(r, true, Singular) }

// method is Method or Long, with singular as Singular (Assign passes a
// memoized one: inflection tries some hundred patterns per word).
func method(r model.Route, long bool, singular func(string) string) string {
	var b strings.Builder
	segs := r.Segments
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
		segs = r.Segments
	}
	for i, s := range segs {
		nextIsKey := i+1 < len(segs) && segs[i+1].Kind == model.SegmentKey
		switch s.Kind {
		case model.SegmentLiteral:
			n := s.Name
			if nextIsKey {
				n = singular(n)
			}
			b.WriteString(Exported(n))
		case model.SegmentKey:
			if long {
				b.WriteString("By" + Exported(s.Param))
			}
		case model.SegmentCast:
			parts := strings.Split(s.Name, ".")
			b.WriteString("As" + Exported(parts[len(parts)-1]))
		case model.SegmentFunction:
			n := s.Name
			if nextIsKey {
				n = singular(n)
			}
			b.WriteString(Exported(n))
			if long {
				for _, a := range s.Args {
					if a.Param != "" {
						b.WriteString("By" + Exported(a.Param))
					}
				}
			}
		case model.SegmentPathAddr:
			b.WriteString(Exported(s.Name) + "Path")
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

// OperationID is a route's OpenAPI operationId: the Go package and method,
// "devicemanagement.PostManagedDeviceDeprovision", so that the spec and the
// SDK name an operation alike.
func OperationID(pkg, method string) string { return pkg + "." + method }

// bodyType is the Go type of a page's parameter-table request body: the
// page's first route's method name without its verb, plus "Body"
// (PostManagedDeviceDeprovision -> ManagedDeviceDeprovisionBody).
func bodyType(firstRoute model.Route, singular func(string) string) string {
	m := method(firstRoute, false, singular)
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
