package golang

import (
	"fmt"
	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// docComment is a method's doc comment: the page title and description,
// the HTTP route, the least privileged permission per kind and the docs link.
func docComment(m *names.Op) []string {
	pg, r := m.Page, m.Route
	lines := []string{fmt.Sprintf("%s calls %s: %s.", m.Name, pg.Name, strings.TrimSuffix(oneLine(title(pg)), "."))}
	if d := oneLine(pg.Description); d != "" && !strings.EqualFold(d, title(pg)) {
		lines = append(lines, "", d)
	}
	lines = append(lines, "", "\t"+r.Method+" "+r.Path, "")
	lines = append(lines, permissionLines(pg, r)...)
	lines = append(lines, headerLines(pg)...)
	lines = append(lines, "", "Docs: "+names.DocsURL(pg))
	return lines
}

func title(pg *model.Page) string {
	if pg.Title != "" {
		return pg.Title
	}
	return pg.H1
}

var kindLabels = []struct{ kind, label string }{
	{model.PermDelegatedWork, "Delegated (work or school account)"},
	{model.PermDelegatedPersonal, "Delegated (personal Microsoft account)"},
	{model.PermApplication, "Application"},
}

// permissionLines lists the least privileged permission of each kind
// among the entries that apply to route r (model.PermissionsForRoute).
func permissionLines(pg *model.Page, r model.Route) []string {
	if len(pg.Permissions) == 0 {
		return []string{"Permissions: not documented."}
	}
	perms := model.PermissionsForRoute(pg, r).Tables
	lines := []string{"Least privileged permissions:"}
	for _, k := range kindLabels {
		v := model.LeastPrivileged(perms, k.kind)
		if v == "" {
			continue
		}
		lines = append(lines, "  - "+k.label+": "+v)
	}
	return lines
}

// headerOptions names the call option for each documented header.
var headerOptions = map[string]string{
	"consistencylevel":    "graph.WithConsistencyLevel",
	"prefer":              "graph.WithPrefer",
	"if-match":            "graph.WithIfMatch",
	"if-none-match":       "graph.WithIfNoneMatch",
	"workbook-session-id": "graph.WithWorkbookSession",
}

// headerLines lists the request headers the page documents beyond the
// ones the client sets, with the option that sets each.
func headerLines(pg *model.Page) []string {
	var lines []string
	seen := map[string]bool{}
	for _, h := range pg.RequestHeaders {
		k := strings.ToLower(h.Name)
		if h.SetByClient() || seen[k] {
			continue
		}
		seen[k] = true
		opt := headerOptions[k]
		if opt == "" {
			opt = "graph.WithHeader"
		}
		req := "optional"
		if h.Required {
			req = "required"
		}
		lines = append(lines, fmt.Sprintf("  - %s (%s): %s", h.Name, req, opt))
	}
	if len(lines) == 0 {
		return nil
	}
	return append([]string{"", "Request headers:"}, lines...)
}
