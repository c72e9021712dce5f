package parser

import (
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Routes outside the HTTP request section.
//
// Some API pages give their routes under headings of their own: one H2 per
// way to address the resource ("## Get the tenant's root site", "## List a
// site's drives"), an "### HTTP request" H3 under such an H2, or a route
// fence left in the Permissions section. readOtherRoutes reads them: a code
// block (info string empty, http or msgraph-interactive) under any heading
// of the page but the HTTP request, Example(s) and Response H2s, the
// Optional query parameters H2 and asides (Remarks, See also, Notes,
// Error…) unless under an "### HTTP request" heading, and the example
// headings below an H2 (Example…, Request, Response, Request N …), whose
// non-blank lines are all route lines ("or" allowed between them). A block
// with anything else (a header line, a body) is an example request, not a
// route list. A route with a host other than Graph's (an upload URL) is not
// a Graph route, and one with a query string shows a query option, not a
// route of its own: both are left out. Routes the page already has are not
// added twice. Each block read is diagnosed (route-outside-http-section) so
// that the page can put it under an HTTP request heading.
//
// It returns the H2 sections (not the preamble) routes were read from: on a
// page without an Example(s) H2 their own "### Request" / "### Response"
// blocks are the page's examples (driveitem-createuploadsession's "## Create
// an upload session"), which give the response type (see finish).

// asideSectionRE matches the H2s whose routes point elsewhere ("to get the
// item, call GET /drives/{id}/items/{id}").
var asideSectionRE = regexp.MustCompile(`(?i)^(?:remarks?|see also|notes?|related\b.*|error.*)$`)

var exampleHeadingRE = regexp.MustCompile(`(?i)^(?:examples?\b|(?:request|response)\s*\d*\s*(?:[:.(-]|$))`)

// isExampleHeading says an H3-H6 heading introduces an example.
func isExampleHeading(t string) bool {
	return exampleHeadingRE.MatchString(strings.TrimSpace(t))
}

func (w *walker) readOtherRoutes(secs []*section) []*section {
	var read []*section
	all := append([]*section{&w.pre}, secs...)
	for _, s := range all {
		aside := false
		switch sectionKind(s.title) {
		case "http", "examples", "response":
			continue
		case "query":
			aside = true
		}
		aside = aside || asideSectionRE.MatchString(strings.TrimSpace(s.title))
		for _, b := range s.blocks {
			if isExampleHeading(b.heading) || aside && sectionKind(b.heading) != "http" {
				continue
			}
			if w.readRouteFence(s, b) > 0 && s != &w.pre && !slices.Contains(read, s) {
				read = append(read, s)
			}
		}
	}
	return read
}

// readRouteFence reads block b of section s when it is a fence of routes
// and returns how many routes it added.
func (w *walker) readRouteFence(s *section, b block) int {
	var lines []string
	var offs []int
	switch n := b.n.(type) {
	case *ast.FencedCodeBlock:
		switch strings.ToLower(strings.TrimSpace(string(n.Language(w.src)))) {
		case "", "http", "msgraph-interactive":
		default:
			return 0
		}
	case *ast.CodeBlock:
	default:
		return 0
	}
	ls := b.n.Lines()
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		line := strings.TrimRight(string(seg.Value(w.src)), "\n")
		t := strings.TrimSpace(line)
		if t == "" || strings.EqualFold(t, "or") {
			continue
		}
		if _, _, _, ok := routeSplitMethod(t); !ok {
			return 0
		}
		lines = append(lines, t)
		offs = append(offs, seg.Start+len(line)-len(strings.TrimLeft(line, " \t")))
	}
	have := map[string]bool{}
	for _, r := range w.page.Routes {
		have[model.RouteKey(r.Method, r.Path)] = true
	}
	added := 0
	for i, line := range lines {
		if !routeGraphHost(line) {
			continue
		}
		d := &diags{}
		r, version, ok := parseRoute(line, w.li.pos(offs[i]), d)
		if !ok || len(r.Query) > 0 || have[model.RouteKey(r.Method, r.Path)] {
			continue
		}
		have[model.RouteKey(r.Method, r.Path)] = true
		if added == 0 {
			where := "the page's introduction"
			switch {
			case b.heading != "" && s.title != "":
				where = routeQuote(b.heading) + " under " + routeQuote(s.title)
			case b.heading != "":
				where = routeQuote(b.heading)
			case s.title != "":
				where = routeQuote(s.title)
			}
			w.d.infof(w.li.pos(offs[i]), "route-outside-http-section", "routes are read from a code block under %s, outside the page's HTTP request section: move them there", where)
		}
		added++
		w.d.list = append(w.d.list, d.list...)
		if version != "" && w.page.Version == "" {
			w.page.Version = version
		}
		w.page.Routes = append(w.page.Routes, r)
	}
	return added
}

// routeGraphHost says a route line names no host or a Graph host
// (graph.microsoft.com, dod-graph.microsoft.us, microsoftgraph.chinacloudapi.cn).
func routeGraphHost(line string) bool {
	_, rest, _, _ := routeSplitMethod(line)
	_, _, host := routeStripHost(strings.TrimSpace(rest))
	if host == "" {
		return true
	}
	host = strings.ToLower(host)
	return strings.Contains(host, "graph") && slices.ContainsFunc(routeHosts, func(h string) bool { return strings.HasSuffix(host, "."+h) })
}
