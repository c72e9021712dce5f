package model

import (
	"slices"
	"strings"
)

// How RoutePermissions chose a route's entries.
const (
	// PermMatchAll: no entry of the page names a resource; all apply.
	PermMatchAll = "all"
	// PermMatchResource: the entries naming the route's resource apply,
	// with the entries that name none.
	PermMatchResource = "resource"
	// PermMatchUnmatched: entries name resources but none matches the
	// route; all apply.
	PermMatchUnmatched = "unmatched"
	// PermMatchUndistinguished: the route's root is the only match and
	// every route of the page matches the same label, so the labels do
	// not tell the routes apart (the "Supported resource" column of
	// POST /groups/{id}/members/$ref names the member added, and group is
	// one of them); all apply.
	PermMatchUndistinguished = "undistinguished"
)

// RoutePermissions is the part of a page's permissions that applies to
// one of its routes.
type RoutePermissions struct {
	// Tables are the page's tables with only the entries that apply,
	// in page order; a table left without entries is dropped.
	Tables []PermissionTable
	// Match is one of the PermMatch* constants.
	Match string
	// Resources are the labels that matched the route (PermMatchResource).
	Resources []string
	// Narrowed is set when some entries of the page were left out.
	Narrowed bool
}

// PermissionResources lists the distinct resource labels of the page's
// entries (an entry's own, else its table's), in page order.
func PermissionResources(pg *Page) []string {
	var out []string
	for _, t := range pg.Permissions {
		for _, e := range t.Entries {
			for _, l := range entryResources(t, e) {
				if !slices.Contains(out, l) {
					out = append(out, l)
				}
			}
		}
	}
	return out
}

// PermissionsForRoute assigns the page's permission entries to route r
// (one of pg.Routes).
//
// Each entry covers the resources its labels name (Permission.Resources,
// else its table's); an entry without labels covers every route. A label
// matches a route when each of its words, or runs of adjacent words
// written together, is the name of one of the route's segments (or, for
// one word, ends with it: "taskList" for lists): a literal
// in the singular ("users" is user, "azureResources" is "Azure
// resources"), a cast's type, a function's name. The root /me is also
// "self" and "user", /users also "user" and "other" ("Permissions acting
// on other users"). Words such as "for", "the", "resource", "provider"
// and "personal" may stay unmatched. Of the labels that match, the one
// whose matched segment is deepest wins (the resource the route acts on,
// not its container: "event" over "user" for /users/{id}/events/{id}),
// then the one that matched more words ("group event" over "event").
//
// When no label matches, every entry applies (PermMatchUnmatched). When
// the best match is the route's root and every route of the page that
// matches gets the same label, the labels do not name the route's
// resource and every entry applies too (PermMatchUndistinguished).
func PermissionsForRoute(pg *Page, r Route) RoutePermissions {
	units := permUnits(pg)
	labelled := slices.ContainsFunc(units, func(u permUnit) bool { return len(u.labels) > 0 })
	if !labelled {
		return permSelect(pg, units, nil, PermMatchAll)
	}
	best := permBest(units, r)
	if best.depth < 0 {
		return permSelect(pg, units, nil, PermMatchUnmatched)
	}
	if best.depth == 0 && !permLabelsSplitRoutes(pg, units) {
		return permSelect(pg, units, nil, PermMatchUndistinguished)
	}
	rp := permSelect(pg, units, best.units, PermMatchResource)
	rp.Resources = best.labels
	return rp
}

// permUnit is one entry with the labels that apply to it.
type permUnit struct {
	table, entry int
	labels       []string
	words        [][]string // labels split into normalised words
}

func permUnits(pg *Page) []permUnit {
	var out []permUnit
	for ti, t := range pg.Permissions {
		for ei, e := range t.Entries {
			u := permUnit{table: ti, entry: ei, labels: entryResources(t, e)}
			for _, l := range u.labels {
				u.words = append(u.words, permWords(l))
			}
			out = append(out, u)
		}
	}
	return out
}

func entryResources(t PermissionTable, e Permission) []string {
	if len(e.Resources) > 0 {
		return e.Resources
	}
	return t.Resources
}

// permScore is how well labels match a route: the deepest matched
// segment (-1: no match), then the number of matched words.
type permScore struct {
	depth, words int
}

func (a permScore) better(b permScore) bool {
	return a.depth > b.depth || a.depth == b.depth && a.words > b.words
}

// permBestMatch is the winning score, the units that reach it and their
// matching labels.
type permBestMatch struct {
	permScore
	units  map[int]bool
	labels []string
}

func permBest(units []permUnit, r Route) permBestMatch {
	segs := permRouteSegments(r)
	best := permBestMatch{permScore: permScore{depth: -1}}
	for i, u := range units {
		for li, w := range u.words {
			s, ok := permMatch(w, segs)
			if !ok {
				continue
			}
			switch {
			case s.better(best.permScore):
				best = permBestMatch{permScore: s, units: map[int]bool{i: true}, labels: []string{u.labels[li]}}
			case s == best.permScore:
				best.units[i] = true
				if !slices.Contains(best.labels, u.labels[li]) {
					best.labels = append(best.labels, u.labels[li])
				}
			}
		}
	}
	return best
}

// permLabelsSplitRoutes reports whether the page's routes match at least
// two different labels.
func permLabelsSplitRoutes(pg *Page, units []permUnit) bool {
	var first []string
	for _, r := range pg.Routes {
		b := permBest(units, r)
		if b.depth < 0 {
			continue
		}
		slices.Sort(b.labels)
		if first == nil {
			first = b.labels
			continue
		}
		if !slices.Equal(first, b.labels) {
			return true
		}
	}
	return false
}

// permSelect copies the page's tables keeping the chosen units and the
// unlabelled ones; chosen nil keeps all.
func permSelect(pg *Page, units []permUnit, chosen map[int]bool, match string) RoutePermissions {
	rp := RoutePermissions{Match: match}
	keep := make([][]bool, len(pg.Permissions))
	for ti, t := range pg.Permissions {
		keep[ti] = make([]bool, len(t.Entries))
	}
	for i, u := range units {
		keep[u.table][u.entry] = chosen == nil || chosen[i] || len(u.labels) == 0
	}
	for ti, t := range pg.Permissions {
		nt := t
		nt.Entries = nil
		for ei, e := range t.Entries {
			if keep[ti][ei] {
				nt.Entries = append(nt.Entries, e)
			} else {
				rp.Narrowed = true
			}
		}
		if len(nt.Entries) > 0 || len(t.Entries) == 0 {
			if nt.Entries == nil {
				nt.Entries = []Permission{}
			}
			rp.Tables = append(rp.Tables, nt)
		}
	}
	return rp
}

// permSegment is one segment of a route as names a label may match.
type permSegment struct {
	depth int
	names []string
}

// permRouteSegments names the route's literal, cast and function segments.
func permRouteSegments(r Route) []permSegment {
	var out []permSegment
	for i, s := range r.Segments {
		var n string
		switch s.Kind {
		case SegmentLiteral, SegmentFunction, SegmentPathAddr:
			n = s.Name
		case SegmentCast:
			n = s.Name[strings.LastIndex(s.Name, ".")+1:]
		default:
			continue
		}
		n = permSingular(strings.ToLower(n))
		names := []string{n}
		if i == 0 {
			switch n {
			case "me":
				names = append(names, "self", "user")
			case "user":
				names = append(names, "other")
			}
		}
		out = append(out, permSegment{depth: i, names: names})
	}
	return out
}

// permStopWords may stay unmatched in a label.
var permStopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "on": true, "in": true, "for": true, "to": true,
	"resource": true, "provider": true, "permission": true, "acting": true, "personal": true,
}

// permMatch matches a label's words against the route's segments.
func permMatch(words []string, segs []permSegment) (permScore, bool) {
	s := permScore{depth: -1}
	for i := 0; i < len(words); {
		found := false
		for j := min(len(words), i+4); j > i && !found; j-- {
			name := strings.Join(words[i:j], "")
			for k := len(segs) - 1; k >= 0; k-- {
				if slices.ContainsFunc(segs[k].names, func(n string) bool { return n == name || j == i+1 && permEndsWith(name, n) }) {
					s.depth = max(s.depth, segs[k].depth)
					s.words += j - i
					i, found = j, true
					break
				}
			}
		}
		if found {
			continue
		}
		if !permStopWords[words[i]] {
			return permScore{depth: -1}, false
		}
		i++
	}
	return s, s.words > 0
}

// permEndsWith reports whether one word of a label names a segment by
// ending with its name: "taskList" names the segment lists of
// /users/{id}/todo/lists/{id}. The reverse is no match, so that group does
// not name calendarGroups, nor do words written together ("user calendar"
// is not named by calendar alone).
func permEndsWith(word, seg string) bool {
	return len(seg) >= 4 && strings.HasSuffix(word, seg)
}

// permWords lowercases a label and splits it into singular words.
func permWords(label string) []string {
	f := strings.FieldsFunc(strings.ToLower(label), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for i, w := range f {
		f[i] = permSingular(w)
	}
	return f
}

// permSingular drops a plural ending; labels and segments go through the
// same rule, so it need not be good English.
func permSingular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}
