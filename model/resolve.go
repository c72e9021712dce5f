package model

import (
	"fmt"
	"strings"
)

// TypeStats counts type references by where they come from and whether
// they resolved.
type TypeStats struct {
	// Cells are the type cells of tables: properties, relationships and
	// parameters (path, function, query, body).
	Cells, CellsResolved int
	// Responses and Bodies are the response and request body types named by
	// prose, annotations or links.
	Responses, ResponsesResolved int
	Bodies, BodiesResolved       int
	// Unresolved counts the unresolved names, lower-cased.
	Unresolved map[string]int
}

// ResolveTypes resolves every type reference of the model (parameters,
// bodies, responses, properties and method returns) against m.Types, in
// place. Rule: a name that spells a primitive is that primitive; then a
// link to a page that defines the type; then the name, looked up as
// TypeIndex.lookupName describes. What does not resolve is left without
// Primitive and Target (any JSON value) and gets a "type-unresolved"
// warning; nothing is guessed.
func ResolveTypes(m *Model) (TypeStats, []Diagnostic) {
	ix := newTypeIndex(m.Types)
	r := &resolver{ix: ix, stats: TypeStats{Unresolved: map[string]int{}}}
	for _, p := range m.Pages {
		ns := "microsoft.graph"
		for i := range p.PathParameters {
			r.cell(p.Version, ns, p.PathParameters[i].Pos, &p.PathParameters[i].Type)
		}
		for i := range p.FunctionParameters {
			r.cell(p.Version, ns, p.FunctionParameters[i].Pos, &p.FunctionParameters[i].Type)
		}
		for i := range p.QueryParameters {
			r.cell(p.Version, ns, p.QueryParameters[i].Pos, &p.QueryParameters[i].Type)
		}
		if b := p.RequestBody; b != nil {
			for i := range b.Parameters {
				r.cell(p.Version, ns, b.Parameters[i].Pos, &b.Parameters[i].Type)
			}
			if b.Type.Name != "" || b.Type.Link != "" {
				r.stats.Bodies++
				if r.resolve(p.Version, ns, b.Pos, &b.Type) {
					r.stats.BodiesResolved++
				}
			}
			for i := range b.Alternatives {
				r.resolve(p.Version, ns, b.Pos, &b.Alternatives[i])
			}
		}
		if rs := p.Response; rs != nil && (rs.Type.Name != "" || rs.Type.Link != "") {
			r.stats.Responses++
			if r.resolve(p.Version, ns, rs.Pos, &rs.Type) {
				r.stats.ResponsesResolved++
			}
			for i := range rs.Alternatives {
				r.resolve(p.Version, ns, rs.Pos, &rs.Alternatives[i])
			}
		}
	}
	for _, t := range m.Types {
		for i := range t.Properties {
			r.cell(t.Version, t.Namespace, t.Properties[i].Pos, &t.Properties[i].Type)
		}
		for i := range t.Methods {
			if t.Methods[i].Returns.Name != "" {
				r.resolve(t.Version, t.Namespace, t.Methods[i].Pos, &t.Methods[i].Returns)
			}
		}
	}
	return r.stats, r.diags
}

type resolver struct {
	ix    *TypeIndex
	stats TypeStats
	diags []Diagnostic
}

// cell resolves a table's type cell and counts it; an empty cell is not
// counted (the parser diagnoses it).
func (r *resolver) cell(version, ns string, pos Pos, t *TypeRef) {
	if t.Name == "" && t.Link == "" && t.Raw == "" {
		return
	}
	r.stats.Cells++
	if r.resolve(version, ns, pos, t) {
		r.stats.CellsResolved++
	}
}

func (r *resolver) resolve(version, ns string, pos Pos, t *TypeRef) bool {
	t.Primitive, t.Target = "", ""
	if inner, ok := strings.CutPrefix(t.Name, "Collection("); ok && strings.HasSuffix(inner, ")") {
		// "Collection(microsoft.graph.driveItem)" written as a link's text.
		t.Name, t.Collection = strings.TrimSuffix(inner, ")"), true
	}
	if p := PrimitiveOf(t.Name); p != "" {
		t.Primitive = p
		return true
	}
	if d := r.ix.lookupLink(version, t.Link, t.Name); d != nil && (t.Name == "" || strings.EqualFold(lastDot(t.Name), d.Name)) {
		t.Target = d.QualifiedName()
		return true
	}
	byName := r.ix.lookupName(version, ns, t.Name)
	if d := r.ix.lookupLink(version, t.Link, t.Name); d != nil {
		// The link and the text disagree; the link names a defined type
		// and is what the docs' tooling follows. Over the 2021 corpus,
		// where the text names another defined type too, the link is the
		// right one 16 times of 24 ("[message](chatmessage.md)" for a
		// chat reply), the text 8 times: each is a docs error, reported.
		if byName != nil && byName != d {
			r.diags = append(r.diags, Diagnostic{Pos: pos, Severity: SeverityWarning, Code: "type-link-disagrees",
				Message: fmt.Sprintf("the text names type %s but links %s, which defines %s; typed as the link's %s (fix the text or the link)",
					byName.QualifiedName(), t.Link, d.QualifiedName(), d.Name)})
		}
		t.Target = d.QualifiedName()
		return true
	}
	if byName != nil {
		t.Target = byName.QualifiedName()
		return true
	}
	name := t.Name
	if name == "" {
		name = t.Raw
	}
	r.stats.Unresolved[strings.ToLower(name)]++
	r.diags = append(r.diags, Diagnostic{Pos: pos, Severity: SeverityWarning, Code: "type-unresolved",
		Message: fmt.Sprintf("type %q is neither a primitive nor a type defined in %s; it is typed as any JSON value", name, version)})
	return false
}

func lastDot(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}
