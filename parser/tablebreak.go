package parser

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Tables broken by a blank line.
//
// A blank line ends a Markdown table: the rows after it are a paragraph of
// "| a | b |" lines. For an enum table that would cut the members short,
// so enumTable reads such paragraphs right after the table (under the same
// heading, before any other block) as more rows of it, and diagnoses the
// break (table-broken) so that the blank line can be removed.

// enumTable reads table block b of section s with the rows a blank line
// cut off.
func (w *walker) enumTable(s *section, b block) table {
	t := readTable(b.n.(tableNode), w.src, w.li)
	i := blockIndex(s, b)
	if i < 0 {
		return t
	}
	for _, nb := range s.blocks[i+1:] {
		p, ok := nb.n.(*ast.Paragraph)
		if !ok || nb.heading != b.heading {
			break
		}
		rows := w.pipeRows(p)
		if rows == nil {
			break
		}
		w.d.warnf(rows[0][0].pos, "table-broken", "a blank line breaks the table at line %d; its %d rows after the break are read as part of it: remove the blank line", t.pos.Line, len(rows))
		t.rows = append(t.rows, rows...)
	}
	return t
}

// blockIndex is the index of b in s's blocks, or -1.
func blockIndex(s *section, b block) int {
	for i, x := range s.blocks {
		if x.n == b.n {
			return i
		}
	}
	return -1
}

// pipeRows reads a paragraph whose every line is a table row ("| a | b |",
// at least one inner '|') into cells, or returns nil.
func (w *walker) pipeRows(p *ast.Paragraph) [][]cell {
	ls := p.Lines()
	var rows [][]cell
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		line := strings.TrimRight(string(seg.Value(w.src)), "\n")
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "|") || strings.Count(t, "|") < 2 {
			return nil
		}
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		inner := strings.TrimSuffix(t[1:], "|")
		off := seg.Start + lead + 1
		var row []cell
		for part := range strings.SplitSeq(inner, "|") {
			text := strings.TrimSpace(part)
			row = append(row, cell{pos: w.li.pos(off + len(part) - len(strings.TrimLeft(part, " \t"))), text: text})
			off += len(part) + 1
		}
		rows = append(rows, row)
	}
	return rows
}
