package apichange

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// typeKey identifies a type across revisions: version and qualified name,
// without case (the docs' revisions fix the case of names).
func typeKey(t *model.Type) string { return t.Version + " " + strings.ToLower(t.QualifiedName()) }

// compareTypes reports types removed (breaking, at the old page) and
// added, and for types on both sides a change of kind or base type
// (breaking), properties and enum members removed (breaking) and added,
// and properties whose type changed (breaking).
func compareTypes(cs changes, olds, news []*model.Type) {
	byKey := map[string]*model.Type{}
	for _, t := range news {
		byKey[typeKey(t)] = t
	}
	seen := map[string]bool{}
	for _, ot := range olds {
		k := typeKey(ot)
		seen[k] = true
		nt := byKey[k]
		if nt == nil {
			cs.add(ot.Version, Change{Category: CatType, Action: Removed, Subject: ot.QualifiedName(), Detail: ot.Kind, Breaking: true, Pos: ot.Pos})
			continue
		}
		compareType(cs, ot, nt)
	}
	for _, nt := range news {
		if !seen[typeKey(nt)] {
			cs.add(nt.Version, Change{Category: CatType, Action: Added, Subject: nt.QualifiedName(), Detail: nt.Kind, Pos: nt.Pos})
		}
	}
}

func compareType(cs changes, ot, nt *model.Type) {
	v, name := nt.Version, nt.QualifiedName()
	if ot.Kind != nt.Kind {
		cs.add(v, Change{Category: CatType, Action: Changed, Subject: name, Detail: "kind " + ot.Kind + " -> " + nt.Kind, Breaking: true, Pos: nt.Pos})
	}
	if !strings.EqualFold(ot.Base, nt.Base) {
		cs.add(v, Change{Category: CatType, Action: Changed, Subject: name, Detail: "base " + orNone(ot.Base) + " -> " + orNone(nt.Base), Breaking: true, Pos: nt.Pos})
	}
	compareProperties(cs, ot, nt)
	compareMembers(cs, ot, nt)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func compareProperties(cs changes, ot, nt *model.Type) {
	v, name := nt.Version, nt.QualifiedName()
	for _, op := range ot.Properties {
		np, ok := findProperty(nt.Properties, op.Name)
		if !ok {
			cs.add(v, Change{Category: CatProperty, Action: Removed, Subject: name + "." + op.Name, Breaking: true, Pos: op.Pos})
			continue
		}
		if o, n := typeString(op.Type), typeString(np.Type); !strings.EqualFold(o, n) {
			cs.add(v, Change{Category: CatProperty, Action: Changed, Subject: name + "." + np.Name, Detail: o + " -> " + n, Breaking: true, Pos: np.Pos})
		}
	}
	for _, np := range nt.Properties {
		if _, ok := findProperty(ot.Properties, np.Name); !ok {
			cs.add(v, Change{Category: CatProperty, Action: Added, Subject: name + "." + np.Name, Pos: np.Pos})
		}
	}
}

func findProperty(ps []model.Property, name string) (model.Property, bool) {
	for _, p := range ps {
		if strings.EqualFold(p.Name, name) {
			return p, true
		}
	}
	return model.Property{}, false
}

// compareMembers reports enum members removed (breaking: a constant goes)
// and added (a caller's switch may not know it, but nothing stops
// compiling: minor).
func compareMembers(cs changes, ot, nt *model.Type) {
	v, name := nt.Version, nt.QualifiedName()
	has := func(ms []model.EnumMember, n string) bool {
		for _, m := range ms {
			if strings.EqualFold(m.Name, n) {
				return true
			}
		}
		return false
	}
	for _, om := range ot.Members {
		if !has(nt.Members, om.Name) {
			cs.add(v, Change{Category: CatMember, Action: Removed, Subject: name + "." + om.Name, Breaking: true, Pos: om.Pos})
		}
	}
	for _, nm := range nt.Members {
		if !has(ot.Members, nm.Name) {
			cs.add(v, Change{Category: CatMember, Action: Added, Subject: name + "." + nm.Name, Pos: nm.Pos})
		}
	}
}
