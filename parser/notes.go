package parser

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/graphsdkgen/graphsdkgen/model"
)

var (
	noteStartRE = regexp.MustCompile(`(?i)^(?:\*\*)?(note|notes|important|caution|tip|warning)s?(?::\*\*|\*\*:?)\s*`)
	alertRE     = regexp.MustCompile(`(?i)^\[!(note|important|caution|tip|warning)\]\s*`)
	noteTextRE  = regexp.MustCompile(`(?i)^(?:\[!\w+\]|(?:note|notes|important|caution|tip|warning)\b\s*:?)\s*`)
	includeRE   = regexp.MustCompile(`\[!INCLUDE\s*\[([^\]]*)\]\(([^)]*)\)\s*\]`)
)

// readNote records a blockquote callout.
func (w *walker) readNote(n *ast.Blockquote) {
	var parts []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind() == ast.KindParagraph {
			parts = append(parts, inlineText(c, w.src).text)
		}
	}
	t := strings.Join(parts, "\n")
	kind := "note"
	raw := t
	if len(parts) > 0 {
		if p, ok := n.FirstChild().(*ast.Paragraph); ok {
			if ls := blockLines(p, w.src); len(ls) > 0 {
				raw = strings.TrimSpace(ls[0])
			}
		}
	}
	if m := alertRE.FindStringSubmatch(raw); m != nil {
		kind = strings.ToLower(m[1])
	} else if m := noteStartRE.FindStringSubmatch(raw); m != nil {
		kind = strings.TrimSuffix(strings.ToLower(m[1]), "s")
	}
	t = strings.TrimSpace(noteTextRE.ReplaceAllString(t, ""))
	if t == "" {
		return
	}
	w.page.Notes = append(w.page.Notes, model.Note{Pos: w.li.pos(n.Pos()), Kind: kind, Text: t})
}

// isInclude reports whether a paragraph is an [!INCLUDE] line.
func isInclude(n ast.Node, src []byte) bool {
	p, ok := n.(*ast.Paragraph)
	if !ok {
		return false
	}
	ls := blockLines(p, src)
	return len(ls) > 0 && includeRE.MatchString(ls[0])
}

// cloudIncludes maps the national-cloud include files to the clouds they
// say the API is available in.
var cloudIncludes = map[string][]string{
	"all-clouds.md":   {model.CloudGlobal, model.CloudUSGovL4, model.CloudUSGovL5DoD, model.CloudChina},
	"global-only.md":  {model.CloudGlobal},
	"global-us.md":    {model.CloudGlobal, model.CloudUSGovL4, model.CloudUSGovL5DoD},
	"global-china.md": {model.CloudGlobal, model.CloudChina},
}

// readIncludes records the [!INCLUDE] lines of a paragraph: national-cloud
// includes set the page's clouds, snippets are left out, the rest are kept.
// Permission-table includes are read by the permissions section.
func (w *walker) readIncludes(n *ast.Paragraph, heading string) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		line := string(seg.Value(w.src))
		for _, m := range includeRE.FindAllStringSubmatchIndex(line, -1) {
			label, target := line[m[2]:m[3]], line[m[4]:m[5]]
			if strings.Contains(target, "/snippets/") || strings.Contains(target, "snippets-sdk-documentation-link") || strings.Contains(target, "snippets_sdk_documentation_link") {
				continue
			}
			pos := w.li.pos(seg.Start + m[0])
			base := target[strings.LastIndex(target, "/")+1:]
			if clouds, ok := cloudIncludes[base]; ok {
				w.page.Clouds = clouds
			}
			w.page.Includes = append(w.page.Includes, model.Include{Pos: pos, Label: label, Target: target})
		}
	}
}
