package parser

import (
	"path/filepath"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// readPermissions reads the permissions tables of the section, inline or
// through [!INCLUDE [permissions-table](…)] files, resolved relative to the
// page and read only when they stay inside its docs root (readInside).
func (w *walker) readPermissions(s *section) {
	for _, b := range s.blocks {
		switch n := b.n.(type) {
		case *east.Table:
			t := permissionsFromTable(readTable(n, w.src, w.li), b.heading, "", w.d)
			w.page.Permissions = append(w.page.Permissions, t)
		case *ast.Paragraph:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				line := string(seg.Value(w.src))
				for _, m := range includeRE.FindAllStringSubmatchIndex(line, -1) {
					target := line[m[4]:m[5]]
					if filepath.Base(filepath.Dir(target)) != "permissions" {
						continue
					}
					w.readPermissionInclude(w.li.pos(seg.Start+m[0]), b.heading, target)
				}
			}
		}
	}
	if len(w.page.Permissions) == 0 && w.page.Kind == model.KindAPI {
		if pt := w.readPermissionList(s); pt != nil {
			w.page.Permissions = append(w.page.Permissions, *pt)
			return
		}
		w.d.warnf(s.pos, "permissions-none", "the %s section has no permissions table", s.title)
	}
}

func (w *walker) readPermissionInclude(pos model.Pos, heading, target string) {
	file := filepath.Join(filepath.Dir(w.file), filepath.FromSlash(target))
	src, rerr := w.p.readInside(w.root, file)
	if rerr != nil {
		w.d.errorf(pos, rerr.includeCode(), "permissions include %s cannot be read: %v", target, rerr)
		return
	}
	src = normalizeSource(src)
	li := newLineIndex(file, src)
	doc := w.p.md.Parser().Parse(text.NewReader(src))
	found := false
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if t, ok := n.(*east.Table); ok {
			pt := permissionsFromTable(readTable(t, src, li), heading, target, w.d)
			w.page.Permissions = append(w.page.Permissions, pt)
			found = true
		}
	}
	if !found {
		w.d.errorf(pos, "include-no-table", "permissions include %s holds no table", target)
	}
}
