package parser

import (
	"regexp"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// readParamSection reads "Function parameters", "Path parameters",
// "Query parameters" and "Parameters" tables.
func (w *walker) readParamSection(s *section) {
	title := strings.ToLower(s.title)
	for _, b := range s.tables() {
		ps := w.paramTable(b)
		switch {
		case strings.HasPrefix(title, "path"):
			w.page.PathParameters = append(w.page.PathParameters, ps...)
		case strings.HasPrefix(title, "query"):
			w.page.QueryParameters = append(w.page.QueryParameters, ps...)
		default:
			w.page.FunctionParameters = append(w.page.FunctionParameters, ps...)
		}
	}
}

// paramTable reads a Name/Parameter/Property | Type | Description table.
func (w *walker) paramTable(b block) []model.Param {
	t := readTable(b.n.(tableNode), w.src, w.li)
	name := t.col("parameter", "property", "name", "member")
	if name < 0 {
		name = 0
	}
	typ := t.col("type")
	if typ < 0 {
		// "| Name | Value | Description |" with the types under Value
		// (driveitem-copy, driveitem-checkin, drive-get's path
		// parameters).
		typ = t.colNamed("value")
	}
	if h := strings.ToLower(strings.Trim(t.header[name].text, "*_ ")); typ == name && (h == "value" || h == "values" || strings.HasSuffix(h, " value") || strings.HasSuffix(h, " values")) {
		// "| Type value | Description |", "| Value | Description |":
		// the values one parameter allows (driveitem-createlink's link
		// and scope types under the body table), not parameters. (A
		// lone "| Parameter type | … |" column is still a name.)
		w.d.infof(t.pos, "param-table-values", "a table whose only name or type column is its first, %q, lists values, not parameters: not read as parameters", strings.Trim(t.header[name].text, "*_ "))
		return nil
	}
	desc := t.col("description")
	req := t.col("required")
	var out []model.Param
	for _, row := range t.rows {
		n := get(row, name)
		nm := strings.Trim(n.text, "*_` ")
		if nm == "" || strings.HasPrefix(nm, "-->") {
			continue
		}
		if !propertyNameRE.MatchString(nm) {
			w.d.warnf(n.pos, "param-name", "%q is not a parameter name (a row out of place?)", nm)
			continue
		}
		if len(row) != len(t.header) {
			w.d.warnf(n.pos, "table-cells", "row has %d cells, the header %d (an unescaped | in a cell?)", len(row), len(t.header))
		}
		p := model.Param{Pos: n.pos, Name: nm, Description: get(row, desc).text}
		if typ >= 0 {
			p.Type = typeRef(get(row, typ))
		}
		if req >= 0 {
			r := strings.ToLower(strings.Trim(get(row, req).text, "*_ "))
			p.Required = strings.HasPrefix(r, "y") || strings.HasPrefix(r, "true") || strings.HasPrefix(r, "required")
			p.Optional = strings.HasPrefix(r, "n") || strings.HasPrefix(r, "false") || strings.HasPrefix(r, "optional")
		} else {
			// "Required for X. If omitted, …" and "Required if …" are
			// conditions, not a required member.
			p.Required = requiredRE.MatchString(p.Description) && !conditionalRequiredRE.MatchString(p.Description)
			p.Optional = !p.Required && optionalRE.MatchString(p.Description)
		}
		out = append(out, p)
	}
	return out
}

var (
	propertyNameRE = regexp.MustCompile(`^[@A-Za-z_$][A-Za-z0-9_.@$:-]*$`)
	requiredRE     = regexp.MustCompile(`(?i)(^|[.\s*_])required\b`)
	optionalRE     = regexp.MustCompile(`(?i)(^|[.\s*_])optional\b`)
	// conditionalRequiredRE is a description that makes the parameter
	// required only under a condition.
	conditionalRequiredRE = regexp.MustCompile(`(?i)\brequired\s+(for|if|when|only|in case)\b|\bif\s+(it\s+is\s+)?omitted\b`)
)

// queryOptionRE finds OData system query options named in prose.
var queryOptionRE = regexp.MustCompile(`\$(select|filter|expand|orderby|orderBy|top|skip|skipToken|count|search|format|apply|levels)\b`)

// readQueryOptions reads "Optional query parameters": the OData options the
// prose names, and any parameter table.
func (w *walker) readQueryOptions(s *section) {
	seen := map[string]bool{}
	for _, p := range w.paragraphs(s) {
		for _, m := range queryOptionRE.FindAllStringSubmatch(p.text, -1) {
			o := "$" + strings.ToLower(m[1])
			if !seen[o] {
				seen[o] = true
				w.page.QueryOptions = append(w.page.QueryOptions, o)
			}
		}
		if strings.Contains(p.text, "OData query parameters") && !strings.Contains(strings.ToLower(p.text), "not support") && len(seen) == 0 {
			for _, o := range []string{"$select", "$filter", "$expand", "$orderby", "$top", "$skip", "$count", "$search"} {
				seen[o] = true
				w.page.QueryOptions = append(w.page.QueryOptions, o)
			}
		}
	}
	for _, b := range s.tables() {
		w.page.QueryParameters = append(w.page.QueryParameters, w.paramTable(b)...)
	}
}
