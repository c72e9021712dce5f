package parser

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// jsonMember is a member of a JSON object, in document order.
type jsonMember struct {
	name string
	off  int // byte offset of the member's key in the body
	raw  json.RawMessage
}

var errNotObject = errors.New("the JSON representation is not an object")

// objectMembers decodes a JSON object's members in order.
func objectMembers(body string) ([]jsonMember, error) {
	dec := json.NewDecoder(strings.NewReader(body))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errNotObject
	}
	var out []jsonMember
	for dec.More() {
		off := int(dec.InputOffset())
		for off < len(body) && strings.IndexByte(" \t\r\n,", body[off]) >= 0 {
			off++
		}
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		out = append(out, jsonMember{name: key, off: off, raw: raw})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	return out, nil
}

// readResourceJSON reads the JSON representation: a member whose value is
// an inline enum ("a | b | c") gives the matching property its Enum; a
// member no table lists is added as a property when its value names a
// type, unless it misspells a table property (misspeltProperty). A body that does not parse is diagnosed and otherwise ignored.
func (w *walker) readResourceJSON(fence ast.Node, props, navs []model.Property, open bool) []model.Property {
	lines := codeLines(fence, w.src)
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.text)
	}
	body := b.String()
	if strings.TrimSpace(body) == "" {
		return props
	}
	members, err := objectMembers(body)
	if err != nil {
		fixed, ok := forgiveJSON(body)
		var err2 error
		if ok && fixed != body {
			members, err2 = objectMembers(fixed)
		}
		if !ok || fixed == body || err2 != nil {
			// json.Unmarshal tells where the first error is.
			var v any
			if uerr := json.Unmarshal([]byte(body), &v); uerr != nil {
				err = uerr
			}
			off := 0
			var se *json.SyntaxError
			if errors.As(err, &se) {
				off = int(se.Offset)
			}
			w.d.warnf(w.bodyPos(lines, off), "resource-json", "the JSON representation is not valid JSON (%v): its inline enums and unlisted properties are not read", err)
			return props
		}
		w.d.infof(w.bodyPos(lines, firstDiff(body, fixed)+1), "resource-json-forgiven", "the JSON representation has a trailing comma or a comment: it is read without them")
	}
	index := make(map[string]int, len(props))
	for i, p := range props {
		index[strings.ToLower(p.Name)] = i
	}
	listed := make(map[string]bool, len(navs))
	for _, p := range navs {
		listed[strings.ToLower(p.Name)] = true
	}
	mentioned := make(map[string]bool, len(members))
	for _, m := range members {
		mentioned[strings.ToLower(strings.TrimSpace(m.name))] = true
	}
	for _, m := range members {
		if name := strings.TrimSpace(m.name); name != m.name {
			w.d.warnf(w.bodyPos(lines, m.off+1), "resource-json-name-space", "member name %q of the JSON representation has spaces around it: read as %q", m.name, name)
			m.name = name
		}
		if m.name == "" || strings.HasPrefix(m.name, "@") {
			continue
		}
		name := m.name
		ref, enum, ok := jsonValueType(m.raw)
		k := strings.ToLower(name)
		if i, found := index[k]; found {
			p := &props[i]
			if len(enum) > 0 && len(p.Enum) == 0 {
				p.Enum = enum
			}
			if ok && p.Type.Name == "" && p.Type.Raw == "" {
				p.Type = ref
			}
			continue
		}
		if listed[k] {
			continue
		}
		if exampleMemberName(m.name, open) {
			w.d.infof(w.bodyPos(lines, m.off+1), "resource-json-example-member", "member %q of the JSON representation is an example key (the type is open or the name is an ID), not a property", m.name)
			continue
		}
		if _, isName := memberPropertyName(name); !isName {
			w.d.infof(w.bodyPos(lines, m.off+1), "resource-json-example-member", "member %q of the JSON representation is not a property name, not a property", m.name)
			continue
		}
		if !ok {
			continue
		}
		if p, typo := misspeltProperty(name, ref, props, mentioned); typo {
			w.d.infof(w.bodyPos(lines, m.off+1), "resource-json-misspelt", "member %q of the JSON representation is not in the Properties table, which has %q of the same type (%s) that the JSON does not mention: read as a misspelling of it, not a property", m.name, p.Name, p.Pos)
			continue
		}
		index[k] = len(props)
		props = append(props, model.Property{Pos: w.bodyPos(lines, m.off+1), Name: name, Type: ref, Enum: enum})
	}
	return props
}

// exampleMemberName says a JSON representation's member that no table
// lists is an example key rather than a property: a name that is an ID (a
// GUID, a number), or, on an open type, any name that is not an
// identifier (plannerAssignments lists user IDs, plannerExternalReferences
// URLs).
func exampleMemberName(name string, open bool) bool {
	return routeExampleIDRE.MatchString(name) || open && !identRE.MatchString(name)
}

var (
	// inlineEnumRE matches "String(a|b|c)": a type word and its values.
	inlineEnumRE = regexp.MustCompile(`^([A-Za-z]+)\s*\((.*\|.*)\)$`)
	// enumValueRE matches one value of an inline enum.
	enumValueRE = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]*$`)
)

// jsonValueType infers a property's type from its value in a JSON
// representation, when the value clearly names a type: a primitive's name
// ("String", "String (timestamp)", "Int32"), an inline enum ("a | b | c",
// a String), an object with "@odata.type", or an array of one of these.
// Sample values (true, 1024, "Contoso") name no type.
func jsonValueType(raw json.RawMessage) (ref model.TypeRef, enum []string, ok bool) {
	raw = json.RawMessage(strings.TrimSpace(string(raw)))
	if len(raw) == 0 {
		return ref, nil, false
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return ref, nil, false
		}
		if enum := inlineEnum(s); enum != nil {
			return model.TypeRef{Name: model.PrimString, Raw: s}, enum, true
		}
		name := typeName(s)
		if model.PrimitiveOf(name) == "" {
			return ref, nil, false
		}
		return model.TypeRef{Name: name, Raw: s}, nil, true
	case '{':
		var o struct {
			ODataType string `json:"@odata.type"`
		}
		if json.Unmarshal(raw, &o) != nil || typeName(o.ODataType) == "" {
			return ref, nil, false
		}
		return model.TypeRef{Name: typeName(o.ODataType), Raw: string(raw)}, nil, true
	case '[':
		var a []json.RawMessage
		if json.Unmarshal(raw, &a) != nil || len(a) == 0 {
			return ref, nil, false
		}
		ref, enum, ok = jsonValueType(a[0])
		ref.Collection, ref.Raw = true, string(raw)
		return ref, enum, ok
	}
	return ref, nil, false
}

// inlineEnum reads "a | b | c" and "String(a|b|c)" into the values, or
// returns nil. A trailing "..." is dropped.
func inlineEnum(s string) []string {
	if !strings.Contains(s, "|") {
		return nil
	}
	if m := inlineEnumRE.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		s = m[2]
	}
	var out []string
	for _, v := range strings.Split(s, "|") {
		v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "..."))
		v = strings.TrimSpace(strings.TrimSuffix(v, "…"))
		if v == "" && len(out) > 0 {
			continue
		}
		if !enumValueRE.MatchString(v) {
			return nil
		}
		out = append(out, v)
	}
	return out
}

// firstDiff is the offset of the first byte where a and b differ.
func firstDiff(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}
