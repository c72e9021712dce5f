package model

import (
	"fmt"
	"strings"
)

// BodyTables settles request bodies whose prose and table disagree. A page
// that says "supply a JSON representation of [x]" and then tables the
// members the body holds describes its body twice. When none of the
// table's members is a property of x, of its bases, of the types derived
// from it or of the alternatives the page offers, the table is the body
// (Kind BodyParameters, no type), since x cannot carry what the page says
// is sent: assign on cloudPcProvisioningPolicy links
// cloudPcProvisioningPolicyAssignment but takes {"assignments": [...]}.
// Such a page gets a "body-table-not-type" warning. When only some are
// missing (a stray row, a typo, a flattened nested member), x stays and the
// page gets a "body-table-extra" info naming them: a caller sends them
// through AdditionalData. Run after ResolveTypes and before
// ReconcileOperationTypes.
func BodyTables(m *Model) []Diagnostic {
	ix := newTypeIndex(m.Types)
	derived := map[*Type][]*Type{}
	for _, t := range m.Types {
		if b := ix.base(t); b != nil {
			derived[b] = append(derived[b], t)
		}
	}
	var diags []Diagnostic
	for _, p := range m.Pages {
		b := p.RequestBody
		if p.Kind != KindAPI || b == nil || b.Kind != BodyResource || b.Type.Target == "" || b.Type.Collection || len(b.Parameters) == 0 {
			continue
		}
		t := ix.Type(p.Version, b.Type.Target)
		if t == nil {
			continue
		}
		has := map[string]bool{}
		add := func(x *Type) {
			for _, pr := range x.Properties {
				has[strings.ToLower(pr.Name)] = true
			}
		}
		var addDerived func(x *Type)
		addDerived = func(x *Type) {
			for _, d := range derived[x] {
				add(d)
				addDerived(d)
			}
		}
		for _, ref := range append([]TypeRef{b.Type}, b.Alternatives...) {
			for x := ix.Type(p.Version, ref.Target); x != nil; x = ix.base(x) {
				add(x)
			}
		}
		addDerived(t)
		var missing []string
		for _, pa := range b.Parameters {
			if !has[strings.ToLower(pa.Name)] && !strings.Contains(pa.Name, "@") {
				missing = append(missing, pa.Name)
			}
		}
		switch {
		case len(missing) == 0:
		case len(missing) < len(b.Parameters):
			diags = append(diags, Diagnostic{Pos: b.Pos, Severity: SeverityInfo, Code: "body-table-extra",
				Message: fmt.Sprintf("the Request body table lists %s, which %s does not have: add them to its page or fix the table (callers send them through AdditionalData)", strings.Join(missing, ", "), b.Type.Name)})
		default:
			diags = append(diags, Diagnostic{Pos: b.Pos, Severity: SeverityWarning, Code: "body-table-not-type",
				Message: fmt.Sprintf("the Request body names %s but its table lists %s, none of which %s has: the table is taken as the body; link the type the body is, or drop the link", b.Type.Name, strings.Join(missing, ", "), b.Type.Name)})
			b.Kind, b.Type, b.Alternatives = BodyParameters, TypeRef{}, nil
		}
	}
	return diags
}
