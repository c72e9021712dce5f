package parser

import (
	"bytes"
	"cmp"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	meta "github.com/yuin/goldmark-meta"
	"github.com/yuin/goldmark/extension"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Parser reads reference pages. It holds no state between pages and is safe
// for concurrent use.
type Parser struct {
	md goldmark.Markdown
	// MaxPageSize caps the size of a page or include file in bytes; a
	// larger one is skipped with a diagnostic. Zero means
	// DefaultMaxPageSize.
	MaxPageSize int64
}

// New returns a Parser with goldmark, GFM tables and YAML front matter.
func New() *Parser {
	return &Parser{
		md:          goldmark.New(goldmark.WithExtensions(extension.Table, meta.Meta)),
		MaxPageSize: DefaultMaxPageSize,
	}
}

// ParsePage parses one page. file is the path used in positions and to
// resolve includes, which must stay inside the page's docs root (see
// docsRoot; the page's folder counts as the argument); rel is the path
// relative to the docs root (it names the page and gives its version). It
// never panics on bad input: what it cannot read becomes a diagnostic.
func (p *Parser) ParsePage(file, rel string, src []byte) (pg *model.Page, ds []model.Diagnostic) {
	root := ""
	if abs, err := filepath.Abs(file); err == nil {
		root = docsRoot(filepath.Dir(abs), abs)
	}
	dir := openDocsDir(root)
	defer dir.close()
	return p.parsePage(input{file: file, rel: rel, root: root, dir: dir}, src)
}

// parsePage parses the page in, whose src has been read.
func (p *Parser) parsePage(in input, src []byte) (pg *model.Page, ds []model.Diagnostic) {
	file, rel := in.file, in.rel
	d := &diags{page: model.Pos{File: file, Line: 1, Col: 1}}
	li := newLineIndex(file, src)
	pg = &model.Page{Pos: model.Pos{File: file, Line: 1, Col: 1}, File: rel, Name: strings.TrimSuffix(path.Base(rel), ".md"), Kind: model.KindOther}
	defer func() {
		if r := recover(); r != nil {
			d.errorf(pg.Pos, "internal-error", "graphsdkgen failed on this page (%v); please report it", r)
			ds = d.list
		}
	}()
	if !validPageName(pg.Name) {
		// The name makes Go file names and docs links: a page named
		// "x\n//go:build ignore" must not make either.
		d.errorf(pg.Pos, "page-name-invalid", "the page's file name %q is not letters, digits, '-', '_' and '.'; the page is not read", pg.Name)
		return pg, d.list
	}
	src = normalizeSource(src)
	ctx := gparser.NewContext()
	doc := p.md.Parser().Parse(text.NewReader(src), gparser.WithContext(ctx))
	items, err := meta.TryGetItems(ctx)
	if items == nil && err == nil {
		d.errorf(pg.Pos, "front-matter-missing", "page has no YAML front matter")
	}
	pg.FrontMatter = readFrontMatter(items, err, src, li, d)
	pg.Title = lookup(pg.FrontMatter, "title")
	pg.Description = lookup(pg.FrontMatter, "description")
	pg.Kind = pageKind(lookup(pg.FrontMatter, "doc_type"))
	pg.Version = cmp.Or(versionFromPath(rel), versionFromPath(file))
	w := &walker{p: p, src: src, li: li, d: d, page: pg, file: file, root: in.dir}
	w.walk(doc)
	if pg.Kind == model.KindResource && len(pg.Routes) > 0 && inAPIFolder(file, rel) {
		// API pages tagged as resource pages (7 in the 2021 corpus): the
		// folder and the HTTP request section say what they are.
		d.warnf(pg.Pos, "doc-type-mismatch", "the page is in api/ and has an HTTP request section but its doc_type is resourcePageType: write doc_type: apiPageType")
		pg.Kind = model.KindAPI
		pg.Types = nil
		d.list = slices.DeleteFunc(d.list, func(x model.Diagnostic) bool { return x.Code == "resource-no-type" })
	}
	if pg.Kind == model.KindOther && lookup(pg.FrontMatter, "doc_type") == "" && len(pg.Routes) > 0 && inAPIFolder(file, rel) {
		// An API page whose front matter lost its doc_type (one in the
		// 2026 sample).
		d.warnf(pg.Pos, "doc-type-missing", "the page is in api/ and has an HTTP request section but no doc_type: write doc_type: apiPageType")
		pg.Kind = model.KindAPI
	}
	w.finish()
	w.noOperation()
	if pg.Version == "" && pg.Kind == model.KindAPI {
		d.errorf(pg.Pos, "version-unknown", "cannot tell the API version: the path has no /beta/ or /v1.0/ and no example URL names one")
	}
	return pg, d.list
}

// inAPIFolder reports whether a page is in an api/ folder.
func inAPIFolder(file, rel string) bool {
	return strings.Contains("/"+rel, "/api/") || strings.Contains("/"+filepath.ToSlash(file), "/api/")
}

// normalizeSource makes line endings uniform; the corpus has none other than
// \n, but a docs checkout on Windows may.
func normalizeSource(src []byte) []byte {
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	return bytes.ReplaceAll(bytes.ReplaceAll(src, []byte("\r\n"), []byte(" \n")), []byte("\r"), []byte("\n"))
}

// versionFromPath finds /beta/ or /v1.0/ in a page's path.
func versionFromPath(rel string) string {
	rel = "/" + strings.ReplaceAll(rel, "\\", "/")
	switch {
	case strings.Contains(rel, "/beta/"):
		return model.VersionBeta
	case strings.Contains(rel, "/v1.0/"):
		return model.VersionV1
	}
	return ""
}
