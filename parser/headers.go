package parser

import (
	"net/textproto"
	"regexp"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// readHeaders reads the request headers table(s).
func (w *walker) readHeaders(s *section) {
	for _, b := range s.tables() {
		t := readTable(b.n.(tableNode), w.src, w.li)
		name := t.col("header", "name")
		if name < 0 {
			name = 0
		}
		val := t.col("value")
		desc := t.col("description")
		for _, row := range t.rows {
			c := get(row, name)
			if c.pos.Line == 0 {
				c.pos = t.pos // a row without the name column
			}
			h := model.Header{Pos: c.pos, Name: headerName(c.text)}
			if h.Name == "" || strings.Contains(h.Name, " ") && !strings.Contains(c.text, ":") {
				w.d.warnf(c.pos, "header-name", "%q is not a header name", c.text)
				continue
			}
			// "Prefer: outlook.timezone" carries the value in the name.
			if n, v, ok := strings.Cut(c.text, ":"); ok {
				h.Name = headerName(n)
				h.Value = strings.TrimSpace(v)
			}
			if val >= 0 && h.Value == "" {
				h.Value = get(row, val).text
			}
			h.Description = get(row, desc).text
			all := h.Value + " " + h.Description
			switch {
			case optionalRE.MatchString(all), conditionalRE.MatchString(all):
				// "This header and $count are required when using
				// $search": required only sometimes, so not required.
				h.Required = false
			case requiredRE.MatchString(all):
				h.Required = true
			}
			h.Value = strings.TrimSpace(requiredTail(cutSentence(h.Value)))
			w.page.RequestHeaders = append(w.page.RequestHeaders, h)
		}
	}
}

// conditionalRE finds a requirement that holds only in some cases.
var conditionalRE = regexp.MustCompile(`(?i)\brequired\s+(?:only\s+)?(?:when|if|for|in case)\b`)

// headerName normalizes a header name: strips emphasis and code marks and
// canonicalizes the case (content-type, Content-type -> Content-Type).
// Graph's own mixed-case names are kept as Graph spells them.
func headerName(s string) string {
	s = strings.Trim(strings.TrimSpace(s), "*_` ")
	switch strings.ToLower(s) {
	case "consistencylevel":
		return "ConsistencyLevel"
	case "ms-app-acts-as":
		return "MS-APP-ACTS-AS"
	}
	if strings.ContainsAny(s, " :") {
		return s
	}
	return textproto.CanonicalMIMEHeaderKey(s)
}

// requiredTail drops a trailing "Required."/"Optional." sentence from a value.
func requiredTail(v string) string {
	for _, suf := range []string{"Required.", "Optional.", "Required", "Optional"} {
		if strings.HasSuffix(v, suf) {
			return strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(v, suf)), ".")
		}
	}
	return v
}

// cutSentence keeps a header value up to a "Required."/"Optional." marker
// ("Bearer {token}. Required. Learn more…" -> "Bearer {token}").
func cutSentence(v string) string {
	for _, m := range []string{" Required.", " Optional.", " Required", " Optional", " *Required*", " _Required_"} {
		if i := strings.Index(v, m); i >= 0 {
			return strings.TrimSuffix(strings.TrimSpace(v[:i]), ".")
		}
	}
	return v
}
