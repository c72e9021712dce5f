package parser

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jinzhu/inflection"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Route lines.
//
// A route line is "METHOD path", the method in any case (a missing space
// before a '/' is tolerated). Lines that are not routes ("or", a header,
// code) are skipped; elided routes ("...", "…"), Intune placeholders
// ("** Collection URI for ... not found") and lines that do not parse are
// rejected with a warning, never guessed at. The path is read as follows:
//
//   - A scheme and host (https://graph.microsoft.com, another cloud's host,
//     or a bare graph.microsoft.* host) are dropped, and so is a /v1.0 or
//     /beta right after them: that is the route's version. A leading "~" is
//     dropped, a missing leading '/' added, trailing '/'s dropped.
//   - The query string starts at the first '?' outside braces, parentheses
//     and single quotes. It is split at such '&'s into name=value pairs, kept
//     as written. Parameters in the query string are not route parameters.
//   - The path is split at '/'s outside braces, parentheses and single
//     quotes. "nav:/address:" is a path address (root:/{item-path}:): one
//     pathAddress segment named nav. When nav is a key (items/{id}:/{path}:,
//     sites/{hostname}:/{path}), the key stays a key segment and the path
//     address after it has no name. The closing ':' is kept as written (it
//     is optional at the end of a route). A literal address without braces
//     (root:/a/b.txt:) becomes a parameter named "path".
//   - Segments: {x} (or '{x}') is a key, <x>, (x) and `x` too with a warning; name={x} is
//     a key with a Name, an alternate key in key-as-segment form
//     (directoryRoles/roleTemplateId={roleTemplateId}); microsoft.*.x is a
//     cast; name(args) is a function call or key alternate; $ref, $value and
//     $count are what they say; other names are literals, except an example
//     ID such as a GUID, which is read as a key (see routeexample.go).
//   - Arguments are name=value or a bare value (users('{id}')), where a
//     value is {x}, '{x}', <x>, a literal (0, 'fit', n: an example value,
//     read as a parameter, see routeexample.go) or, for an enum,
//     type'{x}' (the type is kept in Arg.Value beside Arg.Param).
//   - A parameter {a | b} is one parameter written a, with alternate b.
//     Spaces inside a name are removed by joining the words in camel case;
//     characters other than ASCII letters, digits, '-', '_' and '.' are
//     dropped; both with a warning.
//
// Parameter names are unique within a route, by this rule: a parameter whose
// name occurs more than once in the route is renamed to "<singular of the
// nearest literal segment before it>-<name>" (see routeSingular), so
// /me/mailFolders/{id}/childFolders/{id} has {mailFolder-id} and
// {childFolder-id}; for a function argument or a path address, that is the
// nearest literal segment before the function or the address. Names that
// still collide (or have no literal before them) get "-2", "-3", ... in
// route order.
//
// Path is the canonical template built from the segments: no spaces outside
// quotes, the unique names, quotes kept as written, no query string.

// routeMaxLen bounds the work one line can cause (the renaming rule makes
// names as long as segments); the corpus's longest route has 315 bytes.
const routeMaxLen = 4096

var routeMethods = map[string]bool{"GET": true, "POST": true, "PATCH": true, "PUT": true, "DELETE": true}

var (
	routeCastRE             = regexp.MustCompile(`^(?i:microsoft)(\.[A-Za-z_][A-Za-z0-9_]*){2,}$`)
	routeLiteralRE          = regexp.MustCompile(`^[A-Za-z0-9_$@.-]+$`)
	routeFuncNameRE         = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_.]*$`)
	routeArgNameRE          = regexp.MustCompile(`^[A-Za-z_$@][A-Za-z0-9_.@-]*$`)
	routeArgLiteralRE       = regexp.MustCompile(`^[A-Za-z0-9_.:+-]+$`)
	routeTypedQuotedRE      = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_.]*)'(.*)'$`)
	routeKeySegmentRE       = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*)=('?)\{([^{}]*)\}('?)$`)
	routeOtherPlaceholderRE = regexp.MustCompile("^(?:\\([A-Za-z][A-Za-z0-9_-]*\\)|`[A-Za-z][A-Za-z0-9_-]*`)$")
	routeAltOutsideRE       = regexp.MustCompile(`^\{([^{}]*)\}\s*\|\s*([A-Za-z_][A-Za-z0-9_.-]*)$`)
)

// routeError is why a line that names a method is not a usable route.
type routeError struct {
	off  int // byte offset in the line
	code string
	msg  string
}

// routeParser holds one line's work. Diagnostics are kept until the line
// parses, so that a rejected line reports only why it was rejected.
type routeParser struct {
	line   string
	pos    model.Pos
	notes  []model.Diagnostic
	segs   []routeSeg
	params []routeParam
}

// routeSeg is a segment with what its rendering needs beyond model.Segment.
type routeSeg struct {
	model.Segment
	quoted bool  // a key written between single quotes
	open   bool  // a path address without its closing ':'
	param  int   // index in params of a key or path address parameter, else -1
	args   []int // per argument, index in params or -1
}

// routeParam is a parameter with what the renaming rule needs.
type routeParam struct {
	model.RouteParam
	base string // sanitized written name, before the uniqueness rule
	seg  int    // index of the segment that holds it
	off  int    // byte offset in the line
}

// parseRoute parses one non-blank line of a page's HTTP request code fence
// ("GET /me/messages/{id}"), at pos (the line's first byte). It returns
// ok=false for a line that is not a route, after reporting why into d when the
// line is something a docs writer should fix.
// version is set when the line carries a full URL with /v1.0 or /beta.
func parseRoute(line string, pos model.Pos, d *diags) (r model.Route, version string, ok bool) {
	p := &routeParser{line: line, pos: pos}
	defer func() {
		// The parser is meant never to panic; if it does, the line is lost
		// but the page is not.
		if e := recover(); e != nil {
			r, version, ok = model.Route{}, "", false
			d.warnf(pos, "route-unparsable", "cannot read route %s: internal error %v", routeQuote(line), e)
		}
	}()
	var err *routeError
	r, version, err = p.parse()
	if err != nil {
		if err.code != "" {
			d.add(p.at(err.off), routeSeverity(err.code), err.code, "%s", err.msg)
		}
		return model.Route{}, "", false
	}
	d.list = append(d.list, p.notes...)
	return r, version, true
}

func routeSeverity(code string) string {
	if code == "route-not-route" {
		return model.SeverityInfo
	}
	return model.SeverityWarning
}

// at is the position of byte offset off of the line.
func (p *routeParser) at(off int) model.Pos {
	q := p.pos
	if q.Line > 0 {
		q.Col += max(0, min(off, len(p.line)))
	}
	return q
}

func (p *routeParser) note(off int, severity, code, format string, args ...any) {
	p.notes = append(p.notes, model.Diagnostic{Pos: p.at(off), Severity: severity, Code: code, Message: fmt.Sprintf(format, args...)})
}

func routeFail(off int, code, format string, args ...any) *routeError {
	return &routeError{off: off, code: code, msg: fmt.Sprintf(format, args...)}
}

func (p *routeParser) parse() (model.Route, string, *routeError) {
	line := p.line
	lead := len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
	line = strings.TrimSpace(line)
	method, rest, restOff, ok := routeSplitMethod(line)
	if !ok {
		if strings.EqualFold(line, "or") || line == "" {
			return model.Route{}, "", &routeError{}
		}
		return model.Route{}, "", routeFail(lead, "route-not-route", "line %s in the HTTP request block is not a route (METHOD /path)", routeQuote(line))
	}
	restOff += lead
	if word := line[:len(method)]; word != method {
		p.note(lead, model.SeverityInfo, "route-method-case", "method %q should be written %s", word, method)
	}
	if rest != "" && rest[0] == '/' && restOff == lead+len(method) {
		p.note(restOff, model.SeverityInfo, "route-method-no-space", "a space is missing between %s and the path", method)
	}
	raw := strings.TrimSpace(rest)
	if len(raw) > routeMaxLen {
		return model.Route{}, "", routeFail(restOff, "route-unparsable", "route is %d bytes long; a route is at most %d", len(raw), routeMaxLen)
	}
	if raw == "" {
		return model.Route{}, "", routeFail(lead, "route-unparsable", "route line %s has no path after the method", routeQuote(line))
	}
	for _, e := range []string{"...", "…"} {
		if i := strings.Index(raw, e); i >= 0 {
			return model.Route{}, "", routeFail(restOff+i, "route-elided", "route %s is elided with %q; write the full path", routeQuote(raw), e)
		}
	}
	if raw[0] == '*' {
		return model.Route{}, "", routeFail(restOff, "route-placeholder", "route %s is a placeholder, not a path", routeQuote(raw))
	}
	r := model.Route{Pos: p.pos, Method: method, Raw: raw}

	// Host, version, "~", leading and trailing slashes.
	s, off := raw, restOff
	n, version, host := routeStripHost(s)
	if host != "" {
		p.note(off, model.SeverityInfo, "route-full-url", "route is written as a full URL; the path is read without %s", s[:n])
	}
	s, off = s[n:], off+n
	q, balanced := routeNextTop(s, 0, "?")
	if !balanced {
		return model.Route{}, "", routeFail(off+q, "route-unparsable", "route %s has an unbalanced %q", routeQuote(raw), s[q])
	}
	path := strings.TrimSpace(s[:q])
	if q < len(s) {
		r.Query = routeQuery(s[q+1:])
	}
	if strings.HasPrefix(path, "~/") {
		p.note(off, model.SeverityInfo, "route-relative", "route starts with ~/; read as /")
		path, off = path[1:], off+1
	}
	if path == "" || path[0] != '/' {
		if host == "" {
			p.note(off, model.SeverityInfo, "route-relative", "route does not start with '/'")
		}
	} else {
		path, off = path[1:], off+1
	}
	if t := strings.TrimRight(path, "/ \t"); t != path {
		p.note(off+len(t), model.SeverityInfo, "route-trailing-slash", "route ends with '/'")
		path = t
	}
	if err := p.split(path, off); err != nil {
		return model.Route{}, "", err
	}
	p.uniqueNames()
	p.fill()
	r.Path = p.render()
	for _, s := range p.segs {
		r.Segments = append(r.Segments, s.Segment)
	}
	for _, pr := range p.params {
		r.Params = append(r.Params, pr.RouteParam)
	}
	return r, version, nil
}

// routeSplitMethod splits "GET /x" (or "GET/x") into the upper-case method, the
// rest and the rest's offset.
func routeSplitMethod(line string) (method, rest string, off int, ok bool) {
	i := 0
	for i < len(line) && ('a' <= line[i] && line[i] <= 'z' || 'A' <= line[i] && line[i] <= 'Z') {
		i++
	}
	method = strings.ToUpper(line[:i])
	if !routeMethods[method] {
		return "", "", 0, false
	}
	if i == len(line) {
		return method, "", i, true
	}
	if line[i] == '/' {
		return method, line[i:], i, true
	}
	if c, _ := utf8.DecodeRuneInString(line[i:]); !unicode.IsSpace(c) {
		return "", "", 0, false
	}
	t := strings.TrimLeftFunc(line[i:], unicode.IsSpace)
	return method, t, len(line) - len(t), true
}

// routeHosts are the endings of the hosts a bare (scheme-less) URL may name.
var routeHosts = []string{"microsoft.com", "microsoft.us", "microsoft.de", "chinacloudapi.cn"}

// routeStripHost returns how many leading bytes of s are a scheme, host and
// version, the version and the host.
func routeStripHost(s string) (n int, version, host string) {
	end := func(from int) int {
		if i := strings.IndexAny(s[from:], "/?"); i >= 0 {
			return from + i
		}
		return len(s)
	}
	if i := strings.Index(s, "://"); i >= 0 && (strings.EqualFold(s[:i], "https") || strings.EqualFold(s[:i], "http")) {
		n = end(i + 3)
		host = s[i+3 : n]
	} else {
		n = end(0)
		first := strings.ToLower(s[:n])
		if !slices.ContainsFunc(routeHosts, func(h string) bool { return first == h || strings.HasSuffix(first, "."+h) }) {
			return 0, "", ""
		}
		host = s[:n]
	}
	if n < len(s) && s[n] == '/' {
		e := end(n + 1)
		switch strings.ToLower(s[n+1 : e]) {
		case "v1.0":
			version, n = model.VersionV1, e
		case "beta":
			version, n = model.VersionBeta, e
		}
	}
	return n, version, host
}

// routeNextTop returns the index of the first byte of s at or after from that is
// in set and outside braces, parentheses and single quotes, or len(s). ok is
// false when s is unbalanced; the index is then that of the stray closing
// byte or of the opening byte left open.
func routeNextTop(s string, from int, set string) (i int, ok bool) {
	paren, brace, quoted := 0, 0, false
	opened := -1 // where the outermost open group started
	for i = from; i < len(s); i++ {
		c := s[i]
		if paren == 0 && brace == 0 && !quoted {
			if strings.IndexByte(set, c) >= 0 {
				return i, true
			}
			opened = i
		}
		switch {
		case brace > 0:
			switch c {
			case '{':
				brace++
			case '}':
				brace--
			}
		case quoted:
			quoted = c != '\''
		case c == '\'':
			quoted = true
		case c == '{':
			brace++
		case c == '(':
			paren++
		case c == ')':
			if paren == 0 {
				return i, false
			}
			paren--
		case c == '}':
			return i, false
		}
	}
	if quoted || paren != 0 || brace != 0 {
		return opened, false
	}
	return len(s), true
}

// routeSplitTop splits s at the sep bytes that are outside braces,
// parentheses and quotes; it returns each piece's start offset too. When s
// is unbalanced it splits at every sep.
func routeSplitTop(s string, sep byte) (parts []string, offs []int) {
	_, balanced := routeNextTop(s, 0, "")
	for start := 0; start <= len(s); {
		i := strings.IndexByte(s[start:], sep) + start
		if balanced {
			i, _ = routeNextTop(s, start, string(sep))
		} else if i < start {
			i = len(s)
		}
		parts, offs = append(parts, s[start:i]), append(offs, start)
		start = i + 1
	}
	return parts, offs
}

// routeQuery reads a query string into name=value pairs, in order.
func routeQuery(q string) []model.KeyValue {
	var kvs []model.KeyValue
	parts, _ := routeSplitTop(q, '&')
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		kvs = append(kvs, model.KeyValue{Key: strings.TrimSpace(k), Value: strings.TrimSpace(v)})
	}
	return kvs
}

// split reads the path (without its leading '/'), which starts at byte off
// of the line, into segments.
func (p *routeParser) split(s string, off int) *routeError {
	pos := 0
	for pos < len(s) {
		k, _ := routeNextTop(s, pos, "/:")
		for k < len(s) && s[k] == ':' && !(k+1 < len(s) && s[k+1] == '/') {
			k, _ = routeNextTop(s, k+1, "/:")
		}
		text := strings.TrimSpace(s[pos:k])
		toff := off + pos + (len(s[pos:k]) - len(strings.TrimLeftFunc(s[pos:k], unicode.IsSpace)))
		if k < len(s) && s[k] == ':' {
			// A path address: nav:/address[:]
			a := k + 2
			e, _ := routeNextTop(s, a, ":")
			open := e == len(s)
			next := e + 1
			if !open && e+1 < len(s) {
				if s[e+1] != '/' {
					return routeFail(off+e, "route-unparsable", "path address %s must end with ':/' or ':' at the end of the route", routeQuote(s[pos:min(len(s), e+2)]))
				}
				next = e + 2
			}
			if err := p.pathAddress(text, toff, strings.TrimSpace(s[a:e]), off+a, open); err != nil {
				return err
			}
			pos = next
			continue
		}
		if text == "" {
			p.note(toff, model.SeverityInfo, "route-empty-segment", "route has an empty segment ('//')")
		} else if err := p.segment(text, toff); err != nil {
			return err
		}
		pos = k + 1
	}
	return nil
}

// pathAddress adds the segments of nav:/addr: (nav is root, or a key).
func (p *routeParser) pathAddress(nav string, navOff int, addr string, addrOff int, open bool) *routeError {
	seg := routeSeg{Segment: model.Segment{Kind: model.SegmentPathAddr}, param: -1, open: open}
	switch {
	case routeLiteralRE.MatchString(nav) && !strings.HasPrefix(nav, "$"):
		seg.Name = nav
	case nav != "" && (nav[0] == '{' || nav[0] == '\'' || nav[0] == '<'):
		if err := p.segment(nav, navOff); err != nil {
			return err
		}
		if p.segs[len(p.segs)-1].Kind != model.SegmentKey {
			return routeFail(navOff, "route-unparsable", "%s before a path address is neither a name nor a key", routeQuote(nav))
		}
	default:
		return routeFail(navOff, "route-unparsable", "%s before a path address is neither a name nor a key", routeQuote(nav))
	}
	written, angle := "", false
	switch {
	case addr == "":
		return routeFail(addrOff, "route-unparsable", "path address after %s is empty", routeQuote(nav))
	case routeWrapped(addr, '{', '}'):
		written = addr[1 : len(addr)-1]
	case routeWrapped(addr, '<', '>'):
		written, angle = addr[1:len(addr)-1], true
	case strings.ContainsAny(addr, "{}<>'()"):
		return routeFail(addrOff, "route-unparsable", "path address %s mixes literal text and parameters", routeQuote(addr))
	}
	idx := len(p.segs)
	var pi int
	if written == "" {
		// A literal path (root:/FolderA/FileB.txt:) stands for any path.
		pi = len(p.params)
		p.params = append(p.params, routeParam{RouteParam: model.RouteParam{Name: "path", In: "path"}, base: "path", seg: idx, off: addrOff})
	} else {
		var err *routeError
		if pi, err = p.param(written, addrOff, "path", false, angle, idx); err != nil {
			return err
		}
	}
	seg.param = pi
	p.segs = append(p.segs, seg)
	return nil
}

// segment adds one segment written text at off.
func (p *routeParser) segment(text string, off int) *routeError {
	idx := len(p.segs)
	seg := routeSeg{param: -1}
	var err *routeError
	switch lower := strings.ToLower(text); {
	case lower == "$ref" || lower == "$value" || lower == "$count":
		seg.Kind = lower[1:] // model.SegmentRef, SegmentValue, SegmentCount
	case routeWrapped(text, '{', '}'):
		seg.Kind = model.SegmentKey
		seg.param, err = p.param(text[1:len(text)-1], off, "path", false, false, idx)
	case len(text) > 2 && routeWrapped(text, '\'', '\'') && routeWrapped(text[1:len(text)-1], '{', '}'):
		seg.Kind, seg.quoted = model.SegmentKey, true
		seg.param, err = p.param(text[2:len(text)-2], off+1, "path", true, false, idx)
	case routeWrapped(text, '<', '>'):
		seg.Kind = model.SegmentKey
		seg.param, err = p.param(text[1:len(text)-1], off, "path", false, true, idx)
	case routeOtherPlaceholderRE.MatchString(text):
		// (team-id) or `team-id`: a placeholder in other brackets.
		inner := text[1 : len(text)-1]
		p.note(off, model.SeverityWarning, "route-other-placeholder", "parameter %s should be written {%s}", text, inner)
		seg.Kind = model.SegmentKey
		seg.param, err = p.param(inner, off, "path", false, false, idx)
	case routeAltOutsideRE.MatchString(text):
		m := routeAltOutsideRE.FindStringSubmatch(text)
		p.note(off, model.SeverityWarning, "route-alternate-outside-braces", "alternate %q is outside the braces; write {%s | %s}", m[2], strings.TrimSpace(m[1]), m[2])
		seg.Kind = model.SegmentKey
		seg.param, err = p.param(m[1]+"|"+m[2], off, "path", false, false, idx)
	case routeKeySegment(text) != nil:
		// An alternate key in key-as-segment form: roleTemplateId={roleTemplateId}.
		m := routeKeySegment(text)
		seg.Kind, seg.Name, seg.quoted = model.SegmentKey, m[1], m[2] != ""
		seg.param, err = p.param(m[3], off+len(m[1])+1+len(m[2]), "path", seg.quoted, false, idx)
	case routeCastRE.MatchString(text):
		seg.Kind, seg.Name = model.SegmentCast, text
	case strings.Contains(text, "("):
		return p.call(text, off)
	case routeExampleIDRE.MatchString(text):
		p.exampleKey(text, off)
		return nil
	case routeLiteralRE.MatchString(text):
		seg.Kind, seg.Name = model.SegmentLiteral, text
	default:
		return routeFail(off, "route-unparsable", "segment %s is not a name, {parameter}, cast or function call", routeQuote(text))
	}
	if err != nil {
		return err
	}
	p.segs = append(p.segs, seg)
	return nil
}

// routeKeySegment matches name={x} and name='{x}'.
func routeKeySegment(text string) []string {
	if m := routeKeySegmentRE.FindStringSubmatch(text); m != nil && m[2] == m[4] {
		return m
	}
	return nil
}

// call adds a function call segment name(args).
func (p *routeParser) call(text string, off int) *routeError {
	open, _ := routeNextTop(text, 0, "(")
	name := strings.TrimSpace(text[:open])
	if name == "" {
		return routeFail(off, "route-unparsable", "segment %s is a parenthesized value without a name; write {x} or name({x})", routeQuote(text))
	}
	if !routeFuncNameRE.MatchString(name) {
		return routeFail(off, "route-unparsable", "segment %s: %q is not a function name", routeQuote(text), name)
	}
	// routeNextTop skips nested groups, so this is the matching ')'.
	end, _ := routeNextTop(text, open+1, ")")
	if end != len(text)-1 {
		return routeFail(off, "route-unparsable", "segment %s has text after the closing parenthesis", routeQuote(text))
	}
	idx := len(p.segs)
	seg := routeSeg{Segment: model.Segment{Kind: model.SegmentFunction, Name: name}, param: -1}
	inner := text[open+1 : end]
	if strings.TrimSpace(inner) != "" {
		parts, offs := routeSplitTop(inner, ',')
		for i, part := range parts {
			aoff := off + open + 1 + offs[i] + len(part) - len(strings.TrimLeftFunc(part, unicode.IsSpace))
			arg, pi, err := p.arg(strings.TrimSpace(part), name, aoff, idx)
			if err != nil {
				return err
			}
			seg.Args = append(seg.Args, arg)
			seg.args = append(seg.args, pi)
		}
	}
	p.segs = append(p.segs, seg)
	return nil
}

// arg reads one argument of function fn: name=value or a bare value.
func (p *routeParser) arg(a, fn string, off, idx int) (model.Arg, int, *routeError) {
	var arg model.Arg
	v, voff := a, off
	if eq, _ := routeNextTop(a, 0, "="); eq < len(a) {
		arg.Name = strings.TrimSpace(a[:eq])
		if !routeArgNameRE.MatchString(arg.Name) {
			return arg, -1, routeFail(off, "route-unparsable", "function argument %s: %q is not a name", routeQuote(a), arg.Name)
		}
		v = a[eq+1:]
		voff = off + eq + 1 + len(v) - len(strings.TrimLeftFunc(v, unicode.IsSpace))
		v = strings.TrimSpace(v)
	}
	if v == "" {
		return arg, -1, routeFail(off, "route-unparsable", "function argument %s has no value", routeQuote(a))
	}
	inner, ioff := v, voff
	if len(v) >= 2 && routeWrapped(v, '\'', '\'') {
		inner, ioff, arg.Quoted = v[1:len(v)-1], voff+1, true
	} else if m := routeTypedQuotedRE.FindStringSubmatch(v); m != nil && (routeWrapped(m[2], '{', '}') || routeWrapped(m[2], '<', '>')) {
		// An enum value: microsoft.graph.timeZoneStandard'{timezone_format}'.
		arg.Value, arg.Quoted = m[1], true
		inner, ioff = m[2], voff+len(m[1])+1
	}
	var pi int
	var err *routeError
	switch {
	case routeWrapped(inner, '{', '}'):
		pi, err = p.param(inner[1:len(inner)-1], ioff, "function", arg.Quoted, false, idx)
	case routeWrapped(inner, '<', '>'):
		pi, err = p.param(inner[1:len(inner)-1], ioff, "function", arg.Quoted, true, idx)
	case arg.Quoted && !strings.ContainsAny(inner, "'{}"):
		arg, pi = p.exampleArg(arg, fn, inner, voff, idx)
		return arg, pi, nil
	case routeArgLiteralRE.MatchString(v):
		arg, pi = p.exampleArg(arg, fn, v, voff, idx)
		return arg, pi, nil
	default:
		return arg, -1, routeFail(voff, "route-unparsable", "function argument value %s is neither a {parameter} nor a literal", routeQuote(v))
	}
	return arg, pi, err
}

// param adds a parameter written inside braces (or angle brackets) whose
// opening brace is at off, and returns its index.
func (p *routeParser) param(text string, off int, in string, quoted, angle bool, seg int) (int, *routeError) {
	if strings.ContainsAny(text, "{}") {
		return -1, routeFail(off, "route-unparsable", "parameter {%s} holds a brace", text)
	}
	var alts []string
	for a := range strings.SplitSeq(text, "|") {
		if a = strings.TrimSpace(a); a != "" {
			alts = append(alts, a)
		}
	}
	if len(alts) == 0 {
		return -1, routeFail(off, "route-unparsable", "parameter {%s} has no name", text)
	}
	written := alts[0]
	if angle {
		p.note(off, model.SeverityWarning, "route-angle-placeholder", "parameter <%s> should be written {%s}", text, written)
	}
	name, spaced, dropped := routeParamName(written)
	if spaced {
		p.note(off, model.SeverityWarning, "route-param-space", "parameter name %q has spaces; read as %q", written, name)
	}
	if dropped != "" {
		p.note(off, model.SeverityWarning, "route-param-name", "parameter name %q has characters a URL template does not allow (%s); read as %q", written, dropped, name)
	}
	if name == "" {
		return -1, routeFail(off, "route-unparsable", "parameter {%s} has no usable name", text)
	}
	rp := model.RouteParam{Name: name, Written: written, In: in, Quoted: quoted}
	for _, a := range alts[1:] {
		if n, _, _ := routeParamName(a); n != "" {
			rp.Alternates = append(rp.Alternates, n)
		}
	}
	p.params = append(p.params, routeParam{RouteParam: rp, base: name, seg: seg, off: off})
	return len(p.params) - 1, nil
}

// routeParamName turns a written name into a parameter name: words separated by
// spaces are joined in camel case, characters other than ASCII letters,
// digits, '-', '_' and '.' are dropped (and returned), and so is a '.' after
// a '.'. A name without a letter or digit is "".
func routeParamName(written string) (name string, spaced bool, dropped string) {
	words := strings.Fields(written)
	spaced = len(words) > 1
	var b, drop strings.Builder
	alnum := false
	for i, w := range words {
		if i > 0 {
			r, n := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(r)) + w[n:]
		}
		for _, r := range w {
			switch {
			case '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
				alnum = true
				b.WriteRune(r)
			case r == '-' || r == '_' || r == '.' && !strings.HasSuffix(b.String(), "."):
				b.WriteRune(r)
			default:
				drop.WriteRune(r)
			}
		}
	}
	if !alnum {
		return "", spaced, drop.String()
	}
	return b.String(), spaced, drop.String()
}

// uniqueNames applies the renaming rule of the comment at the top.
func (p *routeParser) uniqueNames() {
	count := map[string]int{}
	for _, pr := range p.params {
		count[pr.base]++
	}
	// owner[i] is the nearest literal segment before segment i, or -1.
	owner, last := make([]int, len(p.segs)), -1
	for i, s := range p.segs {
		owner[i] = last
		if s.Kind == model.SegmentLiteral {
			last = i
		}
	}
	singular := map[int]string{}
	for i := range p.params {
		pr := &p.params[i]
		o := owner[pr.seg]
		if count[pr.base] < 2 || o < 0 {
			continue
		}
		lit, ok := singular[o]
		if !ok {
			lit = routeSingular(p.segs[o].Name)
			singular[o] = lit
		}
		if lit != "" {
			pr.Name = lit + "-" + pr.base
		}
	}
	taken := map[string]bool{}
	for _, pr := range p.params {
		taken[pr.Name] = true
	}
	seen, next := map[string]bool{}, map[string]int{}
	for i := range p.params {
		pr := &p.params[i]
		if seen[pr.Name] {
			old, n := pr.Name, max(2, next[pr.Name])
			for taken[old+"-"+strconv.Itoa(n)] {
				n++
			}
			next[old] = n + 1
			pr.Name = old + "-" + strconv.Itoa(n)
			taken[pr.Name] = true
			p.note(pr.off, model.SeverityInfo, "route-param-suffixed", "parameter name %q occurs more than once; the later one is named %q", old, pr.Name)
		}
		seen[pr.Name] = true
	}
}

// routeSingular is the singular of a literal segment's name, by
// inflection.Singular, except that a name ending in "ives" only loses its
// "s": inflection turns drives into "drife" (its knives rule).
func routeSingular(name string) string {
	if len(name) > 4 && strings.EqualFold(name[len(name)-4:], "ives") {
		name = name[:len(name)-1]
	} else {
		name = inflection.Singular(name)
	}
	n, _, _ := routeParamName(name)
	return n
}

// fill sets the final parameter names in the segments.
func (p *routeParser) fill() {
	for i := range p.segs {
		s := &p.segs[i]
		if s.param >= 0 {
			s.Param = p.params[s.param].Name
		}
		for j, pi := range s.args {
			if pi >= 0 {
				s.Args[j].Param = p.params[pi].Name
			}
		}
	}
}

// render builds the canonical path template from the segments.
func (p *routeParser) render() string {
	var b strings.Builder
	for _, s := range p.segs {
		if !(s.Kind == model.SegmentPathAddr && s.Name == "") {
			b.WriteByte('/')
		}
		switch s.Kind {
		case model.SegmentKey:
			if s.Name != "" {
				b.WriteString(s.Name + "=")
			}
			if s.quoted {
				b.WriteString("'{" + s.Param + "}'")
			} else {
				b.WriteString("{" + s.Param + "}")
			}
		case model.SegmentPathAddr:
			b.WriteString(s.Name + ":/{" + s.Param + "}")
			if !s.open {
				b.WriteByte(':')
			}
		case model.SegmentFunction:
			b.WriteString(s.Name + "(")
			for i, a := range s.Args {
				if i > 0 {
					b.WriteByte(',')
				}
				if a.Name != "" {
					b.WriteString(a.Name + "=")
				}
				q := ""
				if a.Quoted {
					q = "'"
				}
				if a.Param != "" {
					b.WriteString(a.Value + q + "{" + a.Param + "}" + q)
				} else {
					b.WriteString(q + a.Value + q)
				}
			}
			b.WriteByte(')')
		case model.SegmentRef, model.SegmentValue, model.SegmentCount:
			b.WriteString("$" + s.Kind)
		default:
			b.WriteString(s.Name)
		}
	}
	if b.Len() == 0 {
		return "/"
	}
	return b.String()
}

func routeWrapped(s string, open, close byte) bool {
	if len(s) < 2 || s[0] != open || s[len(s)-1] != close {
		return false
	}
	inner := s[1 : len(s)-1]
	return strings.IndexByte(inner, open) < 0 && strings.IndexByte(inner, close) < 0
}

// routeQuote quotes s for a message, cut to a readable length.
func routeQuote(s string) string {
	if len(s) > 80 {
		cut := 77
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
	}
	return strconv.Quote(s)
}
