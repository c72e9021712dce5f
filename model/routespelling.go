package model

import (
	"fmt"
	"strings"
)

// Speller says how the resource graph spells a route's segments (package
// apigraph implements it): per segment, the name of the property the route
// follows there, or "".
type Speller interface {
	Spelling(version string, r Route) []string
}

// RespellRoutes gives the all-lowercase literal segments of the API pages'
// routes the spelling of the properties they follow, where they differ
// only in letter case (a lowercased camelCase name): v1.0's directoryaudit-list writes GET
// /auditLogs/directoryaudits for auditLogRoot's directoryAudits, which its
// own example and directoryaudit-get spell so; Graph compares paths without
// case, and the SDK's name follows the property (GetDirectoryAudits, not
// GetDirectoryaudits). Only the segments change: Path and Raw keep the
// page's text, so the request and the OpenAPI path are the documented
// route (what the docs' readers and tools look for). Each respelled route
// gets a route-case info at its line. A segment written with capitals keeps
// them: the page then disagrees with a resource page that may be the one
// wrong (directory's "deleteditems"). A route whose path does not split into
// its segments at '/' is left as written.
func RespellRoutes(pages []*Page, sp Speller) []Diagnostic {
	var diags []Diagnostic
	for _, p := range pages {
		if p.Kind != KindAPI || p.Version == "" {
			continue
		}
		for i := range p.Routes {
			r := &p.Routes[i]
			spell := sp.Spelling(p.Version, *r)
			parts := strings.Split(r.Path, "/")
			if len(parts) != len(r.Segments)+1 || len(spell) != len(r.Segments) {
				continue
			}
			var fixed []string
			for j, s := range r.Segments {
				want := spell[j]
				if s.Kind != SegmentLiteral || want == "" || want == s.Name || !strings.EqualFold(want, s.Name) || parts[j+1] != s.Name || s.Name != strings.ToLower(s.Name) {
					continue
				}
				fixed = append(fixed, fmt.Sprintf("%s as %s", s.Name, want))
				r.Segments[j].Name = want
				parts[j+1] = want
			}
			if len(fixed) == 0 {
				continue
			}
			was := r.Path
			diags = append(diags, Diagnostic{Pos: r.Pos, Severity: SeverityInfo, Code: "route-case",
				Message: fmt.Sprintf("route %s %s is named as %s: %s, as the resource graph spells the property (requests keep the page's spelling)", r.Method, was, strings.Join(parts, "/"), strings.Join(fixed, ", "))})
		}
	}
	return diags
}
