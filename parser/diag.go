package parser

import (
	"fmt"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// diags collects the diagnostics of one page.
type diags struct {
	list []model.Diagnostic
	// page is where a diagnostic whose element has no position of its own
	// (a table row missing a cell) is put, so every diagnostic has a
	// file:line:col.
	page model.Pos
}

func (d *diags) add(pos model.Pos, severity, code, format string, args ...any) {
	if pos.Line == 0 && d.page.Line != 0 {
		pos = d.page
	}
	d.list = append(d.list, model.Diagnostic{Pos: pos, Severity: severity, Code: code, Message: fmt.Sprintf(format, args...)})
}

func (d *diags) errorf(pos model.Pos, code, format string, args ...any) {
	d.add(pos, model.SeverityError, code, format, args...)
}

func (d *diags) warnf(pos model.Pos, code, format string, args ...any) {
	d.add(pos, model.SeverityWarning, code, format, args...)
}

func (d *diags) infof(pos model.Pos, code, format string, args ...any) {
	d.add(pos, model.SeverityInfo, code, format, args...)
}
