package parser

import (
	"slices"
	"strings"
)

// nestedSections splits off the blocks of a section that sit under a
// "Request body" H3 (or deeper) heading when the page has no "Request
// body" H2: driveitem-copy and driveitem-createlink put "### Request
// body" with its table under "## HTTP request". Those blocks become a
// section of their own, read as the body; the rest of the section stays.
// Other sections' blocks are left as they are.
func (w *walker) nestedSections(secs []*section) []*section {
	if slices.ContainsFunc(secs, func(s *section) bool { return sectionKind(s.title) == "body" }) {
		return secs
	}
	out := make([]*section, 0, len(secs)+1)
	for _, s := range secs {
		if k := sectionKind(s.title); k == "examples" || k == "response" {
			out = append(out, s)
			continue
		}
		var keep, body []block
		for _, b := range s.blocks {
			if sectionKind(strings.TrimSpace(b.heading)) == "body" {
				body = append(body, b)
			} else {
				keep = append(keep, b)
			}
		}
		if len(body) == 0 {
			out = append(out, s)
			continue
		}
		s.blocks = keep
		out = append(out, s, &section{title: "Request body", pos: w.li.pos(body[0].n.Pos()), blocks: body})
	}
	return out
}
