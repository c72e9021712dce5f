package parser

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

func TestZZPermDump(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "corpus")
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	files, _ := filepath.Glob(filepath.Join(root, "graph-docs-2021", "api-reference", "*", "api", "*.md"))
	dotless := map[string]int{}
	quals := map[string]int{}
	for _, f := range files {
		src, _ := os.ReadFile(f)
		sec := permTestSection(src)
		if sec == nil {
			continue
		}
		doc := md.Parser().Parse(text.NewReader(sec))
		li := newLineIndex(f, sec)
		for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
			if tb, ok := n.(*east.Table); ok {
				var d diags
				pt := permissionsFromTable(readTable(tb, sec, li), "", "", &d)
				for _, e := range pt.Entries {
					if e.Qualifier != "" {
						quals[e.Qualifier]++
					}
					all := append([]string{}, e.Scopes...)
					all = append(all, e.HigherPrivileged...)
					for _, g := range e.AllOf {
						all = append(all, g...)
					}
					for _, s := range all {
						if !strings.Contains(s, ".") || strings.Count(s, ".") > 3 {
							dotless[s]++
						}
					}
				}
				if os.Getenv("PERMDUMP") != "" && strings.Contains(f, os.Getenv("PERMDUMP")) {
					t.Logf("%s %+v %v", f, pt, d.list)
				}
			}
		}
	}
	var ks []string
	for k := range dotless {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	t.Logf("dotless: %v", ks)
	ks = nil
	for k := range quals {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	t.Logf("quals: %q", ks)
}
