package model

// OptionalArg reports whether parameter p of route r is a function
// argument the page documents as optional (Param.Optional, not Required,
// in its function parameters, matched by the argument's name or the
// placeholder's): a caller may leave it out of the call.
func OptionalArg(pg *Page, r Route, p RouteParam) bool {
	if p.In != "function" {
		return false
	}
	names := []string{p.Written, p.Name}
	for _, s := range r.Segments {
		for _, a := range s.Args {
			if a.Param == p.Name && a.Name != "" {
				names = append([]string{a.Name}, names...)
			}
		}
	}
	for _, n := range names {
		for _, d := range pg.FunctionParameters {
			if n != "" && d.Name == n {
				return d.Optional && !d.Required
			}
		}
	}
	return false
}
