package lock

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// header is the lock file's first line.
const header = "# graphsdkgen.lock: the names generate keeps across runs (README: \"The lock file\"); -relock names afresh.\n"

// Format writes the lock: the header, its format (Version; 1 when unset,
// which says nothing of imports: Record sets CurrentFormat), then one
// line per entry, sorted.
func (l *Lock) Format() []byte {
	var lines []string
	for _, o := range l.Ops {
		method, path, _ := strings.Cut(o.Route, " ")
		lines = append(lines, line("op", o.Version, method, path, o.Package+"."+o.Method, o.Page))
	}
	for _, t := range l.Types {
		lines = append(lines, line("type", t.Version, t.QName, t.Package, t.Name, t.Page))
	}
	for _, c := range l.Consts {
		lines = append(lines, line("const", c.Version, c.QName, c.Member, c.Name))
	}
	for _, b := range l.Bodies {
		lines = append(lines, line("body", b.Version, b.Package, b.Page, b.Name))
	}
	for _, a := range l.Aliases {
		lines = append(lines, line("alias", a.Version, a.QName, a.Package, a.Name))
	}
	for _, p := range l.Polys {
		lines = append(lines, line("poly", p.Version, p.QName, p.Iface, p.Any))
	}
	for _, j := range l.JSON {
		lines = append(lines, line("json", j.Version, j.From, j.To))
	}
	for _, m := range l.Imports {
		lines = append(lines, line("import", m.Version, m.From, m.To))
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	var buf bytes.Buffer
	buf.WriteString(header)
	fmt.Fprintf(&buf, "format %d\n", max(l.Version, 1))
	for _, s := range lines {
		buf.WriteString(s)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// line joins fields with spaces, quoting those that need it.
func line(fields ...string) string {
	for i, f := range fields {
		if needsQuote(f) {
			fields[i] = strconv.Quote(f)
		}
	}
	return strings.Join(fields, " ")
}

// needsQuote reports whether a field must be written as a Go string
// literal to be read back as it is.
func needsQuote(f string) bool {
	if f == "" || strings.HasPrefix(f, "#") {
		return true
	}
	for _, r := range f {
		if r == '"' || r == '\\' || unicode.IsSpace(r) || !unicode.IsPrint(r) {
			return true
		}
	}
	return false
}
