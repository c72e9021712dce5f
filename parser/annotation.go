package parser

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// annotation is the JSON in an HTML comment that the docs put before code
// fences: <!-- { "blockType": "request", "name": "x" } -->.
type annotation struct {
	BlockType string `json:"blockType"`
	Name      any    `json:"name"`
	ODataType string `json:"@odata.type"`
	// AtType is the older "@type" key, which some resource annotations
	// use instead of "@odata.type" (systemFacet, root, driveItem).
	AtType       string `json:"@type"`
	IsCollection any    `json:"isCollection"`
	Truncated    any    `json:"truncated"`

	// Resource annotations (blockType "resource").
	KeyProperty any `json:"keyProperty"`
	BaseType    any `json:"baseType"`
	OpenType    any `json:"openType"`
	Abstract    any `json:"abstract"`
	IsAbstract  any `json:"isAbstract"`

	// pos is where the comment starts.
	pos model.Pos
}

// str returns v when it is a string, trimmed, else "".
func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

func truthy(v any) bool {
	switch v := v.(type) {
	case bool:
		return v
	case string:
		return strings.EqualFold(v, "true")
	}
	return false
}

func (a *annotation) name() string {
	if s, ok := a.Name.(string); ok {
		return s
	}
	return ""
}

var trailingCommaRE = regexp.MustCompile(`,(\s*[}\]])`)

// tolerantJSON unmarshals JSON, forgiving the trailing commas the docs'
// annotations often have. It reports whether it had to forgive.
func tolerantJSON(s string, v any) (forgiven bool, err error) {
	if err = json.Unmarshal([]byte(s), v); err == nil {
		return false, nil
	}
	fixed := trailingCommaRE.ReplaceAllString(s, "$1")
	if fixed == s {
		return false, err
	}
	if err2 := json.Unmarshal([]byte(fixed), v); err2 != nil {
		return false, err
	}
	return true, nil
}

// readAnnotation reads an HTML block that is an annotation comment; other
// HTML (page annotations, uuid comments, commented-out text) gives nil.
func (w *walker) readAnnotation(n *ast.HTMLBlock) *annotation {
	var b strings.Builder
	for _, l := range blockLines(n, w.src) {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if n.HasClosure() {
		b.Write(n.ClosureLine.Value(w.src))
	}
	s := strings.TrimSpace(b.String())
	body, ok := strings.CutPrefix(s, "<!--")
	if !ok {
		return nil
	}
	body, _ = strings.CutSuffix(strings.TrimSpace(body), "-->")
	body = strings.TrimSpace(body)
	if !strings.HasPrefix(body, "{") || !strings.Contains(body, "blockType") {
		return nil
	}
	var a annotation
	forgiven, err := tolerantJSON(body, &a)
	pos := w.li.pos(n.Pos())
	if err != nil {
		w.d.warnf(pos, "annotation-json", "annotation comment is not valid JSON: %v", err)
		return nil
	}
	if forgiven {
		w.d.infof(pos, "annotation-trailing-comma", "annotation comment has a trailing comma")
	}
	a.pos = pos
	return &a
}
