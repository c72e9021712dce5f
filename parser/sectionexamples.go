package parser

import (
	"slices"
	"strings"
)

// readSectionExamples reads the examples of a page that has no Example(s)
// H2 but gives its routes under headings of their own (readOtherRoutes):
// the blocks under the example headings ("### Request", "### Response",
// "### Example") of the H2s from first, the first section routes were read
// from, on, asides (Remarks, Errors…) left out. Only examples whose request
// goes to Graph are kept: "## Upload bytes to the upload session" sends
// its bytes to the upload URL's host. driveitem-createuploadsession gives
// its uploadSession response this way (see finish).
func (w *walker) readSectionExamples(secs []*section, first *section) {
	at := slices.Index(secs, first)
	if at < 0 {
		return
	}
	ex := &section{title: first.title, pos: first.pos}
	for _, s := range secs[at:] {
		if asideSectionRE.MatchString(strings.TrimSpace(s.title)) || sectionKind(s.title) != "" && sectionKind(s.title) != "params" {
			continue
		}
		for _, b := range s.blocks {
			if isExampleHeading(b.heading) {
				ex.blocks = append(ex.blocks, b)
			}
		}
	}
	before := len(w.page.Examples)
	w.readExamples(ex)
	kept := w.page.Examples[:before]
	for _, e := range w.page.Examples[before:] {
		if e.Request != nil && routeGraphHost(e.Request.Method+" "+e.Request.URL) {
			kept = append(kept, e)
		}
	}
	w.page.Examples = slices.Clip(kept)
}
