package parser

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// fuzzSeeds are real pages: the repo's own input and the golden cases'
// pages, and when the shared corpus is beside the repo, a few of its pages
// of each kind (read there, never copied in).
func fuzzSeeds(f *testing.F) [][]byte {
	var paths []string
	for _, glob := range []string{
		"../apidocs/*/*/*.md",
		"../golden/*/input/*/*/*.md",
		"../../shared/corpus/graph-docs-2021/v1.0/api/user-get.md",
		"../../shared/corpus/graph-docs-2021/v1.0/api/calendar-get.md",
		"../../shared/corpus/graph-docs-2021/v1.0/resources/user.md",
		"../../shared/corpus/graph-docs-2021/v1.0/resources/enums.md",
		"../../shared/corpus/graph-docs-2026/*/api/*-get.md",
	} {
		m, _ := filepath.Glob(glob)
		if len(m) > 4 && strings.Contains(glob, "2026") {
			m = m[:4]
		}
		paths = append(paths, m...)
	}
	var out [][]byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, src)
	}
	if len(out) == 0 {
		f.Fatal("no seed pages found")
	}
	return out
}

// FuzzParsePage: whatever the bytes, ParsePage does not fail internally
// (its recover turns a panic into internal-error, which counts as a
// failure here), every diagnostic has a position in the page, and the page
// encodes as JSON.
func FuzzParsePage(f *testing.F) {
	for _, src := range fuzzSeeds(f) {
		f.Add(src)
	}
	f.Add([]byte("---\ntitle: \"\x80\x00\"\n---\n# x\n## HTTP request\n```http\nGET /a/{b\n```\n"))
	p := New()
	// The page sits in an empty docs tree: its includes find nothing.
	file := filepath.Join(f.TempDir(), "v1.0", "api", "fuzz.md")
	f.Fuzz(func(t *testing.T, src []byte) {
		pg, ds := p.ParsePage(file, "v1.0/api/fuzz.md", src)
		lines := bytes.Count(src, []byte("\n")) + 1
		for _, d := range ds {
			if d.Code == "internal-error" {
				t.Fatalf("internal error: %s", d.Message)
			}
			if d.Pos.File != file || d.Pos.Line < 1 || d.Pos.Line > lines || d.Pos.Col < 1 {
				t.Fatalf("diagnostic %s at %v: outside the page (%d lines)", d.Code, d.Pos, lines)
			}
		}
		if pg == nil {
			t.Fatal("nil page")
		}
		m := &model.Model{Pages: []*model.Page{pg}}
		if _, err := json.Marshal(m); err != nil {
			t.Fatalf("page does not encode: %v", err)
		}
	})
}
