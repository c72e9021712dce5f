package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

var formatDiags = []model.Diagnostic{
	{Pos: model.Pos{File: "v1.0/api/a.md", Line: 40, Col: 3}, Severity: model.SeverityWarning, Code: "example-enum-value",
		Message: `"green" is not a member of widgetColor | <b>`, Related: []model.Pos{{File: "v1.0/resources/w.md", Line: 21, Col: 1}}},
	{Pos: model.Pos{File: "v1.0/api/a.md", Line: 50, Col: 1}, Severity: model.SeverityWarning, Code: "example-status", Message: "answers 201"},
	{Pos: model.Pos{File: "v1.0/api/b.md", Line: 9, Col: 1}, Severity: model.SeverityWarning, Code: "example-status", Message: "answers 202"},
}

// TestMarkdownFormat: counts by code, then the first findings linked to
// their lines and to the lines they cite, with Markdown in messages
// escaped.
func TestMarkdownFormat(t *testing.T) {
	var b bytes.Buffer
	printMarkdown(&b, formatDiags, 2, "https://github.com/o/r/blob/abc")
	got := b.String()
	for _, want := range []string{
		"3 findings on 2 pages.",
		"| `example-status` | warning | 2 |\n| `example-enum-value` | warning | 1 |",
		"### First 2 findings",
		"- [v1.0/api/a.md:40](https://github.com/o/r/blob/abc/v1.0/api/a.md#L40) warning: \"green\" is not a member of widgetColor \\| &lt;b&gt; (see [v1.0/resources/w.md:21](https://github.com/o/r/blob/abc/v1.0/resources/w.md#L21)) `example-enum-value`",
		"… and 1 more.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("markdown lacks %q:\n%s", want, got)
		}
	}
	b.Reset()
	printMarkdown(&b, nil, 2, "")
	if got := b.String(); got != "## graphsdkgen lint\n\n0 findings on 0 pages.\n" {
		t.Errorf("empty: %q", got)
	}
}

// TestFormatsCite: text, GitHub and JSON output carry the cited lines.
func TestFormatsCite(t *testing.T) {
	for format, want := range map[string]string{
		"text":   "v1.0/api/a.md:40:3: warning: \"green\" is not a member of widgetColor | <b> (see v1.0/resources/w.md:21:1) [example-enum-value]",
		"github": "::warning file=v1.0/api/a.md,line=40,col=3,title=example-enum-value::\"green\" is not a member of widgetColor | <b> (see v1.0/resources/w.md:21:1)",
		"json":   `"related": [`,
	} {
		var b bytes.Buffer
		printDiagnostics(&b, formatDiags, format, false)
		if !strings.Contains(b.String(), want) {
			t.Errorf("%s lacks %q:\n%s", format, want, b.String())
		}
	}
}
