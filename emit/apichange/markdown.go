package apichange

import (
	"fmt"
	"io"
	"strings"
)

// markdownLimit is how many changes a Markdown section lists; the rest
// are counted (a pull-request comment holds 65,536 characters; the text
// and JSON formats list everything).
const markdownLimit = 40

// WriteMarkdown writes the report for a pull-request comment: a heading,
// the verdict, a table of counts by version and category, then per
// version the breaking changes and, folded, the others, each with the
// page line that caused it.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## API changes: %s → %s\n\n", code(r.Old), code(r.New))
	fmt.Fprintf(&b, "**Verdict: %s**\n\n", r.verdictLine())
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "> **Note:** %s\n\n", n)
	}
	if len(r.Summary) > 0 {
		b.WriteString("| Version | Category | Added | Removed | Changed | Breaking |\n")
		b.WriteString("|---|---|--:|--:|--:|--:|\n")
		for _, c := range r.Summary {
			fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d |\n", c.Version, c.Category, c.Added, c.Removed, c.Changed, c.Breaking)
		}
		b.WriteString("\n")
	}
	for _, v := range r.Versions {
		var breaking, other []Change
		for _, c := range v.Changes {
			if c.Breaking {
				breaking = append(breaking, c)
			} else {
				other = append(other, c)
			}
		}
		fmt.Fprintf(&b, "### %s\n\n", v.Version)
		if len(breaking) > 0 {
			fmt.Fprintf(&b, "#### Breaking changes (%d)\n\n", len(breaking))
			markdownList(&b, breaking)
		}
		if len(other) > 0 {
			fmt.Fprintf(&b, "<details><summary>Other changes (%d)</summary>\n\n", len(other))
			markdownList(&b, other)
			b.WriteString("</details>\n\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func markdownList(b *strings.Builder, cs []Change) {
	for i, c := range cs {
		if i == markdownLimit {
			fmt.Fprintf(b, "- … and %d more (see `-format text`)\n", len(cs)-i)
			break
		}
		fmt.Fprintf(b, "- %s %s %s", c.Category, c.Action, code(c.Subject))
		if c.Detail != "" {
			fmt.Fprintf(b, " (%s)", code(c.Detail))
		}
		fmt.Fprintf(b, " — %s\n", code(posString(c.Pos)))
	}
	b.WriteString("\n")
}

// code is s as Markdown inline code; backticks in s become quotes and
// line breaks spaces, so that page text cannot end the span.
func code(s string) string {
	s = strings.NewReplacer("`", "'", "\n", " ", "\r", " ").Replace(s)
	return "`" + s + "`"
}
