package apigraph

import (
	"fmt"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Address walks a route through the graph and says what it addresses.
//
// From the root (see findRoots), each segment: a key takes one item of a
// collection; a literal is a property or navigation property of the
// current type, looked up through its base types and then its derived
// types (a complex-typed property is walked like a navigation:
// /mailboxSettings/automaticRepliesSetting); a cast is its type, keeping
// one item or a collection; a path address (root:/{path}:) follows its
// navigation and addresses one item of that type (a driveItem below a
// driveItem); $value is bytes, $count a number, $ref a reference to the
// current resource. A function call, or a last literal that is no
// property, is a function or an action (ResourceOperation): its page says
// what it returns. A function call written on a collection property with
// key arguments (users(appId='{appId}')) is a key alternate.
func (g *Graph) Address(version string, r model.Route) model.Resource {
	res, _ := g.walk(version, r)
	return res
}

// Spelling says how the graph spells the route's segments: per segment,
// the name of the property the walk follows there (a navigation or
// structural property, also of a path address), "" where it follows none
// (the root, keys, casts, functions) or where the walk stopped. It
// implements model.Speller.
func (g *Graph) Spelling(version string, r model.Route) []string {
	_, spell := g.walk(version, r)
	return spell
}

// walk is Address, with the spelling of each followed property.
func (g *Graph) walk(version string, r model.Route) (model.Resource, []string) {
	spell := make([]string, len(r.Segments))
	res := g.walkSpelling(version, r, spell)
	return res, spell
}

func (g *Graph) walkSpelling(version string, r model.Route, spell []string) model.Resource {
	v := g.versions[version]
	if v == nil || len(r.Segments) == 0 {
		return model.Resource{Stop: "no graph for the route"}
	}
	w := walker{v: v}
	first := r.Segments[0]
	rt, ok := v.roots[strings.ToLower(first.Name)]
	if first.Kind == model.SegmentFunction && !ok {
		return model.Resource{Kind: model.ResourceOperation, Nav: first.Name}
	}
	if !ok || rt.typ == nil {
		return model.Resource{Stop: fmt.Sprintf("no root %q", first.Name)}
	}
	w.cur = position{typ: rt.typ, collection: rt.collection}
	w.nav = first.Name
	if first.Kind == model.SegmentFunction {
		// A key alternate of an entity set: /users(appId='{appId}').
		if !rt.collection {
			return model.Resource{Kind: model.ResourceOperation, Owner: w.cur.typ.QualifiedName(), Nav: first.Name}
		}
		w.cur.collection = false
	}
	if first.Kind == model.SegmentPathAddr {
		w.cur.collection = false
	}
	for i, s := range r.Segments[1:] {
		w.followed = ""
		res, done := w.step(s, i == len(r.Segments)-2)
		spell[i+1] = w.followed
		if done {
			return res
		}
	}
	return w.result()
}

// position is where a walk is: a type, one item or a collection, or a
// primitive property.
type position struct {
	typ        *model.Type
	collection bool
	primitive  string
}

type walker struct {
	v     *version
	cur   position
	owner *model.Type
	nav   string
	// followed is the name of the property the last step followed.
	followed string
}

func (w *walker) result() model.Resource {
	res := model.Resource{Nav: w.nav}
	if w.owner != nil {
		res.Owner = w.owner.QualifiedName()
	}
	switch {
	case w.cur.primitive == model.PrimStream:
		res.Kind = model.ResourceStream
	case w.cur.primitive != "":
		res.Kind = model.ResourcePrimitive
		res.Type = model.TypeRef{Name: w.cur.primitive, Primitive: w.cur.primitive, Collection: w.cur.collection}
	default:
		res.Kind = model.ResourceType
		res.Type = model.TypeRef{Name: w.cur.typ.Name, Target: w.cur.typ.QualifiedName(), Collection: w.cur.collection}
	}
	return res
}

// step takes one segment; done is set when the walk ends there.
func (w *walker) step(s model.Segment, last bool) (model.Resource, bool) {
	stop := func(format string, args ...any) (model.Resource, bool) {
		return model.Resource{Stop: fmt.Sprintf(format, args...)}, true
	}
	if w.cur.primitive != "" && s.Kind != model.SegmentValue {
		return stop("segment %q after the primitive property %s", s.Name, w.nav)
	}
	switch s.Kind {
	case model.SegmentKey:
		if !w.cur.collection {
			return stop("key after %s, which is not a collection", w.nav)
		}
		w.cur.collection = false
	case model.SegmentLiteral, model.SegmentPathAddr:
		if w.cur.collection {
			if last && s.Kind == model.SegmentLiteral {
				return w.operation(s), true
			}
			if s.Kind == model.SegmentLiteral && literalKey(s.Name) {
				// An example key written into the route (route-literal-id).
				w.cur.collection = false
				return model.Resource{}, false
			}
			return stop("%q after the collection %s", s.Name, w.nav)
		}
		p := w.property(s.Name)
		if p == nil {
			if last && s.Kind == model.SegmentLiteral {
				return w.operation(s), true
			}
			return stop("%s has no property %q", w.cur.typ.Name, s.Name)
		}
		if err := w.follow(p); err != "" {
			return stop("%s", err)
		}
		w.followed = p.Name
		if s.Kind == model.SegmentPathAddr {
			// root:/{path}: is one item below the navigation.
			w.cur.collection = false
		}
	case model.SegmentCast:
		t := w.v.named(s.Name)
		if t == nil {
			return stop("cast to unknown type %s", s.Name)
		}
		w.cur.typ = t
	case model.SegmentFunction:
		if p := w.property(s.Name); p != nil && p.Type.Collection && len(s.Args) > 0 {
			if err := w.follow(p); err != "" {
				return stop("%s", err)
			}
			w.cur.collection = false
			return model.Resource{}, false
		}
		return w.operation(s), true
	case model.SegmentValue:
		return model.Resource{Kind: model.ResourceStream, Owner: w.qname(), Nav: w.nav}, true
	case model.SegmentCount:
		return model.Resource{Kind: model.ResourceCount, Type: model.TypeRef{Name: model.PrimInt32, Primitive: model.PrimInt32}, Owner: w.qname(), Nav: w.nav}, true
	case model.SegmentRef:
		res := w.result()
		res.Kind = model.ResourceRef
		return res, true
	default:
		return stop("segment %q of kind %s", s.Name, s.Kind)
	}
	return model.Resource{}, false
}

func (w *walker) qname() string {
	if w.cur.typ == nil {
		return ""
	}
	return w.cur.typ.QualifiedName()
}

// operation is a function or action bound to where the walk is. Its type,
// when the Methods table of the current type (or a base) has a row of
// that name with a resolved return type (group's "delta | group
// collection"), is that return type; the page may say otherwise.
func (w *walker) operation(s model.Segment) model.Resource {
	res := model.Resource{Kind: model.ResourceOperation, Owner: w.qname(), Nav: s.Name}
	for t, i := w.cur.typ, 0; t != nil && i < 64; t, i = w.v.base(t), i+1 {
		for _, m := range t.Methods {
			if strings.EqualFold(m.Name, s.Name) && m.Returns.IsResolved() {
				res.Type = m.Returns
				return res
			}
		}
	}
	return res
}

// follow moves along a property; it returns why it cannot.
func (w *walker) follow(p *model.Property) string {
	w.owner, w.nav = w.cur.typ, p.Name
	switch {
	case p.Type.Target != "":
		t := w.v.types[strings.ToLower(p.Type.Target)]
		if t == nil {
			return fmt.Sprintf("property %s names unknown type %s", p.Name, p.Type.Target)
		}
		w.cur = position{typ: t, collection: p.Type.Collection}
	case p.Type.Primitive != "":
		w.cur = position{typ: w.cur.typ, collection: p.Type.Collection, primitive: p.Type.Primitive}
	default:
		return fmt.Sprintf("property %s.%s has an unresolved type", w.cur.typ.Name, p.Name)
	}
	return ""
}

// property finds a property of the current type by name (without case):
// in the type and its bases, then in its derived types, nearest
// generation first. Derived types of one generation that type the
// property differently (driveItem and listItem below baseItem both have
// versions) make it ambiguous: nil.
func (w *walker) property(name string) *model.Property {
	for t, i := w.cur.typ, 0; t != nil && i < 64; t, i = w.v.base(t), i+1 {
		if p := findProperty(t, name); p != nil {
			return p
		}
	}
	seen := map[*model.Type]bool{}
	gen := w.v.derived[w.cur.typ]
	for len(gen) > 0 {
		var found *model.Property
		var next []*model.Type
		for _, t := range gen {
			if seen[t] {
				continue
			}
			seen[t] = true
			next = append(next, w.v.derived[t]...)
			p := findProperty(t, name)
			switch {
			case p == nil:
			case found == nil:
				found = p
			case !strings.EqualFold(found.Type.Target, p.Type.Target) || found.Type.Primitive != p.Type.Primitive || found.Type.Collection != p.Type.Collection:
				return nil
			}
		}
		if found != nil {
			return found
		}
		gen = next
	}
	return nil
}

// literalKey reports whether a literal where a key belongs is a key value
// written into the route: it has a digit and no letters run of a name
// (a GUID, a number).
func literalKey(s string) bool {
	return strings.ContainsAny(s, "0123456789") && strings.Trim(s, "0123456789abcdefABCDEF-") == ""
}

func findProperty(t *model.Type, name string) *model.Property {
	for i := range t.Properties {
		if strings.EqualFold(t.Properties[i].Name, name) {
			return &t.Properties[i]
		}
	}
	return nil
}
