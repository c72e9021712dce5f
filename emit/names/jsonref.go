package names

import (
	"fmt"
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// jsonRef is a reference placeLocked keeps as JSON, with the packages of
// the cycle it breaks.
type jsonRef struct {
	ref   [2]int
	cycle string
}

// jsonWarnings are the lock-json warnings of the references this run
// keeps as JSON (not those the lock already kept): at the referring
// property, or at the type whose Poly decoder loses a case.
func (g *typeGraph) jsonWarnings(refs []jsonRef, place []string) []model.Diagnostic {
	var diags []model.Diagnostic
	for _, r := range refs {
		i, j := r.ref[0], r.ref[1]
		from, to := g.types[i], g.types[j]
		what, pos := fmt.Sprintf("values of %s, derived from %s, decode as %s in Go", to.QualifiedName(), from.QualifiedName(), from.QualifiedName()), from.Pos
		if p, ok := g.property(i, j); ok {
			what, pos = fmt.Sprintf("property %s of %s is JSON (json.RawMessage) in Go", p.Name, from.QualifiedName()), p.Pos
		}
		diags = append(diags, model.Diagnostic{Pos: pos, Severity: model.SeverityWarning, Code: CodeLockJSON,
			Message: fmt.Sprintf("%s, not %s: package %s cannot import package %s, where the lock keeps that type (packages %s would import each other); -relock types it, moving locked types",
				what, to.QualifiedName(), place[i], place[j], r.cycle)})
	}
	return diags
}

// asJSON reports whether the lock keeps the references of type from to
// type to as JSON.
func (lk *Locked) asJSON(from, to *model.Type) bool {
	return lk != nil && lk.json[jsonKey(from.Version, from.QualifiedName(), to.QualifiedName())]
}

func jsonKey(version, from, to string) string {
	return version + " " + strings.ToLower(from) + " " + strings.ToLower(to)
}

// AsJSON reports whether the Go code of the type refers to the type with
// a qualified name as JSON (see TypeName.JSONRefs).
func (tn *TypeName) AsJSON(qname string) bool {
	return slices.ContainsFunc(tn.JSONRefs, func(t *model.Type) bool { return strings.EqualFold(t.QualifiedName(), qname) })
}
