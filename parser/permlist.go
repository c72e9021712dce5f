package parser

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// codePermList: a Permissions section without a table lists its
// permissions per resource ("- Profile photo of the signed-in **user** -
// User.ReadWrite, User.ReadWrite.All", profilephoto-update); the list names
// no permission kind, so its entries are read as delegated (work or
// school account), and the page documents no application permission.
const codePermList = "permissions-list"

// permListItemRE splits "label - scopes" (or "label: scopes", "label –
// scopes").
var permListItemRE = regexp.MustCompile(`^(.+?)\s+[-–—]\s+(.+)$|^([^:]+):\s+(.+)$`)

// readPermissionList reads the section's "label - scopes" lines into one
// table of delegated (work or school) entries, each covering what its
// label names (permLabelResources). A line whose value is not all scope
// names is not an entry; nil when no line is.
func (w *walker) readPermissionList(s *section) *model.PermissionTable {
	var pt *model.PermissionTable
	for _, b := range s.blocks {
		switch b.n.(type) {
		case *ast.TextBlock, *ast.Paragraph:
		default:
			continue
		}
		in := inlineText(b.n, w.src)
		m := permListItemRE.FindStringSubmatch(strings.TrimSpace(in.text))
		if m == nil {
			continue
		}
		label, value := m[1], m[2]
		if label == "" {
			label, value = m[3], m[4]
		}
		pos := w.li.pos(b.n.Lines().At(0).Start)
		trial := &diags{}
		p := permParseValue(value, cell{pos: pos, text: value}, trial)
		if len(trial.list) > 0 || len(p.scopes)+len(p.allOf) == 0 {
			continue
		}
		if pt == nil {
			pt = &model.PermissionTable{Pos: pos, Entries: []model.Permission{}}
			w.d.warnf(pos, codePermList, "the %s section lists permissions per resource without a table or a permission kind: read as delegated (work or school account); no application permission is documented", s.title)
		}
		pt.Entries = append(pt.Entries, model.Permission{
			Pos:       pos,
			Kind:      model.PermDelegatedWork,
			Qualifier: permQualifier(label),
			Resources: permLabelResources(label),
			Scopes:    p.scopes,
			AllOf:     p.allOf,
			Raw:       in.text,
		})
	}
	return pt
}
