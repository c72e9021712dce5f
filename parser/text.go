package parser

import (
	"html"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// inline is the plain text of an inline container, with the destinations
// of the links in it.
type inline struct {
	text  string
	links []link
}

type link struct {
	text string
	dest string
}

// inlineText flattens n's inline children: emphasis and code spans keep
// their text, links keep their text (their destinations are collected),
// <br> becomes a newline, other raw HTML is dropped, entities are decoded.
func inlineText(n ast.Node, src []byte) inline {
	var b strings.Builder
	var links []link
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(c.Segment.Value(src))
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(c.Value)
			case *ast.Link:
				start := b.Len()
				walk(c)
				links = append(links, link{text: b.String()[start:], dest: string(c.Destination)})
			case *ast.AutoLink:
				b.Write(c.URL(src))
			case *ast.RawHTML:
				var raw strings.Builder
				for i := 0; i < c.Segments.Len(); i++ {
					s := c.Segments.At(i)
					raw.Write(s.Value(src))
				}
				if t := strings.ToLower(strings.ReplaceAll(raw.String(), " ", "")); strings.HasPrefix(t, "<br") || strings.HasPrefix(t, "</br") {
					b.WriteByte('\n')
				}
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return inline{text: clean(html.UnescapeString(b.String())), links: links}
}

// clean trims and folds the spacing oddities the corpus has: non-breaking
// and zero-width spaces, tabs and runs of spaces (newlines are kept).
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\t':
			return ' '
		case '\u200b', '\u200c', '\u200d', '\ufeff':
			return -1
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// blockLines returns the raw source lines of a block node.
func blockLines(n ast.Node, src []byte) []string {
	ls := n.Lines()
	out := make([]string, 0, ls.Len())
	for i := 0; i < ls.Len(); i++ {
		s := ls.At(i)
		out = append(out, strings.TrimRight(string(s.Value(src)), "\n"))
	}
	return out
}
