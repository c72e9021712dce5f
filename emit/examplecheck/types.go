package examplecheck

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// node is what a JSON pointer into an example body reaches in the docs:
// the declaration that documents it (a parameter row, a property row) and
// its type reference.
type node struct {
	decl  model.Pos
	ref   model.TypeRef
	param *model.Param // a body parameter, for its Required cell
	prop  *model.Property
	known bool // the docs say what it is
}

// typeIndex looks up the version's types for the walks.
type typeIndex struct {
	version string
	types   *names.Types
}

func (x typeIndex) typ(r model.TypeRef) *model.Type {
	if tn := x.types.Ref(x.version, r); tn != nil {
		return tn.Type
	}
	return nil
}

// concrete is the type a JSON object of declared type t is: the type its
// @odata.type names when the version defines it, else t.
func (x typeIndex) concrete(t *model.Type, obj map[string]any) *model.Type {
	s, _ := obj["@odata.type"].(string)
	if named := x.named(s); named != nil {
		return named
	}
	return t
}

// property finds name in t or its bases; open says whether t or a base is
// an open type (it may carry members the docs do not list).
func (x typeIndex) property(t *model.Type, name string) (p *model.Property, open bool) {
	for i := 0; t != nil && i < 32; i++ {
		open = open || t.Open
		for j := range t.Properties {
			if t.Properties[j].Name == name {
				return &t.Properties[j], open
			}
		}
		for j := range t.Properties {
			if strings.EqualFold(t.Properties[j].Name, name) {
				return &t.Properties[j], open
			}
		}
		b := x.types.Of(x.version, t.Base)
		if b == nil {
			break
		}
		t = b.Type
	}
	return nil, open
}

// root is the documentation of a whole body: a type, or a table of body
// parameters.
type root struct {
	decl   model.Pos
	ref    model.TypeRef
	params []model.Param // a parameter table body, when ref is empty
}

// child is the member or item key of a value documented by n, given the
// value (for @odata.type).
func (x typeIndex) child(n node, params []model.Param, v any, key string) node {
	if params != nil {
		for i := range params {
			if params[i].Name == key {
				p := &params[i]
				return node{decl: p.Pos, ref: p.Type, param: p, known: true}
			}
		}
		return node{}
	}
	if !n.known {
		return node{}
	}
	if n.ref.Collection {
		return node{decl: n.decl, ref: n.ref.Elem(), prop: n.prop, known: true}
	}
	t := x.typ(n.ref)
	if t == nil || t.Kind == model.TypeEnum {
		return node{}
	}
	obj, _ := v.(map[string]any)
	t = x.concrete(t, obj)
	p, _ := x.property(t, key)
	if p == nil {
		return node{}
	}
	return node{decl: p.Pos, ref: p.Type, prop: p, known: true}
}

// at walks pointer from the body's root to the node it reaches.
func (x typeIndex) at(r root, body any, pointer []string) node {
	n := node{decl: r.decl, ref: r.ref, known: r.ref.Target != "" || r.ref.Primitive != ""}
	params := r.params
	v := body
	for _, key := range pointer {
		n = x.child(n, params, v, key)
		params = nil
		switch vv := v.(type) {
		case map[string]any:
			v = vv[key]
		case []any:
			v = nil
			if i := atoi(key); i >= 0 && i < len(vv) {
				v = vv[i]
			}
		default:
			v = nil
		}
		if !n.known {
			return n
		}
	}
	return n
}

func atoi(s string) int {
	n := 0
	if s == "" {
		return -1
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// annotated is the type an example fence's @odata.type annotation names,
// or nil.
func (x typeIndex) annotated(s string) *model.Type {
	return x.named(strings.TrimSpace(s))
}

// named is the type an @odata.type value names ("#microsoft.graph.x",
// "#x"), when the version defines it, or nil.
func (x typeIndex) named(s string) *model.Type {
	s = strings.TrimPrefix(s, "#")
	if s == "" {
		return nil
	}
	if !strings.Contains(s, ".") {
		s = "microsoft.graph." + s
	}
	if tn := x.types.Of(x.version, s); tn != nil {
		return tn.Type
	}
	return nil
}

// derives reports whether t is base or derives from it.
func (x typeIndex) derives(t, base *model.Type) bool {
	for i := 0; t != nil && base != nil && i < 32; i++ {
		if t == base {
			return true
		}
		b := x.types.Of(x.version, t.Base)
		if b == nil {
			return false
		}
		t = b.Type
	}
	return false
}
