package parser

import (
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/graphsdkgen/graphsdkgen/model"
)

var (
	// enumHeadingRE reads the heading over an enum table: "chatType
	// values", "Roles property values", "Group visibility options",
	// "State Enumeration", "responseType value".
	enumHeadingRE = regexp.MustCompile(`(?i)^(.+?)\s+(?:property\s+)?(?:values?|options|enumeration(?:\s+values)?|enum(?:\s+values)?)$`)
	// enumFileRE reads an aggregate enum page's file name.
	enumFileRE = regexp.MustCompile(`(?i)^enums-([a-z]+)$`)
	// identRE matches a type name.
	identRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// enumTable is an enum's table with the name its heading gives.
type enumTable struct {
	pos model.Pos
	// name is the heading without "values" and the like: an enum's
	// name, or words that name a property ("Group visibility").
	name    string
	members []model.EnumMember
}

// enumHeading returns the name an enum table's heading gives ("chatType
// values" -> "chatType"), or "" when the heading is not an enum's.
func enumHeading(h string) string {
	h = strings.TrimSpace(strings.ReplaceAll(h, "`", ""))
	if m := enumHeadingRE.FindStringSubmatch(h); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// enumTableAt reads t as an enum table when it has no type column and its
// heading (the H3 over it, or else the section's H2) names an enum.
func (w *walker) enumTableAt(t table, heading, sectionTitle string) (enumTable, bool) {
	if heading == "" {
		heading = sectionTitle
	}
	name := enumHeading(heading)
	if name == "" || t.col("type") >= 0 || len(t.header) == 0 {
		return enumTable{}, false
	}
	return enumTable{pos: t.pos, name: name, members: enumMembers(t)}, true
}

// enumTables collects the enum tables of a section other than Properties
// and Relationships ("## printOrientation values").
func (w *walker) enumTables(s *section, enums *[]enumTable) {
	for _, b := range s.tables() {
		t := readTable(b.n.(tableNode), w.src, w.li)
		if _, ok := w.enumTableAt(t, b.heading, s.title); ok {
			et, _ := w.enumTableAt(w.enumTable(s, b), b.heading, s.title)
			*enums = append(*enums, et)
		}
	}
}

// enumHeaderWords are the header cells of enum tables (FORMAT.md §13); a
// table whose first header cell is none of them has no header row.
var enumHeaderWords = map[string]bool{
	"member": true, "members": true, "member name": true, "name": true,
	"value": true, "values": true, "int value": true, "description": true,
}

// enumMembers reads an enum table: "Member", "Member | Value |
// Description", "Member | Int value | Description", "Value |
// Description", "Member | Member | Description". The name column is the
// first Member or Name column, else the first column; the value column is
// another column whose header says "value"; a value that is an integer
// is kept.
func enumMembers(t table) []model.EnumMember {
	rows := t.rows
	name, val, desc := t.col("member", "name"), -1, t.col("description")
	if !enumHeaderWords[strings.ToLower(strings.Trim(get(t.header, 0).text, "*_ "))] {
		rows = append([][]cell{t.header}, rows...)
		name, desc = 0, 1
	} else {
		if name < 0 {
			name = 0
		}
		for i, h := range t.header {
			if i != name && strings.Contains(strings.ToLower(h.text), "value") {
				val = i
				break
			}
		}
	}
	var out []model.EnumMember
	for _, row := range rows {
		c := get(row, name)
		nm := strings.Trim(c.text, "*_` ")
		if nm == "" {
			continue
		}
		m := model.EnumMember{Pos: c.pos, Name: nm}
		if desc != name {
			m.Description = get(row, desc).text
		}
		if v, err := strconv.ParseInt(strings.Trim(get(row, val).text, "`* "), 10, 64); err == nil && val >= 0 {
			m.Value = &v
		}
		out = append(out, m)
	}
	return out
}

// attachEnums places a resource page's enum tables: the members of an
// enum a property's type names become that enum type; those of an enum
// named after a property (or whose heading's words name one) become the
// property's Enum; an enum the heading names by a single word becomes a
// type of its own. Other tables are left out.
func (w *walker) attachEnums(t *model.Type, enums []enumTable) []*model.Type {
	var out []*model.Type
	for _, e := range enums {
		names := make([]string, len(e.members))
		for i, m := range e.members {
			names[i] = m.Name
		}
		if p := propertyByTypeName(t, e.name); p != nil || identRE.MatchString(e.name) && propertyByName(t, e.name) == nil {
			ns, name := t.Namespace, e.name
			if p != nil && strings.Contains(p.Type.Name, ".") {
				// "callRecords.modality".
				ns, name = splitQualified(defaultNamespace+"."+p.Type.Name, ns)
			} else if p != nil {
				name = p.Type.Name
			}
			out = append(out, &model.Type{Pos: e.pos, Version: t.Version, Page: t.Page, Name: name, Namespace: ns, Kind: model.TypeEnum, Members: e.members})
			continue
		}
		if p := propertyByName(t, e.name); p != nil {
			p.Enum = names
			continue
		}
		for _, word := range strings.Fields(e.name) {
			if p := propertyByName(t, word); p != nil {
				p.Enum = names
				break
			}
		}
	}
	return out
}

// propertyByTypeName returns the property whose type is the enum name
// (a non-primitive), or nil.
func propertyByTypeName(t *model.Type, name string) *model.Property {
	for i, p := range t.Properties {
		if p.Type.Name != "" && strings.EqualFold(lastName(p.Type.Name), name) && model.PrimitiveOf(p.Type.Name) == "" {
			return &t.Properties[i]
		}
	}
	return nil
}

// propertyByName returns the property with that name in any case, or nil.
func propertyByName(t *model.Type, name string) *model.Property {
	for i, p := range t.Properties {
		if strings.EqualFold(p.Name, name) {
			return &t.Properties[i]
		}
	}
	return nil
}

// lastName is a qualified name's last part.
func lastName(s string) string {
	return s[strings.LastIndexByte(s, '.')+1:]
}

// readEnumPage reads an enum page: a single-enum page ("x enum type" with
// a Members table) gives one enum; an aggregate page (enums.md,
// enums-callrecords.md) gives one enum per "### x values" heading.
func (w *walker) readEnumPage(secs []*section) {
	ns := w.pageNamespace()
	if w.page.Namespace == "" {
		if m := enumFileRE.FindStringSubmatch(strings.TrimSuffix(path.Base(w.page.File), ".md")); m != nil {
			ns = canonicalNamespace(defaultNamespace + "." + m[1])
		}
	}
	if name := h1Name(w.page.H1); name != "" && h1Kind(w.page.H1) != "" {
		w.readSingleEnum(secs, name, ns)
		return
	}
	var cur *model.Type
	var hpos model.Pos
	for _, s := range append([]*section{&w.pre}, secs...) {
		cur, hpos = nil, s.pos
		for _, b := range s.blocks {
			if h, ok := b.n.(*ast.Heading); ok {
				hpos, cur = w.li.pos(h.Pos()), nil
				continue
			}
			if _, ok := b.n.(tableNode); !ok {
				continue
			}
			heading := b.heading
			if heading == "" {
				heading = s.title
			}
			name := enumHeading(heading)
			if name == "" {
				t := readTable(b.n.(tableNode), w.src, w.li)
				w.d.warnf(t.pos, "enum-name-missing", "an enum table under %q: put it under a \"### name values\" heading", heading)
				continue
			}
			if cur == nil {
				_, n := splitQualified(name, ns)
				cur = &model.Type{Pos: hpos, Version: w.page.Version, Page: w.page.File, Name: n, Namespace: ns, Kind: model.TypeEnum}
				w.page.Types = append(w.page.Types, cur)
			}
			cur.Members = append(cur.Members, enumMembers(w.enumTable(s, b))...)
		}
	}
	if len(w.page.Types) == 0 {
		w.d.warnf(w.page.Pos, "enum-members-missing", "the enum page has no enum table")
	}
}

// readSingleEnum reads a single-enum page: the Members table, or the first
// table of the page if it has no Members section.
func (w *walker) readSingleEnum(secs []*section, name, ns string) {
	t := &model.Type{Pos: w.h1, Version: w.page.Version, Page: w.page.File, Kind: model.TypeEnum}
	t.Namespace, t.Name = splitQualified(name, ns)
	t.Description = w.preambleText()
	type sectionTable struct {
		s *section
		b block
	}
	var tables []sectionTable
	for _, s := range secs {
		if strings.EqualFold(strings.TrimSpace(s.title), "members") {
			for _, b := range s.tables() {
				tables = append(tables, sectionTable{s, b})
			}
		}
	}
	if len(tables) == 0 {
		for _, s := range append([]*section{&w.pre}, secs...) {
			if ts := s.tables(); len(ts) > 0 {
				tables = []sectionTable{{s, ts[0]}}
				break
			}
		}
	}
	for _, st := range tables {
		t.Members = append(t.Members, enumMembers(w.enumTable(st.s, st.b))...)
	}
	if len(t.Members) == 0 {
		w.d.warnf(t.Pos, "enum-members-missing", "enum %s has no members: add a \"## Members\" section with a Member | Value | Description table", t.QualifiedName())
	}
	w.page.Types = append(w.page.Types, t)
}
