package parser

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/graphsdkgen/graphsdkgen/model"
)

var (
	requestLineRE  = regexp.MustCompile(`^(?i)(GET|POST|PATCH|PUT|DELETE)\s+(\S.*)$`)
	statusLineRE   = regexp.MustCompile(`^(?i)HTTP/\d(?:\.\d)?\s+(\d{3})\b`)
	headerLineRE   = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_-]*)\s*:\s*(.*)$`)
	exampleTitleRE = regexp.MustCompile(`(?i)^example\b`)
)

// fenceLine is a line of a code block with the offset of its first byte.
type fenceLine struct {
	text string
	off  int
}

func codeLines(n ast.Node, src []byte) []fenceLine {
	ls := n.Lines()
	out := make([]fenceLine, 0, ls.Len())
	for i := 0; i < ls.Len(); i++ {
		s := ls.At(i)
		out = append(out, fenceLine{text: strings.TrimRight(string(s.Value(src)), "\r\n"), off: s.Start})
	}
	return out
}

// readExamples pairs the request and response code blocks of the Example(s)
// section. Tab groups and snippet includes are skipped.
func (w *walker) readExamples(s *section) {
	title := ""
	var cur *model.Example
	for _, b := range s.blocks {
		if h, ok := b.n.(*ast.Heading); ok {
			if t := inlineText(h, w.src).text; exampleTitleRE.MatchString(t) {
				title = t
				cur = nil
			}
			continue
		}
		if _, ok := b.n.(*ast.FencedCodeBlock); !ok {
			continue
		}
		if b.annotation != nil && b.annotation.BlockType == "ignored" {
			continue
		}
		lines := codeLines(b.n, w.src)
		first := firstNonBlank(lines)
		if first < 0 {
			continue
		}
		switch {
		case requestLineRE.MatchString(strings.TrimSpace(lines[first].text)):
			req := w.exampleRequest(lines[first:], b.annotation)
			cur = &model.Example{Pos: req.Pos, Title: title, Request: req}
			w.page.Examples = append(w.page.Examples, *cur)
			cur = &w.page.Examples[len(w.page.Examples)-1]
		case statusLineRE.MatchString(strings.TrimSpace(lines[first].text)):
			resp := w.exampleResponse(lines[first:], b.annotation)
			if cur == nil || cur.Response != nil {
				w.page.Examples = append(w.page.Examples, model.Example{Pos: resp.Pos, Title: title})
				cur = &w.page.Examples[len(w.page.Examples)-1]
			}
			cur.Response = resp
		}
	}
}

func firstNonBlank(lines []fenceLine) int {
	for i, l := range lines {
		if strings.TrimSpace(l.text) != "" {
			return i
		}
	}
	return -1
}

// splitMessage reads the header lines after a request or status line and
// returns them with the body lines. A blank line may sit between the first
// line and the headers (the docs often put one there).
func splitMessage(lines []fenceLine) (headers []model.KeyValue, body []fenceLine) {
	i := 1
	for i < len(lines) && strings.TrimSpace(lines[i].text) == "" {
		i++
	}
	start := i
	for i < len(lines) {
		t := strings.TrimSpace(lines[i].text)
		m := headerLineRE.FindStringSubmatch(t)
		if t == "" || m == nil {
			break
		}
		headers = append(headers, model.KeyValue{Key: headerName(m[1]), Value: strings.TrimSpace(m[2])})
		i++
	}
	if i == start {
		// No headers: what follows the first line is the body.
		return nil, lines[start:]
	}
	for i < len(lines) && strings.TrimSpace(lines[i].text) == "" {
		i++
	}
	return headers, lines[i:]
}

func (w *walker) exampleRequest(lines []fenceLine, a *annotation) *model.ExampleRequest {
	m := requestLineRE.FindStringSubmatch(strings.TrimSpace(lines[0].text))
	req := &model.ExampleRequest{Pos: w.li.pos(lines[0].off), Method: strings.ToUpper(m[1]), URL: strings.TrimSpace(m[2])}
	if a != nil {
		req.Name = a.name()
	}
	var body []fenceLine
	req.Headers, body = splitMessage(lines)
	if len(body) > 0 {
		req.BodyPos = w.li.pos(body[0].off)
	}
	req.Body, req.JSON, req.JSONRepaired = w.exampleBody(body)
	if w.page.Version == "" {
		switch {
		case strings.Contains(req.URL, "/beta/"):
			w.page.Version = model.VersionBeta
		case strings.Contains(req.URL, "/v1.0/"):
			w.page.Version = model.VersionV1
		}
	}
	return req
}

func (w *walker) exampleResponse(lines []fenceLine, a *annotation) *model.ExampleResponse {
	m := statusLineRE.FindStringSubmatch(strings.TrimSpace(lines[0].text))
	code, _ := strconv.Atoi(m[1])
	resp := &model.ExampleResponse{Pos: w.li.pos(lines[0].off), Status: code}
	if a != nil {
		resp.ODataType = a.ODataType
		resp.IsCollection = truthy(a.IsCollection)
		resp.Truncated = truthy(a.Truncated)
	}
	var body []fenceLine
	resp.Headers, body = splitMessage(lines)
	if len(body) > 0 {
		resp.BodyPos = w.li.pos(body[0].off)
	}
	resp.Body, resp.JSON, resp.JSONRepaired = w.exampleBody(body)
	return resp
}

// exampleBody joins body lines and, when they look like JSON, parses them.
// Invalid JSON is diagnosed at the offending line and column. When the
// body reads as JSON once comments, trailing commas and stray Unicode
// spaces are dropped (lenientJSON), that reading is returned with
// repaired set and the diagnostic is example-json-repaired; otherwise it
// is example-json and no JSON is returned.
func (w *walker) exampleBody(lines []fenceLine) (body string, js json.RawMessage, repaired bool) {
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1].text) == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return "", nil, false
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.text)
	}
	body = b.String()
	t := strings.TrimSpace(body)
	if !strings.HasPrefix(t, "{") && !strings.HasPrefix(t, "[") {
		return body, nil, false
	}
	var v any
	err := json.Unmarshal([]byte(body), &v)
	if err == nil {
		var buf bytes.Buffer
		if json.Compact(&buf, []byte(body)) == nil {
			return body, buf.Bytes(), false
		}
		return body, nil, false
	}
	off := 0
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = int(se.Offset)
	}
	if fixed, ok := lenientJSON([]byte(body)); ok {
		w.d.warnf(w.bodyPos(lines, off), "example-json-repaired", "example body is not valid JSON: %v; it reads as JSON without its comments, trailing commas and non-JSON spaces: remove them", err)
		return body, fixed, true
	}
	w.d.warnf(w.bodyPos(lines, off), "example-json", "example body is not valid JSON: %v", err)
	return body, nil, false
}

// bodyPos maps a byte offset in the joined body lines to a page position.
func (w *walker) bodyPos(lines []fenceLine, off int) model.Pos {
	for _, l := range lines {
		if off <= len(l.text) {
			return w.li.pos(l.off + max(off-1, 0))
		}
		off -= len(l.text) + 1
	}
	return w.li.pos(lines[len(lines)-1].off)
}
