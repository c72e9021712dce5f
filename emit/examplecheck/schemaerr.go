package examplecheck

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// leaf is one schema error with its pointer from the body's root.
type leaf struct {
	pointer []string
	err     *openapi3.SchemaError
}

// leaves flattens kin-openapi's schema errors (MultiErrors, and allOf's
// errors wrapped in the error of the schema that holds them); every
// error's pointer is from the body's root.
func leaves(err error) []leaf {
	var me openapi3.MultiError
	if errors.As(err, &me) {
		if _, ok := err.(openapi3.MultiError); ok {
			var out []leaf
			for _, e := range me {
				out = append(out, leaves(e)...)
			}
			return out
		}
	}
	var se *openapi3.SchemaError
	if !errors.As(err, &se) {
		return nil
	}
	p := se.JSONPointer()
	if se.Origin != nil {
		if inner := leaves(se.Origin); len(inner) > 0 {
			return inner
		}
	}
	return []leaf{{pointer: p, err: se}}
}

var missingRE = regexp.MustCompile(`property "([^"]+)" is missing`)

// schemaFindings validates the body against schema with kin-openapi and
// turns each error into a finding that cites the declaration.
func (x typeIndex) schemaFindings(e *Example, w *where, schema *openapi3.Schema, opts ...openapi3.SchemaValidationOption) []model.Diagnostic {
	opts = append(append(opts, formatOptions()...), openapi3.MultiErrors())
	err := schema.VisitJSON(w.value, opts...)
	if err == nil {
		return nil
	}
	var out []model.Diagnostic
	seen := map[string]bool{}
	for _, l := range leaves(err) {
		d, ok := x.schemaFinding(e, w, l)
		if !ok || seen[d.Code+" "+d.Message] {
			continue
		}
		seen[d.Code+" "+d.Message] = true
		out = append(out, d)
	}
	return out
}

func (x typeIndex) schemaFinding(e *Example, w *where, l leaf) (model.Diagnostic, bool) {
	se := l.err
	at := "/" + strings.Join(l.pointer, "/")
	n := x.at(w.root, w.value, l.pointer)
	pos := w.pos(l.pointer)
	switch se.SchemaField {
	case "required":
		m := missingRE.FindStringSubmatch(se.Reason)
		if m == nil {
			return model.Diagnostic{}, false
		}
		ptr := l.pointer
		if len(ptr) == 0 || ptr[len(ptr)-1] != m[1] {
			ptr = append(slices.Clone(ptr), m[1])
		}
		c := x.at(w.root, w.value, ptr)
		if c.decl.Line == 0 {
			c.decl = w.root.decl
		}
		if obj, ok := valueAt(w.value, ptr[:len(ptr)-1]).(map[string]any); ok {
			for k := range obj {
				if strings.EqualFold(k, m[1]) {
					return finding(w.pos(append(ptr[:len(ptr)-1:len(ptr)-1], k)), CodeMemberCase, memberCaseMessage(e, w, k, m[1]), c.decl), true
				}
			}
		}
		return finding(pos, CodeRequired, fmt.Sprintf("example %d: the %s has no %q, which the page marks required", e.Index+1, w.what, m[1]), c.decl), true
	case "enum", "pattern":
		if t := x.typ(n.ref.Elem()); t != nil && t.Kind == model.TypeEnum {
			return x.enumFinding(e, w, pos, at, t, n, se.Value), true
		}
		if n.prop != nil && len(n.prop.Enum) > 0 {
			return x.enumFinding(e, w, pos, at, nil, n, se.Value), true
		}
	}
	cite := n.decl
	if !n.known || cite.Line == 0 {
		cite = w.root.decl
	}
	return finding(pos, CodeValue, fmt.Sprintf("example %d: %s at %s: %s", e.Index+1, w.what, at, oneLine(se.Reason)), cite), true
}

// enumFinding reports a value the enum t (or the property's inline enum)
// does not list: example-enum-case when it differs from a member only in
// case (ambiguous, see the package doc), example-enum-value otherwise.
func (x typeIndex) enumFinding(e *Example, w *where, pos model.Pos, at string, t *model.Type, n node, v any) model.Diagnostic {
	var members []string
	cite := []model.Pos{}
	if t != nil {
		for _, m := range t.Members {
			members = append(members, m.Name)
		}
		cite = append(cite, t.Pos)
	} else {
		members = n.prop.Enum
	}
	cite = append(cite, n.decl)
	s, _ := v.(string)
	caseOnly := s != ""
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" || slices.Contains(members, part) {
			continue
		}
		if !slices.ContainsFunc(members, func(m string) bool { return strings.EqualFold(m, part) }) {
			caseOnly = false
		}
	}
	name := "the enum"
	if t != nil {
		name = t.Name
	}
	if caseOnly {
		return finding(pos, CodeEnumCase, fmt.Sprintf("example %d: %s at %s: %q is a member of %s in another case", e.Index+1, w.what, at, s, name), cite...)
	}
	return finding(pos, CodeEnumValue, fmt.Sprintf("example %d: %s at %s: %q is not a member of %s (%s)", e.Index+1, w.what, at, fmt.Sprint(v), name, shortList(members)), cite...)
}

func shortList(ms []string) string {
	if len(ms) > 6 {
		return strings.Join(ms[:6], ", ") + ", …"
	}
	return strings.Join(ms, ", ")
}

// valueAt is the value at pointer in v, or nil.
func valueAt(v any, pointer []string) any {
	for _, k := range pointer {
		switch vv := v.(type) {
		case map[string]any:
			v = vv[k]
		case []any:
			i := atoi(k)
			if i < 0 || i >= len(vv) {
				return nil
			}
			v = vv[i]
		default:
			return nil
		}
	}
	return v
}
