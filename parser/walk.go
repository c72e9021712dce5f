package parser

import (
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// walker reads a page's top-level blocks in order and hands each H2
// section to its reader.
type walker struct {
	p    *Parser
	src  []byte
	li   *lineIndex
	d    *diags
	page *model.Page
	file string
	// root is the page's docs root: includes stay inside it.
	root *docsDir
	// h1 is the position of the page's H1.
	h1 model.Pos
	// pre holds the blocks between the H1 and the first H2: the preamble
	// of a resource page and the enum tables of an aggregate enum page.
	pre section
	// httpSections and httpFences count the HTTP request sections and
	// their code blocks, to say why a page has no route.
	httpSections, httpFences int
}

// section is an H2 and the blocks under it.
type section struct {
	title  string
	pos    model.Pos
	blocks []block
}

// block is a top-level node with its context: the nearest H3-H6 above it in
// the section, and the annotation comment right before it.
type block struct {
	n          ast.Node
	heading    string
	annotation *annotation
}

// isTabMarker tells the language-tab lines "# [HTTP](#tab/http)" from a
// real H1.
func (w *walker) isTabMarker(h *ast.Heading) bool {
	for c := h.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.Link); ok && strings.HasPrefix(string(l.Destination), "#tab/") {
			return true
		}
	}
	return false
}

func (w *walker) walk(doc ast.Node) {
	var secs []*section
	var cur *section
	var heading string
	var pending *annotation
	afterH1 := false
	for _, n := range flatten(doc) {
		switch n := n.(type) {
		case *ast.Heading:
			if !w.isATX(n) {
				// "text\n---" closing a tab group parses as a setext
				// heading: it is neither a heading nor text we need.
				continue
			}
			t := inlineText(n, w.src).text
			switch {
			case n.Level == 1 && w.isTabMarker(n):
				continue
			case n.Level == 1 && w.page.H1 == "":
				w.page.H1 = t
				w.h1 = w.li.pos(n.Pos())
				afterH1 = true
				continue
			case n.Level == 1:
				w.d.warnf(w.li.pos(n.Pos()), "extra-h1", "a second H1 %q: only the first names the page", t)
				continue
			case n.Level == 2:
				cur = &section{title: t, pos: w.li.pos(n.Pos())}
				secs = append(secs, cur)
				heading = ""
				pending = nil
				continue
			default:
				heading = t
				pending = nil
				w.current(cur).blocks = append(w.current(cur).blocks, block{n: n, heading: t})
				continue
			}
		case *ast.HTMLBlock:
			if a := w.readAnnotation(n); a != nil {
				pending = a
			}
			continue
		case *ast.Paragraph:
			if afterH1 {
				w.readPreamble(n)
			}
			w.readIncludes(n, heading)
		case *ast.Blockquote:
			w.readNote(n)
		case *ast.ThematicBreak:
			continue
		}
		w.current(cur).blocks = append(w.current(cur).blocks, block{n: n, heading: heading, annotation: pending})
		if _, ok := n.(*ast.Paragraph); !ok || !isInclude(n, w.src) {
			pending = nil
		}
	}
	w.resourceTaggedAPI(secs)
	secs = w.nestedSections(secs)
	for _, s := range secs {
		w.readSection(s)
	}
	if w.page.Kind == model.KindAPI {
		routeSecs := w.readOtherRoutes(secs)
		if len(routeSecs) > 0 && !slices.ContainsFunc(secs, func(s *section) bool { return sectionKind(s.title) == "examples" }) {
			w.readSectionExamples(secs, routeSecs[0])
		}
	}
	if w.page.Kind == model.KindResource || w.page.Kind == model.KindEnum {
		w.readTypePage(secs)
	}
}

// current is the section blocks go to: the current H2's, or the
// preamble's before the first H2.
func (w *walker) current(cur *section) *section {
	if cur == nil {
		return &w.pre
	}
	return cur
}

// flatten lists the document's blocks in order, with the blocks inside
// list items and their nested lists lifted to the top: some pages put their
// route fences and tables in bulleted lists.
func flatten(doc ast.Node) []ast.Node {
	var out []ast.Node
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.List, *ast.ListItem:
				walk(c)
			case *ast.TextBlock:
				// A tight list item's text: keep it as prose.
				out = append(out, c)
			default:
				out = append(out, c)
			}
		}
	}
	walk(doc)
	return out
}

// isATX tells an ATX heading ("## x") from a setext one, which the corpus
// only produces by accident.
func (w *walker) isATX(h *ast.Heading) bool {
	lines := h.Lines()
	if lines.Len() == 0 {
		return true
	}
	start := w.li.lineStart(lines.At(0).Start)
	rest := strings.TrimLeft(string(w.src[start:lines.At(0).Start]), " ")
	return strings.HasPrefix(rest, "#")
}

// readPreamble reads what sits between the H1 and the first H2: the
// Namespace line.
func (w *walker) readPreamble(n *ast.Paragraph) {
	for _, line := range blockLines(n, w.src) {
		t := clean(line)
		if v, ok := strings.CutPrefix(t, "Namespace:"); ok && w.page.Namespace == "" {
			w.page.Namespace = strings.TrimSuffix(strings.TrimSpace(v), ".")
		}
	}
}

// readSection dispatches a section to its reader by its H2 text.
func (w *walker) readSection(s *section) {
	switch k := sectionKind(s.title); k {
	case "permissions":
		w.readPermissions(s)
	case "http":
		w.readHTTP(s)
	case "params":
		w.readParamSection(s)
	case "query":
		w.readQueryOptions(s)
	case "headers":
		w.readHeaders(s)
	case "body":
		w.readBody(s)
	case "response":
		w.readResponse(s)
	case "examples":
		w.readExamples(s)
	}
}

func sectionKind(title string) string {
	t := strings.ToLower(strings.TrimSpace(title))
	switch {
	case t == "permissions" || t == "prerequisites":
		return "permissions"
	case strings.HasPrefix(t, "http request"):
		return "http"
	case t == "function parameters" || t == "path parameters" || t == "parameters" || t == "query parameters":
		return "params"
	case t == "optional query parameters":
		return "query"
	case t == "request headers" || t == "optional request headers":
		return "headers"
	case t == "request body":
		return "body"
	case t == "response":
		return "response"
	case strings.HasPrefix(t, "example"):
		return "examples"
	}
	return ""
}

// tables returns the section's tables with the heading each sits under.
func (s *section) tables() []block {
	var out []block
	for _, b := range s.blocks {
		if _, ok := b.n.(*east.Table); ok {
			out = append(out, b)
		}
	}
	return out
}

// paragraphs returns the text of the section's paragraphs, in order.
func (w *walker) paragraphs(s *section) []cell {
	var out []cell
	for _, b := range s.blocks {
		if p, ok := b.n.(*ast.Paragraph); ok && !isInclude(p, w.src) {
			in := inlineText(p, w.src)
			out = append(out, cell{pos: w.li.pos(p.Pos()), text: in.text, links: in.links})
		}
	}
	return out
}
