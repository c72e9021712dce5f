// Package names is graphsdkgen's one namer: every Go identifier, Go package
// name and OpenAPI name the emitters write comes from here. The rules are
// written down in the README ("Naming") and repeated on each function.
package names

import (
	"go/token"
	"strings"
	"unicode"

	"github.com/jinzhu/inflection"
)

// initialisms are words written all in capitals in Go identifiers.
var initialisms = map[string]bool{
	"id": true, "ids": true, "url": true, "uri": true, "http": true, "https": true, "json": true, "api": true,
	"ip": true, "html": true, "xml": true, "sql": true, "uuid": true, "guid": true, "oem": true, "os": true,
	"upn": true, "sms": true, "tls": true, "vpn": true, "csv": true, "pdf": true, "ttl": true,
}

// Words splits s into words at case changes, digits runs and any
// character that is not a letter or digit: "managedDeviceId" ->
// managed, Device, Id; "item-path" -> item, path; "IPv6Address" -> IPv6, Address.
func Words(s string) []string {
	var words []string
	rs := []rune(s)
	start := -1
	flush := func(i int) {
		if start >= 0 && i > start {
			words = append(words, string(rs[start:i]))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		switch {
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush(i)
			start = i
		case unicode.IsUpper(r) && unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1]) && i-start > 1:
			flush(i)
			start = i
		}
	}
	flush(len(rs))
	return words
}

// Exported is the Go exported identifier for s: its words, each with a
// capital first letter, initialisms (ID, URL, …) in capitals, joined. A
// result starting with a digit or a letter without case gets an "X" prefix;
// s without letters or digits gives "X" (callers that name page text check
// Words first: see valid.go).
func Exported(s string) string {
	var b strings.Builder
	for _, w := range Words(s) {
		lw := strings.ToLower(w)
		switch {
		case initialisms[lw]:
			if lw == "ids" {
				b.WriteString("IDs")
			} else {
				b.WriteString(strings.ToUpper(w))
			}
		default:
			rs := []rune(w)
			b.WriteString(strings.ToUpper(string(rs[0])) + string(rs[1:]))
		}
	}
	out := b.String()
	if out == "" {
		return "X"
	}
	if !unicode.IsUpper([]rune(out)[0]) {
		// A digit or a letter without case ("名前") cannot start an
		// exported name.
		out = "X" + out
	}
	return out
}

// Unexported is the Go unexported identifier for s: Exported with its
// first word in lower case ("managedDeviceId" -> managedDeviceID). Go
// keywords and predeclared names get a trailing "_" (type -> type_).
func Unexported(s string) string {
	e := Exported(s)
	ws := Words(e)
	first := ws[0]
	rest := strings.TrimPrefix(e, first)
	var out string
	if strings.ToUpper(first) == first && len(first) > 1 {
		out = strings.ToLower(first) + rest
	} else {
		rs := []rune(first)
		out = strings.ToLower(string(rs[0])) + string(rs[1:]) + rest
	}
	if token.IsKeyword(out) || predeclared[out] {
		out += "_"
	}
	return out
}

var predeclared = map[string]bool{
	"string": true, "bool": true, "int": true, "error": true, "len": true, "cap": true, "new": true, "make": true,
	"nil": true, "true": true, "false": true, "byte": true, "rune": true, "any": true, "ctx": true, "opts": true,
	"body": true, "path": true, "err": true, "c": true, "url": true, "http": true, "graph": true, "context": true,
	// Names a generated method declares or refers to besides its parameters.
	"q": true, "out": true, "contentType": true, "json": true, "io": true, "iter": true, "time": true,
}

// Package is the Go package name for a route's root segment: its letters
// and digits, lower case ("deviceManagement" -> devicemanagement). A name
// that is a Go keyword, "graph" (the runtime package) or a models package
// name (Shared, Other) gets an "api" suffix.
func Package(root string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(root) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	p := b.String()
	if p == "" {
		p = "root"
	}
	if unicode.IsDigit(rune(p[0])) {
		p = "x" + p
	}
	if token.IsKeyword(p) || p == "graph" || p == "internal" || p == "testdata" || p == Shared || p == Other {
		p += "api"
	}
	return p
}

// Singular is the singular of an English noun, for key-addressed
// collection segments ("managedDevices" -> "managedDevice"), by
// inflection.Singular, except that a word ending in "ives" only loses its
// "s" (inflection's knives rule turns drives into "drife"). The parser's
// routeSingular applies the same rule to parameter names.
func Singular(s string) string {
	if len(s) > 4 && strings.EqualFold(s[len(s)-4:], "ives") {
		return s[:len(s)-1]
	}
	return inflection.Singular(s)
}
