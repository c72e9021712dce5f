package golang

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// render formats a file. If the generated source does not format, the
// error carries a numbered listing of it, and nothing is written.
func render(f *jen.File) ([]byte, error) {
	var buf bytes.Buffer
	if err := f.Render(&buf); err != nil {
		var b strings.Builder
		fmt.Fprintf(&b, "generated Go does not format: %v\n", err)
		for i, l := range strings.Split(f.GoString(), "\n") {
			fmt.Fprintf(&b, "%5d  %s\n", i+1, l)
		}
		return nil, fmt.Errorf("%s", b.String())
	}
	return buf.Bytes(), nil
}
