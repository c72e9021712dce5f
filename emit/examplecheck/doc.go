// Package examplecheck checks the example pairs of the reference pages
// against the pages that document them, without compiling Go: the request
// URL must match a route the page (or, failing that, the version)
// documents, with its method; path, query and headers must validate
// against the emitted OpenAPI operation (openapi3filter), the JSON body
// against the operation's request schema (kin-openapi) and against the
// documented types' members; the response status must be one the page
// documents and its body must validate against the operation's result
// schema. Every finding is a diagnostic at the example (at the member's
// line inside the JSON where it can be placed) citing, in Related, the
// declaration it contradicts: the table row, the enum listing, the route
// line, the "Required" cell, the Request body or Response section.
//
// Enum values that differ from a documented member only in case are
// ambiguous, not docs errors: the Graph docs spell members in camelCase
// but write the same member in other cases in prose and examples, and the
// service's JSON enum reading is case-insensitive for many workloads;
// the docs never state that values are case-sensitive. Such a value is
// example-enum-case (info), and a replay failure it explains is classed
// "ambiguous". So is a body member the table spells in another case
// ("Message" in the table, "message" in the example): example-member-case;
// and an example that sends {} where the page documents no body
// ("does not require any request body" permits it, and Graph reads {} as
// no parameters; the client sends no body): example-body-empty.
package examplecheck

// Finding codes (see the README's diagnostics table).
const (
	CodeNotGraph       = "example-not-graph"
	CodeRouteUnknown   = "example-route-unknown"
	CodeMethod         = "example-method"
	CodeQuery          = "example-query"
	CodeHeaderMissing  = "example-header-missing"
	CodeBodyUnexpected = "example-body-unexpected"
	CodeBodyMissing    = "example-body-missing"
	CodeBodyEmpty      = "example-body-empty"
	CodeRequired       = "example-required-missing"
	CodeMemberUnknown  = "example-member-unknown"
	CodeValue          = "example-value"
	CodeEnumValue      = "example-enum-value"
	CodeEnumCase       = "example-enum-case"
	CodeMemberCase     = "example-member-case"
	CodeStatus         = "example-status"
	CodeValueWrapped   = "example-value-wrapped"
)

// Ambiguous reports whether a finding code marks an example as ambiguous
// rather than wrong.
func Ambiguous(code string) bool {
	return code == CodeEnumCase || code == CodeMemberCase || code == CodeBodyEmpty
}

// AmbiguousReason is why a finding of an Ambiguous code leaves the
// example undecided, as the README's rule states it.
func AmbiguousReason(code string) string {
	switch code {
	case CodeEnumCase:
		return "an enum value that differs from a documented member only in case"
	case CodeMemberCase:
		return "a member the page spells in another case"
	case CodeBodyEmpty:
		return "an empty object {} where the page documents no body"
	}
	return ""
}

// Informational reports whether a finding code is information, not a
// contradiction: a request to another service, a case-only enum
// difference, one object wrapped in "value".
func Informational(code string) bool {
	return code == CodeNotGraph || Ambiguous(code) || code == CodeValueWrapped
}
