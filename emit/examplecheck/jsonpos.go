package examplecheck

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// frame is an open object or array while scanning a body.
type frame struct {
	obj    bool
	key    string
	index  int
	expect bool // in an object: the next token is a key
}

// memberOffsets maps JSON pointers ("/a/0/b") in a body as written to the
// byte offset of the member's key (or of the item), so that a finding can
// sit on the member's line.
func memberOffsets(body string) map[string]int {
	out := map[string]int{}
	dec := json.NewDecoder(strings.NewReader(body))
	var stack []frame
	path := func() string {
		var b strings.Builder
		for _, f := range stack {
			b.WriteByte('/')
			if f.obj {
				b.WriteString(f.key)
			} else {
				b.WriteString(strconv.Itoa(f.index))
			}
		}
		return b.String()
	}
	done := func() { // a value ended
		if n := len(stack); n > 0 && stack[n-1].obj {
			stack[n-1].expect = true
		}
	}
	for {
		start := int(dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			return out
		}
		skip := start + len(body[start:]) - len(strings.TrimLeft(body[start:], " \t\r\n,:"))
		d, isDelim := tok.(json.Delim)
		if n := len(stack); n > 0 {
			top := &stack[n-1]
			switch {
			case isDelim && (d == '}' || d == ']'):
				stack = stack[:n-1]
				done()
				continue
			case top.obj && top.expect:
				top.key, _ = tok.(string)
				top.expect = false
				out[path()] = skip
				continue
			case !top.obj:
				top.index++
				out[path()] = skip
			}
		}
		switch {
		case isDelim && d == '{':
			stack = append(stack, frame{obj: true, expect: true})
		case isDelim && d == '[':
			stack = append(stack, frame{index: -1})
		default:
			done()
		}
	}
}

// pointerKey is a JSON pointer as memberOffsets keys it.
func pointerKey(p []string) string {
	if len(p) == 0 {
		return ""
	}
	return "/" + strings.Join(p, "/")
}

// posAt is the page position of a byte offset in a body whose first line
// starts at start.
func posAt(start model.Pos, body string, off int) model.Pos {
	if off < 0 || off > len(body) || start.Line == 0 {
		return start
	}
	pre := body[:off]
	nl := strings.Count(pre, "\n")
	p := model.Pos{File: start.File, Line: start.Line + nl}
	if nl == 0 {
		p.Col = start.Col + off
	} else {
		p.Col = off - strings.LastIndexByte(pre, '\n')
	}
	return p
}
