package golang

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dave/jennifer/jen"
)

// TestCommentText: whatever the text, the comment is "//" lines only, and
// a file holding it scans to the same tokens as one without it.
func TestCommentText(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"plain", "Deprovision a device.", "// Deprovision a device."},
		{"empty", "", "//"},
		{"blank line", "a\n\nb", "// a\n//\n// b"},
		{"tab kept", "\tPOST /x", "// \tPOST /x"},
		{"starts with block comment", "/**/ func init() { println(\"PWNED\") } //", "// /**/ func init() { println(\"PWNED\") } //"},
		{"ends a block comment", "x\n*/ func init() {}", "// x\n// */ func init() {}"},
		{"starts with line comment", "// Injected func(); //", "// // Injected func(); //"},
		{"CR and CRLF", "a\rb\r\nc", "// a\n// b\n// c"},
		{"NUL", "a\x00b", "// a\uFFFDb"},
		{"invalid UTF-8", "a\x80b", "// a\uFFFDb"},
		{"BOM", "a\uFEFFb", "// a\uFFFDb"},
		{"bidi override", "a\u202Eb", "// a\uFFFDb"},
		{"line separator", "a\u2028b", "// a\uFFFDb"},
		{"build constraint", "+build ignore", "// (text) +build ignore"},
		{"indented build constraint", "  +build ignore", "// (text)   +build ignore"},
		{"directive-like", "go:generate rm -rf /", "// go:generate rm -rf /"},
		{"trailing blanks", "a \t ", "// a"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := commentText(c.text)
			if got != c.want {
				t.Errorf("commentText(%q) = %q, want %q", c.text, got, c.want)
			}
			checkCommentIsInert(t, c.text)
		})
	}
}

// FuzzCommentText: any text gives a comment that leaves the code as it is.
func FuzzCommentText(f *testing.F) {
	for _, s := range []string{"", "/**/ x", "a\n*/ b", "\x00", "\x80", "+build x", "a\r\nb", "\uFEFF"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkCommentIsInert(t, text) })
}

// checkCommentIsInert renders a file with text as a doc comment through
// jennifer and gofmt and checks that its tokens outside comments are those
// of the file without it, that every comment is a // comment, and that no
// line reads as a build constraint.
func checkCommentIsInert(t *testing.T, text string) {
	t.Helper()
	render := func(with bool) string {
		f := jen.NewFile("p")
		headerComment(f, headerText)
		if with {
			headerComment(f, text)
			packageComment(f, text)
			fileComment(f, text)
		}
		st := jen.Id("X").String().Tag(map[string]string{"json": "x"})
		if with {
			st = comment(text).Line().Add(st)
		}
		f.Type().Id("T").Struct(st)
		data, err := render(f)
		if err != nil {
			t.Fatalf("comment %q: %v", text, err)
		}
		return string(data)
	}
	with, without := render(true), render(false)
	if got, want := codeTokens(t, with), codeTokens(t, without); got != want {
		t.Fatalf("comment %q changes the code:\n%s\nwant tokens\n%s\ngot\n%s", text, with, want, got)
	}
	fset := token.NewFileSet()
	af, err := parser.ParseFile(fset, "x.go", with, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	for _, cg := range af.Comments {
		for _, c := range cg.List {
			if !strings.HasPrefix(c.Text, "//") {
				t.Errorf("comment %q gave a block comment %q", text, c.Text)
			}
			if l := strings.TrimSpace(c.Text[2:]); strings.HasPrefix(l, "+build") || strings.HasPrefix(c.Text, "//go:") || strings.HasPrefix(c.Text, "//line") {
				t.Errorf("comment %q gave a directive %q", text, c.Text)
			}
		}
	}
}

// codeTokens is the file's tokens other than comments, one per line.
func codeTokens(t *testing.T, src string) string {
	t.Helper()
	var s scanner.Scanner
	fset := token.NewFileSet()
	var errs []string
	s.Init(fset.AddFile("x.go", -1, len(src)), []byte(src), func(pos token.Position, msg string) { errs = append(errs, pos.String()+": "+msg) }, 0)
	var b strings.Builder
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		b.WriteString(tok.String() + " " + lit + "\n")
	}
	if len(errs) > 0 {
		t.Fatalf("scanning: %v\n%s", errs, src)
	}
	return b.String()
}

// TestCommentsGoThroughSafeComment: outside safecomment.go, nothing in the
// package calls jennifer's comment functions.
func TestCommentsGoThroughSafeComment(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	banned := map[string]bool{"Comment": true, "Commentf": true, "HeaderComment": true, "PackageComment": true, "CgoPreamble": true}
	fset := token.NewFileSet()
	for _, fn := range files {
		if fn == "safecomment.go" || strings.HasSuffix(fn, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, fn, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && banned[sel.Sel.Name] {
				t.Errorf("%s: %s is called outside safecomment.go; use comment, fileComment, headerComment or packageComment", fset.Position(sel.Pos()), sel.Sel.Name)
			}
			return true
		})
	}
}
