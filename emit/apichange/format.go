package apichange

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Formats of a report.
const (
	FormatText     = "text"
	FormatJSON     = "json"
	FormatMarkdown = "markdown"
)

// Write writes the report in a format: text (one line per change,
// "file:line:col: [version] BREAKING category action: subject (detail)"),
// json (the Report, indented) or markdown (for a pull-request comment: see
// WriteMarkdown).
func (r *Report) Write(w io.Writer, format string) error {
	switch format {
	case FormatText:
		return r.WriteText(w)
	case FormatJSON:
		data, err := json.MarshalIndent(r, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(data, '\n'))
		return err
	case FormatMarkdown:
		return r.WriteMarkdown(w)
	}
	return fmt.Errorf("unknown format %q", format)
}

// WriteText writes the verdict, the notes, then one line per change.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s -> %s: %s\n", r.Old, r.New, r.verdictLine())
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	for _, v := range r.Versions {
		for _, c := range v.Changes {
			fmt.Fprintf(&b, "%s: [%s] %s\n", posString(c.Pos), v.Version, c.line())
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Report) verdictLine() string {
	switch r.Verdict {
	case Major:
		return fmt.Sprintf("major (%d breaking %s)", r.Breaking, plural(r.Breaking, "change"))
	case Minor:
		return "minor (additions only)"
	}
	return "patch (nothing added or broken)"
}

func plural(n int, s string) string {
	if n == 1 {
		return s
	}
	return s + "s"
}

// line is a change without its position and version.
func (c Change) line() string {
	s := c.Category + " " + c.Action + ": " + c.Subject
	if c.Detail != "" {
		s += " (" + c.Detail + ")"
	}
	if c.Breaking {
		s = "BREAKING " + s
	}
	return s
}

// posString is file:line:col, file:line without a column, or the file.
func posString(p model.Pos) string {
	switch {
	case p.File == "":
		return "-"
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return p.String()
}
