package model

import (
	"strings"
	"testing"
)

type testSpeller map[string]string // lowercase segment -> graph spelling

func (s testSpeller) Spelling(_ string, r Route) []string {
	out := make([]string, len(r.Segments))
	for i, seg := range r.Segments {
		if i > 0 && seg.Kind == SegmentLiteral {
			out[i] = s[strings.ToLower(seg.Name)]
		}
	}
	return out
}

// TestRespellRoutes: a lowercased navigation (directoryaudit-list's
// /auditLogs/directoryaudits) takes the graph's spelling in its segment
// (what names follow), with a route-case info, while the path stays as
// documented; a segment written with capitals, or one the graph does not
// know, stays as written.
func TestRespellRoutes(t *testing.T) {
	lit := func(names ...string) []Segment {
		var out []Segment
		for _, n := range names {
			out = append(out, Segment{Kind: SegmentLiteral, Name: n})
		}
		return out
	}
	pg := &Page{Kind: KindAPI, Version: VersionV1, Routes: []Route{
		{Method: "GET", Path: "/auditLogs/directoryaudits", Raw: "/auditLogs/directoryaudits", Segments: lit("auditLogs", "directoryaudits")},
		{Method: "GET", Path: "/directory/deletedItems", Segments: lit("directory", "deletedItems")},
		{Method: "GET", Path: "/auditLogs/unknown", Segments: lit("auditLogs", "unknown")},
	}}
	sp := testSpeller{"directoryaudits": "directoryAudits", "deleteditems": "deleteditems"}
	diags := RespellRoutes([]*Page{pg}, sp)
	if r := pg.Routes[0]; r.Path != "/auditLogs/directoryaudits" || r.Segments[1].Name != "directoryAudits" || r.Raw != "/auditLogs/directoryaudits" {
		t.Errorf("respelled: %+v", r)
	}
	if pg.Routes[1].Path != "/directory/deletedItems" || pg.Routes[2].Path != "/auditLogs/unknown" {
		t.Errorf("kept: %q %q", pg.Routes[1].Path, pg.Routes[2].Path)
	}
	if len(diags) != 1 || diags[0].Code != "route-case" {
		t.Errorf("diagnostics: %+v", diags)
	}
}
