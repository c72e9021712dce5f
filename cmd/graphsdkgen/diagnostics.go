package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// printDiagnostics writes ds in the given format. quiet keeps errors only
// (text format); the summary by code follows for text output.
func printDiagnostics(w io.Writer, ds []model.Diagnostic, format string, quiet bool) {
	switch format {
	case "json":
		if ds == nil {
			ds = []model.Diagnostic{}
		}
		data, _ := json.MarshalIndent(ds, "", "  ")
		fmt.Fprintf(w, "%s\n", data)
		return
	case "github":
		for _, d := range ds {
			level := map[string]string{model.SeverityError: "error", model.SeverityWarning: "warning"}[d.Severity]
			if level == "" {
				level = "notice"
			}
			fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", level, ghEscapeProp(d.Pos.File), d.Pos.Line, d.Pos.Col, ghEscapeProp(d.Code), ghEscape(d.Message+d.SeeAlso()))
		}
		return
	}
	for _, d := range ds {
		if quiet && d.Severity != model.SeverityError {
			continue
		}
		fmt.Fprintln(w, d.String())
	}
}

// summary prints the number of diagnostics per code and severity, most
// frequent first.
func summary(w io.Writer, ds []model.Diagnostic) {
	type row struct {
		code, sev string
		n         int
	}
	counts := map[string]*row{}
	for _, d := range ds {
		k := d.Severity + " " + d.Code
		if counts[k] == nil {
			counts[k] = &row{code: d.Code, sev: d.Severity}
		}
		counts[k].n++
	}
	var rows []*row
	for _, r := range counts {
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b *row) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.code, b.code), cmp.Compare(a.sev, b.sev))
	})
	fmt.Fprintf(w, "diagnostics: %d\n", len(ds))
	for _, r := range rows {
		fmt.Fprintf(w, "  %6d  %-7s  %s\n", r.n, r.sev, r.code)
	}
}

// ghEscape escapes a workflow command's message.
func ghEscape(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghEscapeProp escapes a workflow command's property value.
func ghEscapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
