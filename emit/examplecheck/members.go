package examplecheck

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// members reports members of the body that the documented types do not
// have (kin-openapi accepts them: the emitted schemas do not close
// objects), members the docs spell in another case (example-member-case,
// ambiguous: the client sends the documented spelling) and Edm.Single
// values a Single cannot hold as written. Open types, OData annotations
// (names with '@') and values of types that do not resolve are not
// checked; strict says the body is a parameter table, whose unknown
// top-level members are reported too.
func (x typeIndex) members(e *Example, w *where, strict bool) []model.Diagnostic {
	var out []model.Diagnostic
	caseOnly := func(pointer []string, k, documented string, decl model.Pos) {
		if k != documented {
			out = append(out, finding(w.pos(append(pointer, k)), CodeMemberCase, memberCaseMessage(e, w, k, documented), decl))
		}
	}
	// row says the value's type is a table row's (a property or a
	// parameter), not the operation's, which the generator may have
	// inferred (the first of a page's alternative types, a common base).
	var walk func(v any, ref model.TypeRef, decl model.Pos, row bool, params []model.Param, pointer []string, depth int)
	walk = func(v any, ref model.TypeRef, decl model.Pos, row bool, params []model.Param, pointer []string, depth int) {
		if depth > 64 {
			return
		}
		if params != nil {
			obj, ok := v.(map[string]any)
			if !ok {
				return
			}
			for _, k := range sortedKeys(obj) {
				p := paramNamed(params, k)
				switch {
				case p != nil:
					caseOnly(pointer, k, p.Name, p.Pos)
					walk(obj[k], p.Type, p.Pos, true, nil, append(pointer, k), depth+1)
				case strict && !strings.Contains(k, "@"):
					out = append(out, finding(w.pos(append(pointer, k)), CodeMemberUnknown,
						fmt.Sprintf("example %d: the %s has %q, which the page's parameter table does not list", e.Index+1, w.what, k), w.root.decl))
				}
			}
			return
		}
		if ref.Collection {
			arr, _ := v.([]any)
			for i, item := range arr {
				walk(item, ref.Elem(), decl, row, nil, append(pointer, strconv.Itoa(i)), depth+1)
			}
			return
		}
		if f, ok := v.(float64); ok && ref.Primitive == model.PrimSingle && !singleExact(f) {
			out = append(out, finding(w.pos(pointer), CodeValue,
				fmt.Sprintf("example %d: %s at %s: %v is not an Edm.Single (a Single holds about 7 digits: %v)", e.Index+1, w.what, pointerKey(pointer), f, float32(f)), decl))
			return
		}
		if r := kindReason(ref.Primitive, v); r != "" {
			out = append(out, finding(w.pos(pointer), CodeValue,
				fmt.Sprintf("example %d: %s at %s: %s", e.Index+1, w.what, "/"+strings.Join(pointer, "/"), r), decl))
			return
		}
		if r := formatReason(ref.Primitive, v); r != "" {
			out = append(out, finding(w.pos(pointer), CodeValue,
				fmt.Sprintf("example %d: %s at %s: %s", e.Index+1, w.what, "/"+strings.Join(pointer, "/"), r), decl))
			return
		}
		t := x.typ(ref)
		obj, ok := v.(map[string]any)
		if t == nil || t.Kind == model.TypeEnum || !ok {
			return
		}
		if ct := x.concrete(t, obj); ct != t {
			if row && !x.derives(ct, t) {
				// The client decodes the value as the declared type, which
				// has not the named type's members.
				out = append(out, finding(w.pos(append(pointer, "@odata.type")), CodeValue,
					fmt.Sprintf("example %d: %s at %s: @odata.type names %s, which does not derive from %s, the documented type", e.Index+1, w.what, pointerKey(append(pointer, "@odata.type")), ct.Name, t.Name), decl, ct.Pos))
			}
			t = ct
		}
		for _, k := range sortedKeys(obj) {
			if strings.Contains(k, "@") {
				continue
			}
			p, open := x.property(t, k)
			if p == nil {
				if !open {
					out = append(out, finding(w.pos(append(pointer, k)), CodeMemberUnknown,
						fmt.Sprintf("example %d: the %s has %q, which %s does not have", e.Index+1, w.what, k, t.Name), t.Pos))
				}
				continue
			}
			caseOnly(pointer, k, p.Name, p.Pos)
			walk(obj[k], p.Type, p.Pos, true, nil, append(pointer, k), depth+1)
		}
	}
	walk(w.value, w.root.ref, w.root.decl, false, w.root.params, nil, 0)
	return out
}

// memberCaseMessage says that the body spells a documented member in
// another case.
func memberCaseMessage(e *Example, w *where, k, documented string) string {
	return fmt.Sprintf("example %d: the %s has %q where the page writes %q", e.Index+1, w.what, k, documented)
}

func paramNamed(ps []model.Param, name string) *model.Param {
	for i := range ps {
		if ps[i].Name == name {
			return &ps[i]
		}
	}
	for i := range ps {
		if strings.EqualFold(ps[i].Name, name) {
			return &ps[i]
		}
	}
	return nil
}

func sortedKeys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
