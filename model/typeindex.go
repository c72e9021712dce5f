package model

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"strings"
)

// BuildTypes collects the types the pages define into m.Types and checks
// their base types.
//
// Rule for a type defined twice in a version (same qualified name, compared
// without case): the page whose file name is the type's name owns it
// (user.md for user); otherwise the page whose path sorts first. The owner
// keeps its properties and members and gains those only the other pages
// list (pages document different subsets of one OData type: Intune's
// intune-onboarding-devicecategory.md has description, devicecategory.md
// does not), in path order. The other definitions get a "duplicate-type"
// info diagnostic naming the owner.
//
// A base type that is not defined in the version gets "base-unresolved" and
// is dropped, as is a base that leads back to the type ("base-cycle"). A
// type whose base chain reaches an entity is an entity.
func BuildTypes(pages []*Page) ([]*Type, []Diagnostic) {
	var diags []Diagnostic
	byKey := map[string]*Type{}
	for _, p := range pages {
		for _, t := range p.Types {
			if t.Name == "" {
				continue
			}
			k := t.Version + " " + strings.ToLower(t.QualifiedName())
			old, ok := byKey[k]
			if !ok {
				byKey[k] = t
				continue
			}
			own, other := old, t
			if ownsType(t, old) {
				own, other = t, old
			}
			byKey[k] = own
			diags = append(diags, Diagnostic{Pos: other.Pos, Severity: SeverityInfo, Code: "duplicate-type",
				Message: fmt.Sprintf("type %s is also defined in %s, which owns it", t.QualifiedName(), own.Page)})
		}
	}
	types := make([]*Type, 0, len(byKey))
	for _, t := range byKey {
		types = append(types, t)
	}
	mergeDuplicates(pages, byKey)
	slices.SortFunc(types, func(a, b *Type) int {
		return cmp.Or(cmp.Compare(a.Version, b.Version), cmp.Compare(strings.ToLower(a.QualifiedName()), strings.ToLower(b.QualifiedName())), cmp.Compare(a.Page, b.Page))
	})
	ix := newTypeIndex(types)
	for _, t := range types {
		if t.Base == "" {
			continue
		}
		b := ix.lookupName(t.Version, t.Namespace, t.Base)
		switch {
		case b == nil:
			diags = append(diags, Diagnostic{Pos: t.Pos, Severity: SeverityWarning, Code: "base-unresolved",
				Message: fmt.Sprintf("base type %s of %s is not defined in %s", t.Base, t.Name, t.Version)})
			t.Base = ""
		case b.Kind == TypeEnum || b == t:
			diags = append(diags, Diagnostic{Pos: t.Pos, Severity: SeverityWarning, Code: "base-unresolved",
				Message: fmt.Sprintf("base type %s of %s is not a resource", t.Base, t.Name)})
			t.Base = ""
		default:
			t.Base = b.QualifiedName()
		}
	}
	// The kinds the pages give, before the chains correct them.
	kind := make(map[*Type]string, len(types))
	for _, t := range types {
		kind[t] = t.Kind
	}
	for _, t := range types {
		t.Flags = t.Kind == TypeEnum && flagValues(t.Members)
		seen := map[*Type]bool{t: true}
		var root *Type
		for b := ix.base(t); b != nil; b = ix.base(b) {
			if seen[b] {
				diags = append(diags, Diagnostic{Pos: t.Pos, Severity: SeverityWarning, Code: "base-cycle",
					Message: fmt.Sprintf("the base types of %s lead back to it", t.Name)})
				t.Base, root = "", nil
				break
			}
			seen[b] = true
			root = b
		}
		// A derived type is of its chain's kind (OData derives entity
		// types from entity types, complex from complex): its root's, as
		// its page gives it; a type whose own page shows it is an entity
		// (a key, methods, relationships) stays one, while one the parser
		// calls an entity only for an id beside a base type
		// (labelDetails, teamworkUserIdentity) takes its complex root's
		// kind.
		switch {
		case root == nil || t.Kind == TypeEnum:
		case kind[root] == TypeEntity && t.Kind == TypeComplex:
			t.Kind = TypeEntity
		case kind[root] == TypeComplex && t.Kind == TypeEntity && !ownEntityEvidence(t):
			t.Kind = TypeComplex
		}
	}
	return types, diags
}

// ownsType reports whether a should own a type that b also defines.
func ownsType(a, b *Type) bool {
	an := strings.EqualFold(pageName(a.Page), a.Name)
	bn := strings.EqualFold(pageName(b.Page), b.Name)
	if an != bn {
		return an
	}
	return a.Page < b.Page
}

func pageName(file string) string {
	return strings.ToLower(strings.TrimSuffix(path.Base(file), ".md"))
}

// TypeIndex finds types by name within a version.
type TypeIndex struct {
	byQName map[string]*Type   // version + " " + lower(qualified name)
	byName  map[string][]*Type // version + " " + lower(name)
	byPage  map[string][]*Type // version + " " + lower(page base name)
}

func newTypeIndex(types []*Type) *TypeIndex {
	ix := &TypeIndex{byQName: map[string]*Type{}, byName: map[string][]*Type{}, byPage: map[string][]*Type{}}
	for _, t := range types {
		ix.byQName[t.Version+" "+strings.ToLower(t.QualifiedName())] = t
		k := t.Version + " " + strings.ToLower(t.Name)
		ix.byName[k] = append(ix.byName[k], t)
		pk := t.Version + " " + pageName(t.Page)
		ix.byPage[pk] = append(ix.byPage[pk], t)
	}
	return ix
}

// Type returns the type with a qualified name in a version, or nil.
func (ix *TypeIndex) Type(version, qname string) *Type {
	return ix.byQName[version+" "+strings.ToLower(qname)]
}

func (ix *TypeIndex) base(t *Type) *Type {
	if t.Base == "" {
		return nil
	}
	return ix.Type(t.Version, t.Base)
}

// lookupName finds a type by a name as written: qualified
// ("microsoft.graph.callRecords.session"), partly qualified
// ("callRecords.session") or bare ("session"). A bare name is looked up in
// the referring namespace first, then in microsoft.graph, then anywhere in
// the version if only one namespace defines it.
func (ix *TypeIndex) lookupName(version, namespace, name string) *Type {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" {
		return nil
	}
	if t := ix.byQName[version+" "+n]; t != nil {
		return t
	}
	if t := ix.byQName[version+" microsoft.graph."+n]; t != nil {
		return t
	}
	if namespace != "" {
		if t := ix.byQName[version+" "+strings.ToLower(namespace)+"."+n]; t != nil {
			return t
		}
	}
	if i := strings.LastIndexByte(n, '.'); i >= 0 {
		n = n[i+1:]
	}
	if c := ix.byName[version+" "+n]; len(c) == 1 {
		return c[0]
	}
	return nil
}

// lookupLink finds the type a link destination names: the type defined on
// the linked page, chosen by the anchor ("enums.md#risklevel-values") or
// the link text when the page defines several.
func (ix *TypeIndex) lookupLink(version, dest, text string) *Type {
	if dest == "" || strings.Contains(dest, "://") {
		return nil
	}
	file, anchor, _ := strings.Cut(dest, "#")
	file = strings.TrimSuffix(path.Base(file), ".md")
	// A link to the other version's folder still names this version's type.
	cands := ix.byPage[version+" "+strings.ToLower(file)]
	if len(cands) == 1 {
		return cands[0]
	}
	want := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(anchor, "-values"), "values"))
	if want == "" {
		want = strings.ToLower(text)
	}
	for _, t := range cands {
		if strings.ToLower(t.Name) == want {
			return t
		}
	}
	return nil
}

// mergeDuplicates gives each owning type the properties and enum members
// that only its other definitions list.
func mergeDuplicates(pages []*Page, byKey map[string]*Type) {
	var others []*Type
	for _, p := range pages {
		for _, t := range p.Types {
			if t.Name != "" && byKey[t.Version+" "+strings.ToLower(t.QualifiedName())] != t {
				others = append(others, t)
			}
		}
	}
	slices.SortFunc(others, func(a, b *Type) int { return cmp.Compare(a.Page, b.Page) })
	for _, o := range others {
		own := byKey[o.Version+" "+strings.ToLower(o.QualifiedName())]
		if own.Kind != o.Kind && (own.Kind == TypeEnum || o.Kind == TypeEnum) {
			continue
		}
		for _, p := range o.Properties {
			if !slices.ContainsFunc(own.Properties, func(q Property) bool { return strings.EqualFold(q.Name, p.Name) }) {
				own.Properties = append(own.Properties, p)
			}
		}
		for _, m := range o.Members {
			if !slices.ContainsFunc(own.Members, func(q EnumMember) bool { return q.Name == m.Name }) {
				own.Members = append(own.Members, m)
			}
		}
	}
}

// ownEntityEvidence reports whether a type's own page shows it is an
// entity: a key, methods or relationships.
func ownEntityEvidence(t *Type) bool {
	if t.Key != "" || len(t.Methods) > 0 {
		return true
	}
	for _, p := range t.Properties {
		if p.Navigation {
			return true
		}
	}
	return false
}
