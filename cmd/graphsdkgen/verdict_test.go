package main

import (
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/examplecheck"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// TestVerdictEvidence: a replay failure's verdict comes from the example
// check's findings: cited contradictions are docs, ambiguous findings
// give their reason, anything else is the generator's.
func TestVerdictEvidence(t *testing.T) {
	cite := []model.Pos{{File: "p.md", Line: 3, Col: 1}}
	f := func(code string, related []model.Pos) model.Diagnostic {
		return model.Diagnostic{Pos: model.Pos{File: "p.md", Line: 9, Col: 1}, Code: code, Related: related}
	}
	for _, c := range []struct {
		findings []model.Diagnostic
		want     string
	}{
		{nil, "generator"},
		{[]model.Diagnostic{f(examplecheck.CodeValue, nil)}, "generator"}, // cites nothing
		{[]model.Diagnostic{f(examplecheck.CodeValue, cite)}, "docs: example-value"},
		{[]model.Diagnostic{f(examplecheck.CodeValueWrapped, cite)}, "docs: example-value-wrapped"},
		{[]model.Diagnostic{f(examplecheck.CodeEnumCase, cite)}, "ambiguous: an enum value that differs from a documented member only in case"},
		{[]model.Diagnostic{f(examplecheck.CodeBodyEmpty, cite), f(examplecheck.CodeMemberCase, cite)}, "ambiguous: a member the page spells in another case; an empty object {} where the page documents no body"},
		{[]model.Diagnostic{f(examplecheck.CodeMemberCase, cite), f(examplecheck.CodeValue, cite)}, "docs: example-value"},
	} {
		e := &examplecheck.Example{Findings: c.findings}
		if c.findings == nil {
			e = nil
		}
		if got, _ := verdict(e); got != c.want {
			t.Errorf("%v: verdict %q, want %q", c.findings, got, c.want)
		}
	}
}
