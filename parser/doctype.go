package parser

import (
	"path/filepath"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// resourceTaggedAPI reads a page of resources/ whose doc_type says
// apiPageType (22 in the 2021 corpus) as the resource page it is, when it
// is shaped as one: a Properties or JSON representation H2 and no HTTP
// request H2 (doc-type-mismatch).
func (w *walker) resourceTaggedAPI(secs []*section) {
	if w.page.Kind != model.KindAPI || !strings.Contains("/"+filepath.ToSlash(w.file), "/resources/") {
		return
	}
	shaped := false
	for _, s := range secs {
		t := strings.ToLower(strings.TrimSpace(s.title))
		switch {
		case sectionKind(t) == "http":
			return
		case t == "properties" || t == "json representation":
			shaped = true
		}
	}
	if !shaped {
		return
	}
	w.d.warnf(w.page.Pos, "doc-type-mismatch", "the page is in resources/ and shaped as a resource page (Properties, JSON representation, no HTTP request) but its doc_type is apiPageType: write doc_type: resourcePageType")
	w.page.Kind = model.KindResource
}
