package model

import "strings"

// BodyOnReadRoute reports whether a GET or DELETE route of pg takes the
// page's request body: the page documents body parameters (or, for a
// DELETE, a reference) and one of its examples of that method sends a
// body (the workbook range functions, a few DELETEs of references). Other
// GET and DELETE routes take none.
func BodyOnReadRoute(pg *Page, method string) bool {
	if method != "GET" && method != "DELETE" {
		return false
	}
	b := pg.RequestBody
	switch {
	case b == nil:
		return false
	case method == "DELETE" && (b.Kind == BodyReference || b.Kind == BodyResource):
		// serviceprincipal-delete-owners: "supply the identifier of the
		// directory object", and its example sends {"@odata.id": …}.
		for _, e := range pg.Examples {
			if e.Request != nil && e.Request.Method == method && e.Request.JSON != nil && strings.Contains(e.Request.Body, `"@odata.id"`) {
				return true
			}
		}
		return false
	case b.Kind != BodyParameters || len(b.Parameters) == 0:
		return false
	}
	for _, e := range pg.Examples {
		if e.Request != nil && e.Request.Method == method && strings.TrimSpace(e.Request.Body) != "" && e.Request.JSON != nil {
			return true
		}
	}
	return false
}
