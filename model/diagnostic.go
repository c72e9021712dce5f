package model

import (
	"cmp"
	"fmt"
	"slices"
)

// Severities.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// Diagnostic is something wrong with a page, at a position, with a stable
// code (documented in the README).
type Diagnostic struct {
	Pos      Pos    `json:"pos"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
	// Related are the declarations the finding contradicts (a table row,
	// an enum listing, a route line, a "Required" cell), printed as
	// "(see file:line:col)".
	Related []Pos `json:"related,omitempty"`
}

// String formats d as file:line:col: severity: message [code], with
// "(see file:line:col, …)" before the code when it cites declarations.
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s%s [%s]", d.Pos, d.Severity, d.Message, d.SeeAlso(), d.Code)
}

// SeeAlso is " (see file:line:col, …)" for the Related positions, or "".
func (d Diagnostic) SeeAlso() string {
	if len(d.Related) == 0 {
		return ""
	}
	s := " (see "
	for i, p := range d.Related {
		if i > 0 {
			s += ", "
		}
		s += p.String()
	}
	return s + ")"
}

// SortDiagnostics orders ds by file, line, column, code and message, so that
// output does not depend on the order pages were read in.
func SortDiagnostics(ds []Diagnostic) {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// HasErrors reports whether any diagnostic is an error.
func HasErrors(ds []Diagnostic) bool {
	return slices.ContainsFunc(ds, func(d Diagnostic) bool { return d.Severity == SeverityError })
}
