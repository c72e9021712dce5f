package golang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"
)

// Page text is untrusted: it reaches generated Go only as a // comment made
// here, as a string literal (jen.Lit quotes it) or as an identifier made by
// emit/names. This file is the one place that writes comments; nothing else
// in the package calls jennifer's Comment, Commentf, HeaderComment or
// PackageComment (TestCommentsGoThroughSafeComment checks).

// commentText is text as Go line comments: each line of text becomes
// "// " + line ("//" for an empty line). A line is made safe first:
// invalid UTF-8, NUL and other control characters but tab, byte order
// marks, bidirectional overrides and line or paragraph separators become
// U+FFFD, trailing blanks go, and a line that would read as a legacy build
// constraint ("+build") is escaped. A "//" comment ends only at a newline,
// so no line can end the comment or start code, and because every line
// starts with "// " none is a directive (//go:, //line, //export).
//
// The result starts with "//", which jennifer writes as it is: it never
// wraps it in /* */.
func commentText(text string) string {
	var b strings.Builder
	for i, line := range commentLines(text) {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("//")
		if line != "" {
			b.WriteByte(' ')
			b.WriteString(line)
		}
	}
	return b.String()
}

// commentLines splits text at line breaks (\n, \r\n, \r) and makes each
// line safe; see commentText.
func commentLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = safeLine(l)
	}
	return lines
}

// safeLine is one comment line with every character Go source or a reader
// could misread replaced, and a "+build" start escaped.
func safeLine(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n <= 1 || unsafeRune(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
		s = s[n:]
	}
	out := strings.TrimRight(b.String(), " \t")
	if strings.HasPrefix(strings.TrimLeft(out, " \t"), "+build") {
		// go/build reads "// +build" before the package clause as a
		// build constraint, whatever the spaces.
		out = "(text) " + out
	}
	return out
}

// unsafeRune reports whether r must not appear in a generated comment:
// control characters but tab (NUL and the like do not compile; others hide
// text), the byte order mark (not allowed inside a file), bidirectional
// controls (they make a comment look like code to a reader) and Unicode
// line and paragraph separators.
func unsafeRune(r rune) bool {
	switch {
	case r == '\t':
		return false
	case unicode.IsControl(r), r == '\uFEFF', r == '\u2028', r == '\u2029':
		return true
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069', r == '\u200E', r == '\u200F', r == '\u061C':
		return true
	}
	return false
}

// comment is a statement holding text as line comments; chain .Line() to
// put code under it.
func comment(text string) *jen.Statement { return jen.Comment(commentText(text)) }

// fileComment adds text as line comments at the top level of f.
func fileComment(f *jen.File, text string) { f.Add(comment(text)) }

// headerComment adds text as line comments above f's package clause,
// separated from it by a blank line.
func headerComment(f *jen.File, text string) { f.HeaderComment(commentText(text)) }

// packageComment adds text as f's package doc comment.
func packageComment(f *jen.File, text string) { f.PackageComment(commentText(text)) }
