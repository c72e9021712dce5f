package parser

// validPageName reports whether a page's file name (without .md) is one
// the output may use as it is: in Go file names, in docs links and in
// `// Source:` lines. Graph's pages are named in lower-case letters,
// digits and hyphens; this allows ASCII letters, digits, '-', '_' and '.',
// not starting with '.'.
func validPageName(name string) bool {
	if name == "" || name[0] == '.' {
		return false
	}
	for _, c := range []byte(name) {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_', c == '.':
		default:
			return false
		}
	}
	return true
}
