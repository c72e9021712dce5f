package model

import (
	"strings"
)

// SubjectName is a page's name without a workload prefix: Intune's copies
// of core pages are named intune-<workload>-<subject>
// (intune-devices-user-get → user-get).
func SubjectName(page string) string {
	n := strings.ToLower(page)
	if rest, ok := strings.CutPrefix(n, "intune-"); ok {
		if _, subject, ok := strings.Cut(rest, "-"); ok {
			return subject
		}
	}
	return n
}

// workloadCopy reports whether a page is a workload's copy (an Intune
// page), which a core page outranks on a route both document.
func workloadCopy(page string) bool {
	return strings.HasPrefix(strings.ToLower(page), "intune-")
}

// Subject scores: how a page's name says it is about a route.
const (
	subjectNone    = 0
	subjectNames   = 1 // the page's response or body names the route's type
	subjectDerived = 2 // named for a type derived from the route's, and the verb
	subjectExact   = 3 // named for the route's type and the verb
)

// subjectVerbs are the verbs a page named for a route's resource uses:
// <type>-get for one item, <type>-list for a collection, and so on.
func subjectVerbs(method string, collection bool) []string {
	switch method {
	case "GET":
		if collection {
			return []string{"list"}
		}
		return []string{"get"}
	case "PATCH":
		return []string{"update"}
	case "PUT":
		return []string{"update", "put", "upsert"}
	case "DELETE":
		return []string{"delete"}
	case "POST":
		if collection {
			return []string{"post", "create", "add"}
		}
	}
	return nil
}

// subject scores page p's claim on route r, which addresses res. A page
// is about the route when its name (SubjectName) is <type>-<verb>, where
// type is the route's type and verb the method's (user-get for GET
// /users/{id}, user-list for GET /users, user-update, user-delete); or
// <type>-<verb>-<nav> (user-post-users for POST /users) or
// <owner>-<verb>-<nav>, where owner is the type whose navigation nav the
// route ends with (user-list-messages for GET /me/messages). A page named
// that way for a type derived from the route's scores less
// (eventmessage-get for GET /me/messages/{id}); a page whose response or
// body names the route's type, or the type the collection's name names,
// less again.
func subject(addr Addresser, p *Page, r Route, res Resource) int {
	score := subjectNone
	if aboutCollection(p, r) {
		score = subjectNames
	}
	if addr == nil || res.Kind != ResourceType {
		return score
	}
	target := res.Type.Target
	if rs := p.Response; rs != nil && strings.EqualFold(rs.Type.Target, target) {
		score = subjectNames
	}
	name := SubjectName(p.Name)
	nav := strings.ToLower(res.Nav)
	tokens := strings.Split(name, "-")
	for _, verb := range subjectVerbs(r.Method, res.Type.Collection) {
		for i := 1; i < len(tokens); i++ {
			if tokens[i] != verb {
				continue
			}
			typ := strings.Join(tokens[:i], "")
			rest := strings.Join(tokens[i+1:], "-")
			switch {
			case rest == "" || rest == nav:
				if strings.EqualFold(typ, lastDot(target)) {
					return subjectExact
				}
				if rest != "" && res.Owner != "" && strings.EqualFold(typ, lastDot(res.Owner)) {
					return subjectExact
				}
				if q := addr.Lookup(p.Version, typ); q != "" && addr.IsA(p.Version, q, target) {
					score = max(score, subjectDerived)
				}
			}
		}
	}
	return score
}
