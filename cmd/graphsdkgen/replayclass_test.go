package main

import (
	"regexp"
	"strings"
)

// verdict says whose error a replay failure is, from its class and first
// error line: "docs: …" when the example contradicts its own page (a
// placeholder where a value belongs, a member or value the documented type
// does not have, a header the page requires but the example omits),
// "generator: …" when graphsdkgen cannot express what the example sends.
// What matches no rule is "unclassified", to be looked at.
func verdict(class, msg string) string {
	nested := nestedAnnotationRE.MatchString(msg)
	switch {
	case class == "request-mismatch" && strings.Contains(msg, "null-dropped"):
		return "generator: a null inside a nested object cannot be sent through a typed model"
	case nested && (class == "request-mismatch" || class == "body-type"):
		return "generator: an OData annotation inside a nested object cannot be sent through a typed model"
	case placeholderRE.MatchString(msg):
		return "docs: a placeholder or badly formatted value where the documented type needs a value (time, date, duration, base64)"
	case strings.Contains(msg, "cannot unmarshal"):
		return "docs: an example value contradicts the documented type (string for a boolean, object for a string, …)"
	case class == "body-type" && strings.Contains(msg, "unknown field"),
		class == "request-mismatch" && strings.Contains(msg, "member-dropped"):
		return "docs: an example member the documented type does not have"
	case strings.Contains(msg, "not one of the allowed values"):
		return "docs: an enum value the docs do not list (or list in another case)"
	case strings.Contains(msg, "in header has an error: value is required but missing"):
		return "docs: a header the page requires is missing from its example"
	case requiredParamRE.MatchString(msg):
		return "docs: the example omits a body parameter the page marks required"
	case class == "request-mismatch" && strings.Contains(msg, "query "):
		return "docs: the example's query string repeats or contradicts the route's"
	case class == "request-mismatch" && (strings.Contains(msg, "body , example") || strings.Contains(msg, "member-added")):
		return "docs: the example sends a body (or member) the page says the route does not take"
	case numberRE.MatchString(msg):
		return "docs: an example number more precise than its type (Edm.Single) holds"
	case strings.Contains(msg, "no operation for"):
		return "docs: the example calls a route its page does not list"
	}
	return "unclassified"
}

var (
	nestedAnnotationRE = regexp.MustCompile(`at /[^ ]*/[^ /]*@odata\.|unknown field "[^"]+@odata\.`)
	placeholderRE      = regexp.MustCompile(`parsing time|invalid Edm\.|illegal base64`)
	requiredParamRE    = regexp.MustCompile(`request body has an error: doesn't match schema: Error at "[^"]*": property "[^"]+" is missing`)
	numberRE           = regexp.MustCompile(`value-changed: sent -?[0-9.]+(e-?[0-9]+)?, example -?[0-9.]+`)
)
