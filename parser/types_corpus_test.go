package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// TestTypesCorpus parses every resource and enum page of both corpora and
// measures what the type readers get from them.
func TestTypesCorpus(t *testing.T) {
	t.Parallel()
	root := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(root, "graph-docs-2021")); err != nil {
		t.Skipf("no corpus at %s", root)
	}
	var files []string
	for _, dir := range []string{"resources", "api"} {
		fs, _ := filepath.Glob(filepath.Join(root, "*", "api-reference", "*", dir, "*.md"))
		files = append(files, fs...)
	}
	p := New()
	var resPages, resNamed, listing, listingOK, resOK, enumPages, enumTypes, extraEnums, props, navs, jsonProps, inlineEnums, methods, cells, named int
	kinds := map[string]int{}
	codes := map[string]int{}
	var failures, unnamed []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head := src[:min(len(src), 1024)]
		if !bytes.Contains(head, []byte("resourcePageType")) && !bytes.Contains(head, []byte("enumPageType")) && !bytes.Contains(head, []byte("enumTypes")) {
			continue
		}
		rel, _ := filepath.Rel(root, f)
		pg, ds := p.ParsePage(f, filepath.ToSlash(rel), src)
		for _, d := range ds {
			codes[d.Code]++
			if d.Code == "internal-error" {
				t.Errorf("%s", d)
			}
		}
		countCell := func(r model.TypeRef) {
			if r.Raw == "" && r.Name == "" {
				return
			}
			cells++
			if r.Name != "" {
				named++
			} else {
				unnamed = append(unnamed, r.Raw)
			}
		}
		switch pg.Kind {
		case model.KindResource:
			resPages++
			named := len(pg.Types) > 0 && pg.Types[0].Name != ""
			withProps := named && (len(pg.Types[0].Properties) > 0 || len(pg.Types[0].Members) > 0)
			if named {
				resNamed++
			}
			if withProps {
				resOK++
			}
			if listsProperties(src) {
				listing++
				if withProps {
					listingOK++
				} else {
					failures = append(failures, rel)
				}
			}
		case model.KindEnum:
			enumPages++
			n := 0
			for _, ty := range pg.Types {
				if ty.Kind == model.TypeEnum && len(ty.Members) > 0 {
					n++
				}
			}
			if n == 0 {
				t.Errorf("%s: enum page yields no enum", rel)
			}
		default:
			continue
		}
		lines := strings.Split(string(src), "\n")
		for i, ty := range pg.Types {
			kinds[ty.Kind]++
			if ty.Kind == model.TypeEnum {
				enumTypes++
				if pg.Kind == model.KindResource && i > 0 {
					extraEnums++
				}
			}
			for _, pr := range ty.Properties {
				switch {
				case pr.Navigation:
					navs++
				case pr.Pos.Line > 0 && pr.Pos.Line <= len(lines) && strings.HasPrefix(strings.TrimSpace(lines[pr.Pos.Line-1]), `"`):
					// A member of the JSON representation.
					jsonProps++
				default:
					props++
				}
				if len(pr.Enum) > 0 {
					inlineEnums++
				}
				if pr.Type.Raw != "" || pr.Type.Name != "" {
					countCell(pr.Type)
				}
			}
			for _, m := range ty.Methods {
				methods++
				countCell(m.Returns)
			}
		}
	}
	t.Logf("resource pages: %d; with a named type: %d (%.2f%%); with a named type and properties: %d (%.2f%%)", resPages, resNamed, pct(resNamed, resPages), resOK, pct(resOK, resPages))
	t.Logf("resource pages whose Properties or Relationships tables have rows: %d; of these with a named type and properties: %d (%.2f%%)", listing, listingOK, pct(listingOK, listing))
	t.Logf("types by kind: %v; enum pages: %d; enum types: %d (%d from enum tables on resource pages)", kinds, enumPages, enumTypes, extraEnums)
	t.Logf("properties: %d from tables, %d relationships, %d from JSON representations only; %d with an inline enum; methods: %d", props, navs, jsonProps, inlineEnums, methods)
	t.Logf("type cells: %d, with a name: %d (%.2f%%)", cells, named, pct(named, cells))
	t.Logf("diagnostics by code: %v", codes)
	sort.Strings(failures)
	for i, f := range failures {
		if i == 20 {
			break
		}
		t.Logf("lists properties but no named type with properties: %s", f)
	}
	unnamedCount := map[string]int{}
	for _, u := range unnamed {
		unnamedCount[u]++
	}
	keys := make([]string, 0, len(unnamedCount))
	for k := range unnamedCount {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return unnamedCount[keys[i]] > unnamedCount[keys[j]] || unnamedCount[keys[i]] == unnamedCount[keys[j]] && keys[i] < keys[j]
	})
	for i, k := range keys {
		if i == 10 {
			break
		}
		t.Logf("type cell without a name (%d): %q", unnamedCount[k], k)
	}
	// About 5% of the resource pages list no property: abstract bases
	// and marker types ("Properties: None."), overview pages and API
	// pages tagged resourcePageType. So the bar is a named type for 98%
	// of all pages, and properties for 98% of the pages that list some.
	if resPages == 0 || pct(resNamed, resPages) < 98 {
		t.Errorf("only %d of %d resource pages yield a named type", resNamed, resPages)
	}
	if listing == 0 || pct(listingOK, listing) < 98 {
		t.Errorf("only %d of %d resource pages that list properties yield a named type with properties", listingOK, listing)
	}
	if cells == 0 || pct(named, cells) < 98 {
		t.Errorf("only %d of %d type cells have a name", named, cells)
	}
}

func pct(n, of int) float64 { return 100 * float64(n) / float64(max(1, of)) }

var delimiterRowRE = regexp.MustCompile(`^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$`)

// listsProperties tells, line by line and independently of the parser,
// whether a page has a table row with at least two cells under an H2 that
// ends with "Properties" or "Relationships", outside HTML comments.
func listsProperties(src []byte) bool {
	inComment, inSection, afterDelimiter := false, false, false
	for _, line := range strings.Split(string(src), "\n") {
		l := strings.TrimSpace(line)
		if inComment {
			inComment = !strings.Contains(l, "-->")
			continue
		}
		if strings.HasPrefix(l, "<!--") && !strings.Contains(l, "-->") {
			inComment = true
			continue
		}
		if strings.HasPrefix(line, "## ") {
			t := strings.ToLower(strings.TrimSpace(line[3:]))
			inSection = strings.HasSuffix(t, "properties") || strings.HasSuffix(t, "relationships")
			afterDelimiter = false
			continue
		}
		if !inSection {
			continue
		}
		switch {
		case !strings.HasPrefix(l, "|"):
			afterDelimiter = false
		case delimiterRowRE.MatchString(l):
			afterDelimiter = true
		case afterDelimiter && strings.Count(strings.Trim(l, "| "), "|") >= 1:
			return true
		}
	}
	return false
}
