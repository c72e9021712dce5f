package parser

import (
	"regexp"
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Permission table diagnostics. Every code starts with "permissions-".
const (
	// The table is not a permissions table (no "Permission type" column,
	// no matrix of kinds), e.g. "Context of the calling app | Response
	// contains". Rows whose label is a kind are still read.
	codePermUnknownTable = "permissions-unknown-table"
	// A header column that is neither a scopes column nor a kind.
	codePermUnknownColumn = "permissions-unknown-column"
	// A row label that is no permission kind, outside Intune sub-rows.
	codePermUnknownLabel = "permissions-unknown-label"
	// A row label that is no kind, read as Application because it is the
	// third row after the two delegated ones and the table has no
	// Application row (a resource name there: "oauth2permissiongrant").
	codePermGuessedKind = "permissions-guessed-kind"
	// A bare "Delegated" label, read as work or school account.
	codePermBareDelegated = "permissions-bare-delegated"
	// An empty value cell that no sub-rows follow.
	codePermEmpty = "permissions-empty"
	// Text in a value cell that is not a scope name.
	codePermBadScope = "permissions-bad-scope"
	// A permissions table that yields none of the three kinds.
	codePermNoKinds = "permissions-no-kinds"
	// A permissions table with no row (or column) for one of the kinds.
	codePermMissingKind = "permissions-missing-kind"
	// Cells beyond the header's width that are not empty.
	codePermExtraCells = "permissions-extra-cells"
	// A higher-privileged cell that names scopes needed together: they
	// are listed one by one in HigherPrivileged.
	codePermHigherAllOf = "permissions-higher-allof"
)

// permRole is what a value column of a permissions table holds.
type permRole int

const (
	permRoleScopes permRole = iota // the scopes (least privileged first)
	permRoleHigher                 // "Higher privileged permissions"
)

type permCol struct {
	idx       int
	role      permRole
	qualifier string // "self" / "others"
	kind      string // matrix columns: the kind the column holds
}

// permissionsFromTable reads one permissions table found under heading (the
// H3 it sits under, "" if none; include is the include file it came from, "" if inline).
//
// Layouts:
//   - "Permission type | Permissions …": one entry per row. The order the
//     header states ("from least to most privileged" / "from most to least
//     privileged", Intune) goes to Order; scopes are reversed for
//     mostToLeast so that they are always least privileged first.
//   - "Permission type | Least privileged permissions | Higher privileged
//     permissions" (2026): the second column gives Scopes, the third
//     HigherPrivileged; Order is leastToMost. "Not available" in the third
//     column means there is none.
//   - "Permission type | Permissions acting on self … | … on others": one
//     entry per row and column, Qualifier "self" / "others".
//   - Matrices whose header cells after the first are kinds ("Supported
//     resource | Delegated (…) | … | Application", "Calendar | …"): one
//     entry per row and kind column, Qualifier = the row's first cell.
//   - Anything else is reported as permissions-unknown-table; rows whose
//     label is a kind are still read from the second column.
//
// Row labels are matched case-insensitively on their first line:
// "Delegated" with "work"/"school" or "personal"/"Microsoft account" in any
// spelling (missing parenthesis, link text, a trailing note), "Delegated"
// alone (work or school, reported), "Application"/"App-only". A row with
// another label right after the two delegated rows of a table without an
// Application row is read as Application, with a warning.
//
// Intune sub-rows: a kind row with an empty value followed by rows with
// other labels ("Policy Set", "Device configuration") gives one entry per
// sub-row, of the parent's kind, with Qualifier = the sub-row label.
//
// Value cells:
//   - "Not supported", "Not applicable", "None", "n/a", "Not available"
//     (any case, with or without a period) set NotSupported.
//   - Alternatives are separated by commas, " or ", or spaces alone
//     ("A.B C.D"); a leading "and"/"or" after a comma ("A, B, or C") is an
//     enumeration, not a combination.
//   - " and " binds tighter than the comma: "A and B, C" is (A and B) or C,
//     which is what the corpus's pairs ("P.Read.All and A.Read.All,
//     P.ReadWrite.X and A.Read.All, Directory.Read.All") mean. Scopes needed
//     together go to AllOf, single alternatives to Scopes. The reading is
//     wrong for the rarer "A, B and C" enumerations, which become A or (B
//     and C): stricter than the page, never looser.
//   - " plus " binds looser than the comma: "A, B plus C" is (A or B) and
//     C, expanded into AllOf groups ([A C], [B C]); "One from"/"either"
//     lead-ins are dropped.
//   - Resource-specific consent scopes keep their name with the trailing
//     "*" stripped ("Chat.Manage.Chat*" → "Chat.Manage.Chat"); Raw keeps
//     the star.
//   - Multi-part cells, split at line breaks and semicolons: a "Label:"
//     line or prefix ("For **user** resource:", "In teams:") gives its
//     parts their own entries with Qualifier = the label, without a leading
//     "For " and a trailing " resource". A "Scope.Name for a chat
//     message." line is read the same way, with Qualifier "a chat
//     message". "Note: …" lines are dropped.
//   - A trailing parenthesis ("(see below)") and period are dropped. What
//     is still not a scope name (letters, digits, '.', '-', '_') is
//     reported as permissions-bad-scope, and is not a scope.
//
// Raw is the text of the cell the entry's scopes came from. Entry
// positions are the row's first cell; diagnostics carry the cell's.
func permissionsFromTable(t table, heading, include string, d *diags) model.PermissionTable {
	pt := model.PermissionTable{Pos: t.pos, Heading: heading, Include: include, Resources: permHeadingResources(heading), Entries: []model.Permission{}}

	hdr := make([]string, len(t.header))
	for i, h := range t.header {
		hdr[i] = permNorm(h.text)
	}
	for _, h := range hdr {
		switch {
		case strings.Contains(h, "most to least"):
			pt.Order = "mostToLeast"
		case strings.Contains(h, "least to most"), strings.Contains(h, "least privileged"):
			if pt.Order == "" {
				pt.Order = "leastToMost"
			}
		}
	}

	// A matrix: at least two header cells after the first are kinds.
	var kindCols []permCol
	for i := 1; i < len(t.header); i++ {
		if k, _ := permKind(t.header[i].text); k != "" {
			kindCols = append(kindCols, permCol{idx: i, kind: k})
		}
	}
	if len(kindCols) >= 2 {
		for i := 1; i < len(t.header); i++ {
			if k, _ := permKind(t.header[i].text); k == "" {
				d.warnf(t.header[i].pos, codePermUnknownColumn, "permissions matrix column %q is not a permission kind; ignored", t.header[i].text)
			}
		}
		pt.Order = ""
		permMatrix(t, kindCols, &pt, d)
		permCheckKinds(t, &pt, d)
		return pt
	}

	var cols []permCol
	unknown := len(hdr) == 0 || !strings.Contains(hdr[0], "permission")
	if !unknown {
		for i := 1; i < len(hdr); i++ {
			h := hdr[i]
			switch {
			case strings.Contains(h, "higher privileged"):
				cols = append(cols, permCol{idx: i, role: permRoleHigher})
			case strings.Contains(h, "on self"), h == "self":
				cols = append(cols, permCol{idx: i, qualifier: "self"})
			case strings.Contains(h, "on other"), strings.HasPrefix(h, "other"):
				cols = append(cols, permCol{idx: i, qualifier: "others"})
			case strings.Contains(h, "permission"), strings.Contains(h, "scope"), i == 1:
				cols = append(cols, permCol{idx: i})
			case h == "":
				// A delimiter row longer than the header pads it with
				// empty cells.
			default:
				d.warnf(t.header[i].pos, codePermUnknownColumn, "permissions table column %q is not a permissions column; ignored", t.header[i].text)
			}
		}
		if !slices.ContainsFunc(cols, func(c permCol) bool { return c.role == permRoleScopes }) {
			unknown = true
		}
	}
	if unknown {
		pos := t.pos
		var names []string
		for _, h := range t.header {
			names = append(names, h.text)
		}
		d.warnf(pos, codePermUnknownTable, "table with header %q under the permissions heading is not a permissions table", strings.Join(names, " | "))
		cols = []permCol{{idx: 1}}
		pt.Order = ""
	}
	permRows(t, cols, unknown, &pt, d)
	if pt.Order == "mostToLeast" {
		for i := range pt.Entries {
			e := &pt.Entries[i]
			slices.Reverse(e.Scopes)
			slices.Reverse(e.AllOf)
			slices.Reverse(e.HigherPrivileged)
		}
	}
	if !unknown {
		permCheckKinds(t, &pt, d)
	}
	return pt
}

// permRows reads a "Permission type | …" table: one row per kind, or Intune
// parent rows followed by sub-rows.
func permRows(t table, cols []permCol, unknown bool, pt *model.PermissionTable, d *diags) {
	type parent struct {
		kind string
		c    cell
		subs bool
	}
	var par *parent
	// seen are the kinds of the rows so far; hasApp tells whether the
	// table has an Application row at all.
	var seen []string
	hasApp := slices.ContainsFunc(t.rows, func(r []cell) bool {
		k, _ := permKind(get(r, 0).text)
		return k == model.PermApplication
	})
	flush := func() {
		if par != nil && !par.subs {
			d.warnf(par.c.pos, codePermEmpty, "no permissions for %q: the value is empty and no sub-rows follow", par.c.text)
		}
		par = nil
	}
	for _, row := range t.rows {
		if len(row) == 0 {
			continue
		}
		permExtraCells(t, row, d)
		lab := row[0]
		empty := true
		for _, c := range cols {
			if strings.TrimSpace(get(row, c.idx).text) != "" {
				empty = false
			}
		}
		kind, bare := permKind(lab.text)
		if kind == "" && par == nil && !unknown && !hasApp && !empty &&
			slices.Equal(seen, []string{model.PermDelegatedWork, model.PermDelegatedPersonal}) {
			kind = model.PermApplication
			d.warnf(lab.pos, codePermGuessedKind, "row label %q is not a permission kind; read as Application, the row that follows the two delegated ones", lab.text)
		}
		if kind != "" {
			seen = append(seen, kind)
			flush()
			if bare {
				d.infof(lab.pos, codePermBareDelegated, "label %q does not say which account; read as work or school account", lab.text)
			}
			if empty {
				par = &parent{kind: kind, c: lab}
				continue
			}
			permRowEntries(row, cols, kind, "", pt, d)
			continue
		}
		if par != nil {
			par.subs = true
			q := permQualifier(lab.text)
			if empty {
				d.warnf(lab.pos, codePermEmpty, "no permissions for %q under %q", lab.text, par.c.text)
				continue
			}
			permRowEntries(row, cols, par.kind, q, pt, d)
			continue
		}
		if !unknown && (strings.TrimSpace(lab.text) != "" || !empty) {
			d.warnf(lab.pos, codePermUnknownLabel, "row label %q is not a permission kind (delegated work or school, delegated personal, application); row ignored", lab.text)
		}
	}
	flush()
}

// permRowEntries adds the entries of one row of kind: one per scopes
// column and cell part, with the higher-privileged column's parts joined
// to the entry of the same qualifier.
func permRowEntries(row []cell, cols []permCol, kind, qual string, pt *model.PermissionTable, d *diags) {
	pos := get(row, 0).pos
	start := len(pt.Entries)
	for _, c := range cols {
		if c.role != permRoleScopes {
			continue
		}
		vc := get(row, c.idx)
		if strings.TrimSpace(vc.text) == "" {
			at := vc.pos
			if at == (model.Pos{}) {
				at = pos
			}
			d.warnf(at, codePermEmpty, "no permissions for %q: the value is empty", get(row, 0).text)
			continue
		}
		for _, p := range permParseCell(vc, d) {
			e := model.Permission{
				Pos:          pos,
				Kind:         kind,
				Qualifier:    permJoinQual(qual, c.qualifier, p.qual),
				Resources:    permFirstResources(p.resources, permColumnResources(c)),
				Scopes:       p.scopes,
				AllOf:        p.allOf,
				NotSupported: p.notSupported,
				Raw:          vc.text,
			}
			pt.Entries = append(pt.Entries, e)
		}
	}
	for _, c := range cols {
		if c.role != permRoleHigher {
			continue
		}
		vc := get(row, c.idx)
		for _, p := range permParseCell(vc, d) {
			var hp []string
			hp = append(hp, p.scopes...)
			if len(p.allOf) > 0 {
				d.infof(vc.pos, codePermHigherAllOf, "higher privileged permissions %q name scopes needed together; listed one by one", vc.text)
			}
			for _, g := range p.allOf {
				for _, s := range g {
					if !slices.Contains(hp, s) {
						hp = append(hp, s)
					}
				}
			}
			if len(hp) == 0 {
				continue
			}
			q := permJoinQual(qual, p.qual)
			i := slices.IndexFunc(pt.Entries[start:], func(e model.Permission) bool { return e.Qualifier == q })
			if i < 0 {
				pt.Entries = append(pt.Entries, model.Permission{Pos: pos, Kind: kind, Qualifier: q, Resources: p.resources, Raw: vc.text})
				i = len(pt.Entries) - 1
			} else {
				i += start
			}
			pt.Entries[i].HigherPrivileged = append(pt.Entries[i].HigherPrivileged, hp...)
		}
	}
}

// permMatrix reads a table whose columns are kinds and whose rows are
// resources (or calendars).
func permMatrix(t table, kindCols []permCol, pt *model.PermissionTable, d *diags) {
	for _, row := range t.rows {
		if len(row) == 0 {
			continue
		}
		permExtraCells(t, row, d)
		lab := row[0]
		allEmpty := strings.TrimSpace(lab.text) == ""
		for _, c := range kindCols {
			if strings.TrimSpace(get(row, c.idx).text) != "" {
				allEmpty = false
			}
		}
		if allEmpty {
			continue
		}
		q := permQualifier(lab.text)
		rowRes := permLabelResources(lab.text)
		for _, c := range kindCols {
			vc := get(row, c.idx)
			if strings.TrimSpace(vc.text) == "" {
				p := vc.pos
				if p == (model.Pos{}) {
					p = lab.pos
				}
				d.warnf(p, codePermEmpty, "no permissions for %q in column %q", lab.text, t.header[c.idx].text)
				continue
			}
			for _, p := range permParseCell(vc, d) {
				pt.Entries = append(pt.Entries, model.Permission{
					Pos:          lab.pos,
					Kind:         c.kind,
					Qualifier:    permJoinQual(q, p.qual),
					Resources:    permFirstResources(p.resources, rowRes),
					Scopes:       p.scopes,
					AllOf:        p.allOf,
					NotSupported: p.notSupported,
					Raw:          vc.text,
				})
			}
		}
	}
}

func permExtraCells(t table, row []cell, d *diags) {
	if len(t.header) == 0 {
		return
	}
	for i := len(t.header); i < len(row); i++ {
		if strings.TrimSpace(row[i].text) != "" {
			d.infof(row[i].pos, codePermExtraCells, "cell %q is beyond the header's %d columns; ignored", row[i].text, len(t.header))
			return
		}
	}
}

// permCheckKinds reports a table without the three kinds.
func permCheckKinds(t table, pt *model.PermissionTable, d *diags) {
	if len(pt.Entries) == 0 {
		d.warnf(t.pos, codePermNoKinds, "permissions table has no delegated or application rows")
		return
	}
	for _, k := range []string{model.PermDelegatedWork, model.PermDelegatedPersonal, model.PermApplication} {
		if !slices.ContainsFunc(pt.Entries, func(e model.Permission) bool { return e.Kind == k }) {
			d.infof(t.pos, codePermMissingKind, "permissions table has no %s entry", k)
		}
	}
}

// permNorm lowercases s, drops emphasis markers and folds spaces and line
// breaks.
func permNorm(s string) string {
	s = strings.NewReplacer("*", " ", "`", " ", "\n", " ").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// permKind maps a row label (or matrix column header) to a kind; bare is
// set for a "Delegated" that names no account type.
func permKind(label string) (kind string, bare bool) {
	first, _, _ := strings.Cut(strings.TrimSpace(label), "\n")
	l := strings.TrimLeft(permNorm(first), "[_ ")
	l = strings.ReplaceAll(l, "_", "")
	switch {
	case strings.HasPrefix(l, "delegated"):
		rest := l[len("delegated"):]
		switch {
		case strings.Contains(rest, "work"), strings.Contains(rest, "school"), strings.Contains(rest, "organization"):
			return model.PermDelegatedWork, false
		case strings.Contains(rest, "personal"), strings.Contains(rest, "microsoft account"), strings.Contains(rest, "consumer"):
			return model.PermDelegatedPersonal, false
		}
		rest = strings.Trim(rest, " ()[].:")
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "permissions"), "permission")
		if strings.Trim(rest, " ()[].:") == "" {
			return model.PermDelegatedWork, true
		}
		return "", false
	case l == "application", strings.HasPrefix(l, "application "), strings.HasPrefix(l, "application("),
		strings.HasPrefix(l, "app-only"), strings.HasPrefix(l, "app only"), strings.HasPrefix(l, "application."):
		return model.PermApplication, false
	}
	return "", false
}

// permQualifier cleans a sub-row or matrix row label.
func permQualifier(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "**", "")), " ")
	return strings.Trim(s, "*_ :")
}

// permColumnResources is what a self/others column covers.
func permColumnResources(c permCol) []string {
	if c.qualifier == "" {
		return nil
	}
	return []string{c.qualifier}
}

// permFirstResources returns the first non-empty list: a cell part's label
// is more specific than its row or column.
func permFirstResources(lists ...[]string) []string {
	for _, l := range lists {
		if len(l) > 0 {
			return l
		}
	}
	return nil
}

func permJoinQual(qs ...string) string {
	var out []string
	for _, q := range qs {
		if q != "" {
			out = append(out, q)
		}
	}
	return strings.Join(out, " / ")
}

// permPart is one qualified part of a value cell.
type permPart struct {
	qual         string
	resources    []string // what the part's label names (permLabelResources)
	scopes       []string
	allOf        [][]string
	notSupported bool
}

// permParseCell splits a value cell into qualified parts and reads each.
// An empty cell gives one empty part.
func permParseCell(c cell, d *diags) []permPart {
	type rawPart struct {
		qual string
		res  []string
		body []string
	}
	var raws []rawPart
	add := func(qual string, res []string, body string) {
		if n := len(raws); n > 0 && raws[n-1].qual == qual {
			if body != "" {
				raws[n-1].body = append(raws[n-1].body, body)
			}
			return
		}
		rp := rawPart{qual: qual, res: res}
		if body != "" {
			rp.body = []string{body}
		}
		raws = append(raws, rp)
	}
	cur := ""
	var curRes []string
	lines := strings.FieldsFunc(c.text, func(r rune) bool { return r == '\n' || r == ';' })
	for _, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		ll := strings.TrimLeft(strings.ToLower(line), "*_> ")
		if strings.HasPrefix(ll, "note:") || strings.HasPrefix(ll, "note ") || strings.HasPrefix(ll, "note*") {
			continue
		}
		if pre, rest, ok := strings.Cut(line, ":"); ok && permIsLabel(pre) {
			cur, curRes = permPartLabel(pre), permLabelResources(pre)
			add(cur, curRes, strings.TrimSpace(rest))
			continue
		}
		if m := permForRE.FindStringSubmatch(line); m != nil && !permDottedRE.MatchString(m[2]) {
			// "Chat.UpdatePolicyViolation.All for a chat message."
			add(permQualifier(m[2]), permLabelResources(m[2]), m[1])
			cur, curRes = "", nil
			continue
		}
		add(cur, curRes, line)
	}
	if len(raws) == 0 {
		return []permPart{{}}
	}
	var out []permPart
	for _, rp := range raws {
		if len(rp.body) == 0 {
			if rp.qual != "" {
				d.warnf(c.pos, codePermEmpty, "no permissions after %q", rp.qual)
			}
			continue
		}
		p := permParseValue(strings.Join(rp.body, ", "), c, d)
		p.qual, p.resources = rp.qual, rp.res
		out = append(out, p)
	}
	if len(out) == 0 {
		return []permPart{{}}
	}
	return out
}

// permIsLabel tells a "For user resource" prefix from a scope or junk: it
// has several words, or starts with For/In.
func permIsLabel(pre string) bool {
	p := strings.TrimSpace(strings.ReplaceAll(pre, "*", ""))
	if p == "" {
		return false
	}
	l := strings.ToLower(p)
	if strings.HasPrefix(l, "todo") {
		return false
	}
	return strings.Contains(p, " ") || l == "for" || l == "in"
}

func permPartLabel(pre string) string {
	q := permQualifier(pre)
	if strings.HasPrefix(strings.ToLower(q), "for ") {
		q = strings.TrimSpace(q[4:])
	}
	for _, suf := range []string{" resources", " resource"} {
		if strings.HasSuffix(strings.ToLower(q), suf) {
			q = strings.TrimSpace(q[:len(q)-len(suf)])
			break
		}
	}
	return q
}

var (
	permPlusRE   = regexp.MustCompile(`(?i)\s+plus\s+`)
	permOrRE     = regexp.MustCompile(`(?i)\s+or\s+`)
	permAndRE    = regexp.MustCompile(`(?i)\s+and\s+`)
	permScopeRE  = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$`)
	permForRE    = regexp.MustCompile(`^([A-Za-z0-9][A-Za-z0-9._*-]*\.[A-Za-z0-9._*-]+(?:\s*,\s*[A-Za-z0-9][A-Za-z0-9._*-]*\.[A-Za-z0-9._*-]+)*)\s+for\s+(.+?)\.?$`)
	permDottedRE = regexp.MustCompile(`[A-Za-z0-9]\.[A-Za-z]`)
	permLeadInRE = regexp.MustCompile(`(?i)^(one from|one of|any of|either|and|or)\s+`)
)

// permNotSupported reports whether s says the kind is not supported.
func permNotSupported(s string) bool {
	l := strings.Trim(permNorm(s), " .")
	switch l {
	case "none", "n/a", "na", "not available", "not supported", "not applicable", "unsupported":
		return true
	}
	return strings.HasPrefix(l, "not supported") || strings.HasPrefix(l, "not applicable")
}

// permParseValue reads one part of a value cell.
func permParseValue(s string, c cell, d *diags) permPart {
	var p permPart
	s = strings.TrimSpace(s)
	if permNotSupported(s) {
		p.notSupported = true
		return p
	}
	var groups [][]string
	factors := permPlusRE.Split(s, -1)
	if len(factors) > 1 {
		groups = [][]string{nil}
		for _, f := range factors {
			alts := permAlternatives(f, c, d)
			if len(alts) == 0 {
				continue
			}
			var next [][]string
			for _, g := range groups {
				for _, a := range alts {
					if len(next) >= 64 {
						break
					}
					ng := slices.Clone(g)
					for _, s := range a {
						if !slices.Contains(ng, s) {
							ng = append(ng, s)
						}
					}
					next = append(next, ng)
				}
			}
			groups = next
		}
	} else {
		groups = permAlternatives(s, c, d)
	}
	for _, g := range groups {
		switch len(g) {
		case 0:
		case 1:
			if !slices.Contains(p.scopes, g[0]) {
				p.scopes = append(p.scopes, g[0])
			}
		default:
			p.allOf = append(p.allOf, g)
		}
	}
	return p
}

// permAlternatives reads "A, B and C or D": a list of groups, any one of
// which suffices.
func permAlternatives(s string, c cell, d *diags) [][]string {
	var out [][]string
	s = permLeadInRE.ReplaceAllString(strings.TrimSpace(s), "")
	for _, piece := range strings.Split(s, ",") {
		piece = strings.TrimSpace(piece)
		for {
			t := permLeadInRE.ReplaceAllString(piece, "")
			if t == piece {
				break
			}
			piece = t
		}
		if piece == "" {
			continue
		}
		if permNotSupported(piece) {
			continue
		}
		for _, sub := range permOrRE.Split(piece, -1) {
			conj := permAndRE.Split(sub, -1)
			if len(conj) == 1 {
				for _, tok := range permTokens(sub, c, d) {
					out = append(out, []string{tok})
				}
				continue
			}
			var g []string
			ok := true
			for _, part := range conj {
				toks := permTokens(part, c, d)
				if len(toks) != 1 {
					if len(toks) > 1 {
						d.warnf(c.pos, codePermBadScope, "%q inside %q is not one scope name", part, sub)
					}
					ok = false
					continue
				}
				if !slices.Contains(g, toks[0]) {
					g = append(g, toks[0])
				}
			}
			// A combination with a part that is not a scope is dropped:
			// keeping the rest would claim less than the page needs.
			if ok && len(g) > 0 {
				out = append(out, g)
			}
		}
	}
	return out
}

// permTokens reads one scope, or several separated by spaces alone, and
// reports what is not a scope name.
func permTokens(s string, c cell, d *diags) []string {
	orig := strings.TrimSpace(s)
	s = strings.TrimRight(orig, " .")
	if i := strings.LastIndex(s, "("); i > 0 && strings.HasSuffix(s, ")") {
		s = strings.TrimRight(s[:i], " .")
	}
	if s == "" {
		return nil
	}
	fields := strings.Fields(s)
	toks := make([]string, 0, len(fields))
	for _, f := range fields {
		tok := strings.Trim(f, "`'\"“”‘’")
		tok = strings.TrimRight(tok, ".:")
		tok = strings.TrimSuffix(tok, "*")
		tok = strings.Trim(tok, "`'\"“”‘’")
		if !permScopeRE.MatchString(tok) || (len(fields) > 1 && !strings.Contains(tok, ".")) {
			d.warnf(c.pos, codePermBadScope, "%q is not a scope name", orig)
			return nil
		}
		toks = append(toks, tok)
	}
	return toks
}
