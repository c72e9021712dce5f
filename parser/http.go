package parser

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// readHTTP reads the route lines of every code block in the HTTP request
// section.
func (w *walker) readHTTP(s *section) {
	fences := 0
	for _, b := range s.blocks {
		switch b.n.(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock:
		default:
			continue
		}
		fences++
		ls := b.n.Lines()
		for i := 0; i < ls.Len(); i++ {
			seg := ls.At(i)
			line := strings.TrimRight(string(seg.Value(w.src)), "\n")
			if strings.TrimSpace(line) == "" {
				continue
			}
			lead := len(line) - len(strings.TrimLeft(line, " \t"))
			r, version, ok := parseRoute(strings.TrimSpace(line), w.li.pos(seg.Start+lead), w.d)
			if !ok {
				continue
			}
			if version != "" && w.page.Version == "" {
				w.page.Version = version
			}
			w.page.Routes = append(w.page.Routes, r)
		}
	}
	w.httpSections++
	w.httpFences += fences
	if fences == 0 {
		w.d.warnf(s.pos, "http-no-fence", "the %s section has no code block with the routes", s.title)
	} else if len(w.page.Routes) == 0 && w.page.Kind == model.KindAPI {
		w.d.warnf(s.pos, "http-no-route", "the %s section lists no route", s.title)
	}
}
