package apichange

import (
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// permKinds are the permission kinds a route's least privileged scope is
// compared for, with how a report names them.
func permKinds() [][2]string {
	return [][2]string{
		{model.PermDelegatedWork, "delegated (work or school)"},
		{model.PermDelegatedPersonal, "delegated (personal)"},
		{model.PermApplication, "application"},
	}
}

// comparePermissions gives each permission kind whose least privileged
// scope (model.LeastPrivileged of model.PermissionsForRoute) changed a
// line of its own. The change is Raised, and breaking, when a caller
// holding the old scope is no longer accepted: the new tables do not list
// it among the kind's scopes, higher privileged ones included (a kind that
// became "not supported" too). Otherwise it is Changed and not breaking:
// the old scope is still accepted (the detail says so), or the kind was
// not documented or not supported before, or is no longer documented (the
// tables say nothing of it). When the route changed owner, the caller
// passes as or the new owner's old tables where it had them (samePage).
func comparePermissions(cs changes, or, nr opRef) {
	ot := model.PermissionsForRoute(or.page, or.route).Tables
	nt := model.PermissionsForRoute(nr.page, nr.route).Tables
	for _, k := range permKinds() {
		o, n := model.LeastPrivileged(ot, k[0]), model.LeastPrivileged(nt, k[0])
		if strings.EqualFold(o, n) {
			continue
		}
		c := Change{Category: CatPermission, Action: Changed, Subject: nr.subject() + " " + k[1],
			Detail: orNotDocumented(o) + " -> " + orNotDocumented(n), Pos: permPos(nr.page, nt, k[0])}
		switch {
		case o == "" || o == notSupported || n == "":
		case accepts(nt, k[0], o):
			c.Detail += " (" + o + " still accepted)"
		default:
			c.Action, c.Breaking = Raised, true
		}
		cs.add(nr.op.Version, c)
	}
}

// notSupported is what model.LeastPrivileged says of a kind a table marks
// as not supported.
const notSupported = "not supported"

func orNotDocumented(s string) string {
	if s == "" {
		return "not documented"
	}
	return s
}

// accepts reports whether the tables list scope (one name, or names joined
// by " and ") among the kind's alternatives, higher privileged ones
// included.
func accepts(tables []model.PermissionTable, kind, scope string) bool {
	for _, t := range tables {
		for _, e := range t.Entries {
			if e.Kind != kind {
				continue
			}
			in := func(s string) bool { return strings.EqualFold(s, scope) }
			if slices.ContainsFunc(e.Scopes, in) || slices.ContainsFunc(e.HigherPrivileged, in) {
				return true
			}
			for _, g := range e.AllOf {
				if in(strings.Join(g, " and ")) {
					return true
				}
			}
		}
	}
	return false
}

// permPos is the line of the kind's first entry in the route's tables, or
// the page's first table, or the page.
func permPos(pg *model.Page, tables []model.PermissionTable, kind string) model.Pos {
	for _, t := range tables {
		for _, e := range t.Entries {
			if e.Kind == kind {
				return e.Pos
			}
		}
	}
	if len(tables) > 0 {
		return tables[0].Pos
	}
	if len(pg.Permissions) > 0 {
		return pg.Permissions[0].Pos
	}
	return pg.Pos
}
