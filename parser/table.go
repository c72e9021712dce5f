package parser

import (
	"strings"

	east "github.com/yuin/goldmark/extension/ast"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// table is a Markdown table reduced to text cells with positions, the
// shape every section reader works on.
type table struct {
	pos    model.Pos
	header []cell
	rows   [][]cell
}

type cell struct {
	pos   model.Pos
	text  string
	links []link
}

func readTable(t *east.Table, src []byte, li *lineIndex) table {
	var out table
	out.pos = li.pos(t.Pos())
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var row []cell
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			in := inlineText(c, src)
			row = append(row, cell{pos: li.pos(c.Pos()), text: in.text, links: in.links})
		}
		if _, ok := r.(*east.TableHeader); ok {
			out.header = row
			if r.Pos() >= 0 {
				out.pos = li.pos(r.Pos())
			}
			continue
		}
		out.rows = append(out.rows, row)
	}
	return out
}

// col finds the first header cell whose lowercased text contains one of
// the given words, or -1.
func (t table) col(words ...string) int {
	for i, h := range t.header {
		hl := strings.ToLower(strings.Trim(h.text, "*_ "))
		for _, w := range words {
			if strings.Contains(hl, w) {
				return i
			}
		}
	}
	return -1
}

// colNamed is the index of the column whose header is exactly name
// (without case and emphasis), or -1.
func (t table) colNamed(name string) int {
	for i, h := range t.header {
		if strings.EqualFold(strings.Trim(h.text, "*_ "), name) {
			return i
		}
	}
	return -1
}

// get returns row's cell i, or an empty cell when the row is short.
func get(row []cell, i int) cell {
	if i < 0 || i >= len(row) {
		return cell{}
	}
	return row[i]
}

// tableNode is the goldmark table node type.
type tableNode = *east.Table
