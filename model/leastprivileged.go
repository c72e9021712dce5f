package model

import "strings"

// LeastPrivileged is the least privileged permission of the given kind in
// tables (a route's, see PermissionsForRoute): the first scope of the
// first entry of that kind, or its first group of scopes needed together
// ("A and B"), "not supported", or "" when the tables do not say.
func LeastPrivileged(tables []PermissionTable, kind string) string {
	for _, t := range tables {
		for _, e := range t.Entries {
			if e.Kind != kind {
				continue
			}
			switch {
			case len(e.Scopes) > 0:
				return e.Scopes[0]
			case len(e.AllOf) > 0:
				return strings.Join(e.AllOf[0], " and ")
			case e.NotSupported:
				return "not supported"
			}
		}
	}
	return ""
}
