package parser

import (
	"regexp"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// alternatives returns the types a sentence offers besides its first
// resource link: "a JSON representation of an [ipNamedLocation](…) or
// [countryNamedLocation](…) object" gives countryNamedLocation. Only links
// to resource pages that follow the first one, joined to the one before by
// "or" or a comma, count; "a [user] object with its [manager]" does not.
func alternatives(p cell, first *link, collection bool) []model.TypeRef {
	if first == nil {
		return nil
	}
	var out []model.TypeRef
	prev, started := *first, false
	for _, l := range p.links {
		if !started {
			started = l == *first
			continue
		}
		if !isResourceLink(l) {
			continue
		}
		re := regexp.MustCompile(regexp.QuoteMeta(prev.text) + `(?:,? or|,) (?:an? |the )?` + regexp.QuoteMeta(l.text) + `\b`)
		if !re.MatchString(p.text) {
			break
		}
		out = append(out, linkType(l, collection))
		prev = l
	}
	return out
}

// isResourceLink says a link points to a resource page.
func isResourceLink(l link) bool {
	return strings.Contains(l.dest, "resources/") || strings.HasSuffix(l.dest, ".md") && !strings.Contains(l.dest, "/api/")
}
