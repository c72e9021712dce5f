package parser

import (
	"regexp"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Example values in routes.
//
// A route template has parameters where a request has values, but some
// pages write a request's values into the template:
// /education/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/assignments,
// getActivitiesByInterval(startDateTime='2016-01-01',…), image(width=640).
// Such a value is read as the parameter it stands for, named by the parser,
// and diagnosed so that the page can be fixed; the value is kept in
// RouteParam.Example:
//
//   - A segment that looks like an ID (a GUID, 32 hex digits, a number, a
//     host name such as contoso.com, an e-mail address) is a key named
//     "<singular of the literal segment before it>Id" (classes → {classId});
//     with no literal segment right before it, {id}. route-literal-id.
//   - A function argument written as a literal (startDateTime='2016-01-01',
//     width=640, period='D7', date=2017-09-01) is a parameter named after
//     the argument, its quotes kept: startDateTime='{startDateTime}'. An
//     argument without a name (users('x')) is named like a key, from the
//     function's name. route-literal-argument.
//
// The names then go through the uniqueness rule like written ones.

var routeExampleIDRE = regexp.MustCompile(`^(?:` +
	`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}` + // GUID
	`|[0-9a-fA-F]{32}` + // GUID without dashes
	`|[0-9]+` + // number
	`|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?i:com|net|org|us|cn|de|io)` + // host name
	`|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+` + // e-mail address
	`)$`)

// routeKeyName names a key parameter that stands after the literal segment
// coll (classes → classId); an empty coll gives "id".
func routeKeyName(coll string) string {
	if s := routeSingular(coll); s != "" {
		return s + "Id"
	}
	return "id"
}

// exampleKey adds the key segment of an example ID written at off.
func (p *routeParser) exampleKey(value string, off int) {
	coll := ""
	if n := len(p.segs); n > 0 && p.segs[n-1].Kind == model.SegmentLiteral {
		coll = p.segs[n-1].Name
	}
	name := routeKeyName(coll)
	idx := len(p.segs)
	pi := p.exampleParam(name, "", value, off, "path", false, idx)
	p.note(off, model.SeverityWarning, "route-literal-id", "segment %q looks like an example ID; read as {%s}: write a {placeholder}", value, name)
	p.segs = append(p.segs, routeSeg{Segment: model.Segment{Kind: model.SegmentKey}, param: pi})
}

// exampleArg makes the literal value of argument arg of function fn (whose
// segment index is idx) a parameter.
func (p *routeParser) exampleArg(arg model.Arg, fn, value string, off, idx int) (model.Arg, int) {
	name, _, _ := routeParamName(arg.Name)
	if name == "" {
		name = routeKeyName(fn)
	}
	pi := p.exampleParam(name, arg.Name, value, off, "function", arg.Quoted, idx)
	q := ""
	if arg.Quoted {
		q = "'"
	}
	written := value
	if arg.Name != "" {
		written = arg.Name + "=" + q + value + q
	}
	p.note(off, model.SeverityWarning, "route-literal-argument", "argument %s is an example value, not a parameter; read as %s: write a {placeholder}",
		routeQuote(written), strings.TrimPrefix(arg.Name+"=", "=")+q+"{"+name+"}"+q)
	return arg, pi
}

// exampleParam adds a parameter the page wrote as the example value value.
func (p *routeParser) exampleParam(name, written, value string, off int, in string, quoted bool, seg int) int {
	rp := model.RouteParam{Name: name, Written: written, In: in, Quoted: quoted, Example: value}
	p.params = append(p.params, routeParam{RouteParam: rp, base: name, seg: seg, off: off})
	return len(p.params) - 1
}
