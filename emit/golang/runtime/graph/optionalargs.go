package graph

import "strings"

// omitArgs drops from tmpl the function arguments whose placeholder is
// written {?name} (an optional parameter of the function) and whose value
// is empty, with the comma that joined them to the others, and returns
// the template with the remaining {?name} written {name} and the values
// that are left: f(a={?a},b='{?b}') with a = "" and b = "x" is f(b='{b}')
// with ["x"], and with both empty f(). A {?name} that is not an argument
// (no '(' or ',' before it in its segment) is kept as {name}; ExpandPath
// then reports its empty value. Values beyond the placeholders are kept
// for ExpandPath to count.
func omitArgs(tmpl string, values []string) (string, []string) {
	var b strings.Builder
	kept := make([]string, 0, len(values))
	i, pos := 0, 0
	for {
		open, end := placeholder(tmpl, pos)
		if open < 0 || end < 0 {
			b.WriteString(tmpl[pos:])
			break
		}
		optional := strings.HasPrefix(tmpl[open:], "{?")
		v, has := "", i < len(values)
		if has {
			v = values[i]
		}
		i++
		seg := tmpl[pos:open]
		start := strings.LastIndexAny(seg, "(,/")
		afterParen := start < 0 && strings.HasSuffix(b.String(), "(")
		isArg := start >= 0 && seg[start] != '/' || afterParen
		if !optional || v != "" || !has || !isArg {
			b.WriteString(seg)
			if optional {
				b.WriteByte('{')
				b.WriteString(tmpl[open+2 : end+1])
			} else {
				b.WriteString(tmpl[open : end+1])
			}
			if has {
				kept = append(kept, v)
			}
			pos = end + 1
			continue
		}
		argEnd := end + 1
		if argEnd < len(tmpl) && tmpl[argEnd] == '\'' {
			argEnd++
		}
		if !afterParen && seg[start] == ',' {
			b.WriteString(seg[:start])
		} else {
			if !afterParen {
				b.WriteString(seg[:start+1])
			}
			if argEnd < len(tmpl) && tmpl[argEnd] == ',' {
				argEnd++
			}
		}
		pos = argEnd
	}
	for ; i < len(values); i++ {
		kept = append(kept, values[i])
	}
	return b.String(), kept
}
