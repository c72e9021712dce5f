package golang

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"go/scanner"
	"strings"

	"github.com/dave/jennifer/jen"
)

// render formats a file. Source that does not format is an error naming
// the first problem and the generated line it is on.
func render(f *jen.File) ([]byte, error) {
	f.NoFormat = true
	var buf bytes.Buffer
	if err := f.Render(&buf); err != nil {
		return nil, err
	}
	out, err := format.Source(buf.Bytes())
	if err != nil {
		msg := err.Error()
		var el scanner.ErrorList
		if errors.As(err, &el) && len(el) > 0 {
			msg = el[0].Error()
			if lines := strings.Split(buf.String(), "\n"); el[0].Pos.Line > 0 && el[0].Pos.Line <= len(lines) {
				l := lines[el[0].Pos.Line-1]
				if len(l) > 120 {
					l = l[:120] + "…"
				}
				msg += fmt.Sprintf(" in %q", l)
			}
		}
		return nil, fmt.Errorf("generated Go does not format: %s", msg)
	}
	return out, nil
}
