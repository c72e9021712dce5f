package lock

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// Parse reads a lock file. An error names the line that is not an entry.
func Parse(data []byte) (*Lock, error) {
	l := &Lock{Version: 1}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fs, err := fields(text)
		if err == nil {
			err = l.add(fs)
		}
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %v", FileName, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", FileName, err)
	}
	return l, nil
}

// add appends the entry of one line's fields.
func (l *Lock) add(fs []string) error {
	want := map[string]int{"op": 6, "type": 6, "const": 5, "body": 5, "alias": 5, "poly": 5, "json": 4, "import": 4, "format": 2}[fs[0]]
	if want == 0 {
		return fmt.Errorf("unknown entry kind %q (op, type, const, body, alias, poly, json, import or format)", fs[0])
	}
	if len(fs) != want {
		return fmt.Errorf("%s entry has %d fields, want %d", fs[0], len(fs), want)
	}
	switch fs[0] {
	case "op":
		pkg, method, ok := strings.Cut(fs[4], ".")
		if !ok || pkg == "" || method == "" {
			return fmt.Errorf("operationId %q is not package.Method", fs[4])
		}
		l.Ops = append(l.Ops, Op{Version: fs[1], Route: fs[2] + " " + fs[3], Package: pkg, Method: method, Page: fs[5]})
	case "type":
		l.Types = append(l.Types, Type{Version: fs[1], QName: fs[2], Package: fs[3], Name: fs[4], Page: fs[5]})
	case "const":
		l.Consts = append(l.Consts, Const{Version: fs[1], QName: fs[2], Member: fs[3], Name: fs[4]})
	case "body":
		l.Bodies = append(l.Bodies, Body{Version: fs[1], Package: fs[2], Page: fs[3], Name: fs[4]})
	case "poly":
		l.Polys = append(l.Polys, Poly{Version: fs[1], QName: fs[2], Iface: fs[3], Any: fs[4]})
	case "format":
		n, err := strconv.Atoi(fs[1])
		if err != nil || n < 1 {
			return fmt.Errorf("format %q is not a positive number", fs[1])
		}
		if n > CurrentFormat {
			return fmt.Errorf("format %d is newer than this graphsdkgen's (%d): regenerate with a newer graphsdkgen", n, CurrentFormat)
		}
		l.Version = n
	case "import":
		l.Imports = append(l.Imports, Import{Version: fs[1], From: fs[2], To: fs[3]})
	case "json":
		l.JSON = append(l.JSON, JSONRef{Version: fs[1], From: fs[2], To: fs[3]})
	case "alias":
		l.Aliases = append(l.Aliases, Alias{Version: fs[1], QName: fs[2], Package: fs[3], Name: fs[4]})
	}
	return nil
}

// fields splits a line at spaces; a field starting with a quote is a Go
// string literal.
func fields(s string) ([]string, error) {
	var out []string
	for s = strings.TrimLeft(s, " "); s != ""; s = strings.TrimLeft(s, " ") {
		if s[0] == '"' {
			q, err := strconv.QuotedPrefix(s)
			if err != nil {
				return nil, fmt.Errorf("bad quoted field at %q", s)
			}
			v, _ := strconv.Unquote(q)
			out = append(out, v)
			s = s[len(q):]
			if s != "" && s[0] != ' ' {
				return nil, fmt.Errorf("no space after quoted field %s", q)
			}
			continue
		}
		f, rest, _ := strings.Cut(s, " ")
		out = append(out, f)
		s = rest
	}
	return out, nil
}
