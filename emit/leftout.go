package emit

import (
	"fmt"
	"slices"

	"github.com/graphsdkgen/graphsdkgen/emit/golang"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// Codes of the diagnostics of elements left out of the Go SDK.
const (
	// CodeGoInvalid: the Go emitted for a page or type did not format.
	CodeGoInvalid = "go-invalid"
	// CodeInternal: emitting a page or type panicked (a bug).
	CodeInternal = "internal-error"
)

// leftOut are the pages and types left out of a run because their Go
// failed, with a diagnostic each.
type leftOut struct {
	pages []*model.Page
	types []*model.Type
	diags []model.Diagnostic
}

// add leaves out the elements of fails; it reports whether any was new.
func (l *leftOut) add(fails []golang.Failure) bool {
	added := false
	for _, f := range fails {
		var what string
		switch {
		case f.Type != nil && !slices.Contains(l.types, f.Type):
			l.types = append(l.types, f.Type)
			what = fmt.Sprintf("type %s", f.Type.QualifiedName())
		case f.Type == nil && f.Page != nil && !slices.Contains(l.pages, f.Page):
			l.pages = append(l.pages, f.Page)
			what = "the operations of this page"
		default:
			continue
		}
		added = true
		code := CodeGoInvalid
		if f.Panic {
			code = CodeInternal
		}
		l.diags = append(l.diags, model.Diagnostic{Pos: f.Pos(), Severity: model.SeverityError, Code: code,
			Message: fmt.Sprintf("%s left out of the Go SDK and the OpenAPI documents: %v", what, f.Err)})
	}
	return added
}

// apply is m without the left-out pages' operations and the left-out
// types (references to them are then any JSON value). m is not changed.
func (l *leftOut) apply(m *model.Model) *model.Model {
	if len(l.pages) == 0 && len(l.types) == 0 {
		return m
	}
	out := *m
	out.Operations = nil
	for _, op := range m.Operations {
		if !slices.ContainsFunc(l.pages, func(p *model.Page) bool { return p.File == op.Page && p.Version == op.Version }) {
			out.Operations = append(out.Operations, op)
		}
	}
	out.Types = nil
	for _, t := range m.Types {
		if !slices.Contains(l.types, t) {
			out.Types = append(out.Types, t)
		}
	}
	return &out
}
