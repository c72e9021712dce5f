package parser

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/graphsdkgen/graphsdkgen/model"
)

var (
	// The description flags, matched in lower case.
	nullableRE    = regexp.MustCompile(`\bnullable\b`)
	notNullableRE = regexp.MustCompile(`\b(?:not|non)[\s-]?nullable\b`)
	readOnlyRE    = regexp.MustCompile(`\bread[\s-]only\b`)
	// notedNameRE matches a property name with a note: "tasks
	// (deprecated)".
	notedNameRE = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*)\s*\([^()]*\)$`)
	// groupLabelRE matches the text of a one-cell row that labels the
	// rows after it ("Device configuration", "Mobile app management
	// (MAM)"), as opposed to a sentence broken out of a description.
	groupLabelRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9 ()&/-]{0,48}$`)
	// guidRE matches a GUID: an example's key of an open type, not a name.
	guidRE = regexp.MustCompile(`^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$`)
)

// memberPropertyName is the property a JSON representation's member names:
// the member's name without surrounding spaces ("implementationCost "),
// or false when that is not a property name (a GUID keying an open type's
// example).
func memberPropertyName(member string) (string, bool) {
	nm := strings.TrimSpace(member)
	return nm, propertyNameRE.MatchString(nm) && !guidRE.MatchString(nm)
}

// propertyTables reads a Properties or Relationships section: each
// "Property | Type | Description" table row is a property (nav marks
// relationships). Enum tables under an "X values" heading go to enums;
// tables under the headings skippedHeadingRE names, and tables with no
// type column, are not properties.
func (w *walker) propertyTables(s *section, nav bool, enums *[]enumTable) []model.Property {
	var out []model.Property
	for _, b := range s.tables() {
		if skippedHeadingRE.MatchString(b.heading) {
			continue
		}
		t := readTable(b.n.(tableNode), w.src, w.li)
		if _, ok := w.enumTableAt(t, b.heading, s.title); ok {
			et, _ := w.enumTableAt(w.enumTable(s, b), b.heading, s.title)
			*enums = append(*enums, et)
			continue
		}
		out = append(out, w.propertyTable(t, nav)...)
	}
	return out
}

// propertyTable reads the rows of a properties table; a table without a
// name column distinct from its type column gives nothing.
func (w *walker) propertyTable(t table, nav bool) []model.Property {
	name := t.col("property", "name", "relationship")
	typ := t.col("type")
	if name < 0 && typ > 0 {
		name = 0
	}
	if name < 0 || typ < 0 || name == typ {
		return nil
	}
	desc := t.col("description")
	var out []model.Property
	for _, row := range t.rows {
		n := get(row, name)
		nm := strings.Trim(n.text, "*` ")
		if len(nm) > 1 && nm[0] == '_' && nm[len(nm)-1] == '_' {
			// "_name_", emphasis; a name's own leading underscore
			// ("_id (deprecated)", searchHit's wire name) stays.
			nm = strings.Trim(nm, "_")
		}
		if nm == "" || strings.HasPrefix(nm, "@") || strings.HasPrefix(nm, "-->") {
			// Empty rows, instance annotations, commented-out rows.
			continue
		}
		if strings.HasSuffix(nm, ")") {
			if m := notedNameRE.FindStringSubmatch(nm); m != nil {
				// "tasks (deprecated)".
				nm = m[1]
			}
		}
		if onlyCell(row, name) && groupLabelRE.MatchString(nm) {
			// "**Device configuration**": a label over the rows
			// that follow.
			continue
		}
		if onlyCell(row, name) || !propertyNameRE.MatchString(nm) {
			w.d.warnf(n.pos, "property-row", "a row that is not a property: %q (a description broken out of its row?)", short(nm))
			continue
		}
		if len(row) != len(t.header) {
			w.d.warnf(n.pos, "table-cells", "row has %d cells, the header %d (an unescaped | in a cell?)", len(row), len(t.header))
		}
		p := model.Property{Pos: n.pos, Name: nm, Navigation: nav, Description: get(row, desc).text}
		tc := get(row, typ)
		p.Type = typeRef(tc)
		if strings.TrimSpace(tc.text) == "" {
			w.d.warnf(n.pos, "property-type-missing", "property %q has an empty type cell", nm)
		}
		p.Nullable, p.ReadOnly = descriptionFlags(p.Description)
		out = append(out, p)
	}
	return out
}

// descriptionFlags reads a property description: "Nullable." (but not
// "Not nullable." or "non-nullable") and "Read-only" / "read only".
func descriptionFlags(desc string) (nullable, readOnly bool) {
	l := strings.ToLower(desc)
	if strings.Contains(l, "nullable") {
		nullable = nullableRE.MatchString(notNullableRE.ReplaceAllString(l, ""))
	}
	if strings.Contains(l, "read") {
		readOnly = readOnlyRE.MatchString(l)
	}
	return nullable, readOnly
}

// onlyCell reports whether every cell of row but cell i is empty.
func onlyCell(row []cell, i int) bool {
	for j, c := range row {
		if j != i && strings.TrimSpace(c.text) != "" {
			return false
		}
	}
	return true
}

// short cuts s to 60 bytes for a message.
func short(s string) string {
	if len(s) <= 60 {
		return s
	}
	i := 57
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// dedupProperties drops the second listing of a property name (in any
// case), with a diagnostic naming the first.
func (w *walker) dedupProperties(ps []model.Property) []model.Property {
	seen := make(map[string]int, len(ps))
	out := ps[:0]
	for _, p := range ps {
		k := strings.ToLower(p.Name)
		if i, ok := seen[k]; ok {
			w.d.warnf(p.Pos, "property-duplicate", "property %q is listed twice (first at line %d): the second is ignored", p.Name, out[i].Pos.Line)
			continue
		}
		seen[k] = len(out)
		out = append(out, p)
	}
	return out
}

// noReturnRE matches a methods table's return cell that means nothing is
// returned.
var noReturnRE = regexp.MustCompile(`(?i)^(none|no content|n/a|-)?\.?$`)

// methodTables reads the Methods section's tables: "Method | Return Type |
// Description" and "Method | REST Path". A table whose header row holds a
// link is a table without a header: its first row is data.
func (w *walker) methodTables(s *section) []model.Method {
	var out []model.Method
	for _, b := range s.tables() {
		t := readTable(b.n.(tableNode), w.src, w.li)
		name, ret, desc := t.col("method"), t.col("return"), t.col("description")
		rows := t.rows
		if len(t.header) > 0 && len(t.header[0].links) > 0 {
			rows = append([][]cell{t.header}, rows...)
			name, ret, desc = 0, 1, 2
		}
		if name < 0 {
			name = 0
		}
		for _, row := range rows {
			c := get(row, name)
			if c.text == "" {
				continue
			}
			m := model.Method{Pos: c.pos, Name: c.text, Description: get(row, desc).text}
			if len(c.links) > 0 {
				m.Link = c.links[0].dest
			} else {
				// "[Get root site][]" with no reference defined.
				m.Name = refLinkRE.ReplaceAllString(m.Name, "${1}${2}")
			}
			if r := get(row, ret); ret >= 0 && !noReturnRE.MatchString(strings.TrimSpace(r.text)) {
				m.Returns = typeRef(r)
			}
			out = append(out, m)
		}
	}
	return out
}
