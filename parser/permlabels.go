package parser

import (
	"regexp"
	"strings"
)

// Resource labels: what a permissions table or entry says it covers, read
// from the H3 over the table ("Permissions for channel", "For Directory
// (Azure AD) provider", "Permissions acting on self"), a cell part's label
// ("For **user** resource:", "In teams:", "… for a chat message"), a
// matrix row ("user calendar", "[device](…)") or a self/others column.
// The labels are short phrases; model.RoutePermissions matches their words
// against the segments of each route.

// permLabelMaxWords is the longest label, in words, still read as naming a
// resource; longer headings describe a scenario ("Evaluate dynamic
// membership with member ID and group ID").
const permLabelMaxWords = 4

var (
	// "the signed-in user" is the user.
	permOfObjectRE = regexp.MustCompile(`(?i)^\s*(?:the\s+|an?\s+)?(?:signed-in\s+)?`)
	permLinkRE     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	permParenRE    = regexp.MustCompile(`\([^)]*\)`)
	permAltRE      = regexp.MustCompile(`(?i)\s*,\s*(?:or\s+)?|\s+or\s+`)
	permLeadInsRE  = regexp.MustCompile(`(?i)^(?:permissions?\s+acting\s+on\s+|permissions?\s+for\s+|for\s+|in\s+|on\s+)?(?:an?\s+|the\s+)?`)
	permTailRE     = regexp.MustCompile(`(?i)\s+provider$`)
	// "For user resource", not "Azure resources".
	permForTailRE = regexp.MustCompile(`(?i)\s+resources?$`)
)

// permHeadingResources reads the H3 over a table: nil when there is none
// or it reads like a sentence.
func permHeadingResources(heading string) []string {
	return permResources(heading)
}

// permLabelResources reads a cell part's label or a matrix row's first
// cell (cell text comes without emphasis, so "For **user** resource" is
// "For user resource"). A long label "… of the signed-in user" names what
// follows its last "of".
func permLabelResources(label string) []string {
	if r := permResources(label); r != nil {
		return r
	}
	l := strings.ToLower(label)
	if i := strings.LastIndex(l, " of "); i >= 0 {
		return permResources(permOfObjectRE.ReplaceAllString(label[i+len(" of "):], ""))
	}
	return nil
}

func permResources(s string) []string {
	s = permLinkRE.ReplaceAllString(s, "$1")
	s = permParenRE.ReplaceAllString(s, " ")
	s = strings.NewReplacer("*", " ", "`", " ", "_", " ", "\n", " ").Replace(s)
	s = strings.Trim(strings.Join(strings.Fields(s), " "), " :.")
	lead := permLeadInsRE.FindString(s)
	s = permTailRE.ReplaceAllString(s[len(lead):], "")
	if lead != "" {
		s = permForTailRE.ReplaceAllString(s, "")
	}
	var out []string
	for _, alt := range permAltRE.Split(s, -1) {
		alt = permLeadInsRE.ReplaceAllString(strings.TrimSpace(alt), "")
		alt = strings.Trim(permTailRE.ReplaceAllString(alt, ""), " :.")
		n := len(strings.Fields(alt))
		if n == 0 {
			continue
		}
		if n > permLabelMaxWords {
			return nil
		}
		out = append(out, alt)
	}
	return out
}
