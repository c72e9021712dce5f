package main

import (
	"cmp"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// markdownFirst is how many findings `lint -format markdown` lists after
// the counts.
const markdownFirst = 50

// printMarkdown writes a docs CI summary: the counts by code and severity,
// then the first n findings, each linked to its line (and to the lines it
// cites). linkBase, when set, prefixes the links
// ("https://github.com/o/r/blob/SHA"); otherwise they are the paths as
// given.
func printMarkdown(w io.Writer, ds []model.Diagnostic, n int, linkBase string) {
	type row struct {
		code, sev string
		n         int
	}
	counts := map[string]*row{}
	files := map[string]bool{}
	for _, d := range ds {
		k := d.Severity + " " + d.Code
		if counts[k] == nil {
			counts[k] = &row{code: d.Code, sev: d.Severity}
		}
		counts[k].n++
		files[d.Pos.File] = true
	}
	var rows []*row
	for _, r := range counts {
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b *row) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.code, b.code), cmp.Compare(a.sev, b.sev))
	})
	fmt.Fprintf(w, "## graphsdkgen lint\n\n%d findings on %d pages.\n", len(ds), len(files))
	if len(ds) == 0 {
		return
	}
	fmt.Fprintf(w, "\n| code | severity | count |\n|---|---|---:|\n")
	for _, r := range rows {
		fmt.Fprintf(w, "| `%s` | %s | %d |\n", r.code, r.sev, r.n)
	}
	first := ds
	if len(first) > n {
		first = first[:n]
	}
	fmt.Fprintf(w, "\n### First %d findings\n\n", len(first))
	for _, d := range first {
		fmt.Fprintf(w, "- %s %s: %s", mdLink(d.Pos, linkBase), d.Severity, mdEscape(d.Message))
		if len(d.Related) > 0 {
			var see []string
			for _, p := range d.Related {
				see = append(see, mdLink(p, linkBase))
			}
			fmt.Fprintf(w, " (see %s)", strings.Join(see, ", "))
		}
		fmt.Fprintf(w, " `%s`\n", d.Code)
	}
	if len(ds) > len(first) {
		fmt.Fprintf(w, "\n… and %d more.\n", len(ds)-len(first))
	}
}

// mdLink is a Markdown link to a position: [file:line](base/file#Lline).
func mdLink(p model.Pos, base string) string {
	target := filepath.ToSlash(p.File)
	if base != "" {
		target = strings.TrimSuffix(base, "/") + "/" + strings.TrimPrefix(target, "./")
	}
	text := filepath.ToSlash(p.File)
	if p.Line > 0 {
		target += fmt.Sprintf("#L%d", p.Line)
		text += fmt.Sprintf(":%d", p.Line)
	}
	return "[" + mdEscape(text) + "](" + strings.ReplaceAll(target, " ", "%20") + ")"
}

// mdEscape keeps a message from opening Markdown or HTML constructs.
func mdEscape(s string) string {
	return strings.NewReplacer("\\", "\\\\", "`", "\\`", "*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;", "|", "\\|", "\n", " ").Replace(s)
}
