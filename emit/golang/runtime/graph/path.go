package graph

import (
	"fmt"
	"strings"
)

// ExpandPath fills each {name} placeholder of tmpl, in order, with
// values[i]. There must be exactly one value per placeholder, and every
// value must be non-empty (and not "." or ".."), else the error names the
// placeholder.
//
// Escaping depends on where the placeholder sits:
//   - normally the value is one path segment: it is escaped like
//     url.PathEscape, and ':' is escaped too, so '/', '?', '#' and ':' in an
//     ID cannot change the path;
//   - between single quotes ('{x}', an OData string literal) each ' in the
//     value is doubled first, then the result is escaped as above;
//   - as a drive path address (after ":" or ":/" and followed by ":" or the
//     end, as in root:/{item-path}:) each '/'-separated element is escaped
//     but the '/' are kept. A leading '/' in the value is dropped; empty,
//     "." and ".." elements are errors.
//
// A placeholder written {?name} is an optional function argument: an
// empty value leaves the argument (name='{?name}' and its comma) out of
// the call, so getX(a='{a}',b={?b}) with b empty is getX(a='…').
func ExpandPath(tmpl string, values ...string) (string, error) {
	if strings.Contains(tmpl, "{?") {
		tmpl, values = omitArgs(tmpl, values)
	}
	n := len(tmpl)
	for _, v := range values {
		n += len(v) + len(v)/4
	}
	var b strings.Builder
	b.Grow(n)
	next, pos := 0, 0
	for {
		open, end := placeholder(tmpl, pos)
		if open < 0 {
			b.WriteString(tmpl[pos:])
			break
		}
		if end < 0 {
			return "", fmt.Errorf("graph: path template %q: unclosed '{'", tmpl)
		}
		name := tmpl[open : end+1]
		b.WriteString(tmpl[pos:open])
		pos = end + 1
		if next >= len(values) {
			return "", fmt.Errorf("graph: path parameter %s: no value given", name)
		}
		v := values[next]
		next++
		if v == "" {
			return "", fmt.Errorf("graph: path parameter %s is empty", name)
		}
		before, after := tmpl[:open], tmpl[pos:]
		switch {
		case strings.HasSuffix(before, "'") && strings.HasPrefix(after, "'"):
			escapeSegmentTo(&b, strings.ReplaceAll(v, "'", "''"))
		case strings.HasSuffix(before, ":") || strings.HasSuffix(before, ":/"):
			if after != "" && after[0] != ':' {
				return "", fmt.Errorf("graph: path template %q: drive path %s must be followed by ':'", tmpl, name)
			}
			if err := drivePathTo(&b, v, strings.HasSuffix(before, ":")); err != nil {
				return "", fmt.Errorf("graph: path parameter %s: %w", name, err)
			}
		default:
			if v == "." || v == ".." {
				return "", fmt.Errorf("graph: path parameter %s must not be %q", name, v)
			}
			escapeSegmentTo(&b, v)
		}
	}
	if next != len(values) {
		return "", fmt.Errorf("graph: path template %q has %d placeholders, got %d values", tmpl, next, len(values))
	}
	return b.String(), nil
}

// drivePathTo writes a drive item path, element by element.
func drivePathTo(b *strings.Builder, v string, leadingSlash bool) error {
	v = strings.TrimPrefix(v, "/")
	if leadingSlash {
		b.WriteByte('/')
	}
	for i, el := range strings.Split(v, "/") {
		switch el {
		case "":
			return fmt.Errorf("empty path element in %q", v)
		case ".", "..":
			return fmt.Errorf("path element %q not allowed", el)
		}
		if i > 0 {
			b.WriteByte('/')
		}
		escapeSegmentTo(b, el)
	}
	return nil
}

// escapeSegmentTo escapes s as url.PathEscape does, plus ':'.
func escapeSegmentTo(b *strings.Builder, s string) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		if segmentKeep(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
}

func segmentKeep(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	switch c {
	case '-', '.', '_', '~', '$', '&', '+', '=', '@':
		return true
	}
	return false
}

// placeholder finds the first {…} of tmpl at or after pos: the offsets of
// its '{' and '}'; open is -1 when there is none, end -1 when the '{' is
// not closed.
func placeholder(tmpl string, pos int) (open, end int) {
	open = strings.IndexByte(tmpl[pos:], '{')
	if open < 0 {
		return -1, -1
	}
	open += pos
	end = strings.IndexByte(tmpl[open:], '}')
	if end < 0 {
		return open, -1
	}
	return open, end + open
}
