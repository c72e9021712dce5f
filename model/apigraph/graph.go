package apigraph

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Graph is the resource graph of one model's API: per version, the root
// collections and singletons, and the types whose properties, navigation
// properties and derived types the walk follows. It implements
// model.Addresser. Build it once, after the types are resolved.
type Graph struct {
	versions map[string]*version
}

// version is the graph of one API version.
type version struct {
	types   map[string]*model.Type   // lower(qualified name)
	byName  map[string][]*model.Type // lower(name)
	derived map[*model.Type][]*model.Type
	roots   map[string]root // lower(segment)
}

// root is a root collection (an entity set: /users) or singleton (/me).
type root struct {
	typ        *model.Type
	collection bool
}

// Build builds the graph from the model's resolved types and its API
// pages (see roots for how the roots are found).
func Build(m *model.Model) *Graph {
	g := &Graph{versions: map[string]*version{}}
	for _, t := range m.Types {
		v := g.version(t.Version)
		v.types[strings.ToLower(t.QualifiedName())] = t
		n := strings.ToLower(t.Name)
		v.byName[n] = append(v.byName[n], t)
	}
	for _, t := range m.Types { // sorted: derived lists are in name order
		v := g.versions[t.Version]
		if b := v.base(t); b != nil {
			v.derived[b] = append(v.derived[b], t)
		}
	}
	for name, v := range g.versions {
		v.findRoots(name, m)
	}
	return g
}

func (g *Graph) version(name string) *version {
	v := g.versions[name]
	if v == nil {
		v = &version{types: map[string]*model.Type{}, byName: map[string][]*model.Type{},
			derived: map[*model.Type][]*model.Type{}, roots: map[string]root{}}
		g.versions[name] = v
	}
	return v
}

// IsA reports whether typ is base or derives from it (qualified names).
func (g *Graph) IsA(version, typ, base string) bool {
	v := g.versions[version]
	if v == nil {
		return false
	}
	b := v.types[strings.ToLower(base)]
	t := v.types[strings.ToLower(typ)]
	if b == nil || t == nil {
		return false
	}
	return v.isA(t, b)
}

// Lookup is the qualified name of the type a bare name names (without
// case), when one type of the version has it.
func (g *Graph) Lookup(version, name string) string {
	v := g.versions[version]
	if v == nil {
		return ""
	}
	if c := v.byName[strings.ToLower(name)]; len(c) == 1 {
		return c[0].QualifiedName()
	}
	return ""
}

func (v *version) base(t *model.Type) *model.Type {
	if t.Base == "" {
		return nil
	}
	return v.types[strings.ToLower(t.Base)]
}

// isA follows t's base chain (bounded, in case of a cycle) to b.
func (v *version) isA(t, b *model.Type) bool {
	for i := 0; t != nil && i < 64; i, t = i+1, v.base(t) {
		if t == b {
			return true
		}
	}
	return false
}

// named is the type a name written in a route or a page names: a
// qualified name ("microsoft.graph.user"), or a bare name when only one
// type has it.
func (v *version) named(name string) *model.Type {
	n := strings.ToLower(strings.TrimSpace(name))
	if t := v.types[n]; t != nil {
		return t
	}
	if t := v.types["microsoft.graph."+n]; t != nil {
		return t
	}
	if i := strings.LastIndexByte(n, '.'); i >= 0 {
		n = n[i+1:]
	}
	if c := v.byName[n]; len(c) == 1 {
		return c[0]
	}
	return nil
}
