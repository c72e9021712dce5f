package names

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/lock"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// Shared is the Go package of the model types that more than one workload
// package uses, and Other that of the types no operation uses (see
// AssignTypes).
const (
	Shared = "models"
	Other  = "othermodels"
)

// entityRoot is the base of every entity type. A reference to it is any
// JSON value rather than a value decoded by @odata.type: decoding it would
// make every program compile every model.
const entityRoot = "microsoft.graph.entity"

// TypeName is where a model type lives in Go and what its identifiers are.
type TypeName struct {
	Type *model.Type
	// Package is the Go package: a workload package or Shared.
	Package string
	// Name is the Go type name.
	Name string
	// Poly is set for a base type that values are decoded into by their
	// @odata.type: it gets an interface (Iface, with the method Getter)
	// that it and its derived types implement, and a wrapper struct (Any)
	// that holds one of them.
	Poly    bool
	Iface   string
	Getter  string
	Any     string
	Derived []*model.Type
	// Fields are the Go field names of Type.Properties, index for index;
	// "" for a property the struct leaves out (one its base types already
	// have, or @odata.type, which the root type carries as ODataType).
	Fields []string
	// Consts are the Go constant names of an enum's members.
	Consts []string
	// Was are the packages a lock placed the type in and it had to leave
	// (see placeLocked), with its name there: the Go emitter declares the
	// type, its Poly names and its constants there as aliases, so that
	// code importing them from there still compiles.
	Was []Alias
	// JSONRefs are the types whose references from this type's Go code
	// are JSON (see AssignTypesLocked), in qualified-name order: a field
	// of one of them is json.RawMessage, a Poly decoder has no case for
	// one of them.
	JSONRefs []*model.Type
	// Plain is set for a type the rules would decode by @odata.type
	// that the lock keeps decoded plainly in Go (Poly is false; Derived
	// still lists its derived types, for OpenAPI's discriminator).
	Plain bool
}

// Alias is a package a type had to leave and its name there.
type Alias struct{ Package, Name string }

// Types names the model types of every version.
type Types struct {
	byKey map[string]*TypeName
	list  []*TypeName
	// imports are the edges of each version's import graph (see
	// importGraph), sorted.
	imports []lock.Import
}

// Of returns the name of the type with a qualified name in a version, or nil.
func (ts *Types) Of(version, qname string) *TypeName {
	return ts.byKey[version+" "+strings.ToLower(qname)]
}

// Ref returns the named type a resolved reference points to, or nil when
// the reference is a primitive, unresolved, or the entity root (all three
// are emitted without a named type).
func (ts *Types) Ref(version string, r model.TypeRef) *TypeName {
	if r.Target == "" || strings.EqualFold(r.Target, entityRoot) {
		return nil
	}
	return ts.Of(version, r.Target)
}

// All returns every named type, sorted by version, package and name.
func (ts *Types) All() []*TypeName { return ts.list }

// AssignTypes places and names the model types.
//
// Placement rule, per version: a type goes to the workload package of the
// operations that use it when exactly one workload package does, to
// Shared when several do, and to Other when none does. An operation uses
// the types of its parameters, body and response and everything they lead
// to: property and relationship types, base types, and the derived types
// of a Poly base. Because "uses" is transitive, a workload package refers
// only to itself and Shared, Shared to no generated package, and Other may
// refer to any: there are no import cycles, and a program that imports one
// workload compiles that workload and Shared only.
//
// Naming rule: the Go name is Exported(name). Within a package, when
// names collide, the types outside microsoft.graph take their last
// namespace segment as a prefix (security.alert -> SecurityAlert); what
// still collides gets an ordinal suffix in qualified-name order. Names the
// package already has (Client, New, request body types) are never taken.
// A Poly base B gets the interface BValue with the method GetB, and the
// wrapper AnyB. An enum member's constant is the enum's name followed by
// Exported(member).
//
// A type whose name or namespace is not an identifier (typeNameProblem), a
// property whose name cannot be a field (Field) and an enum member without
// letters or digits are left out with a name-invalid error: references to
// such a type are any JSON value, such a property travels in
// AdditionalData, such a member has no constant.
func AssignTypes(types []*model.Type, ops []*Op) (*Types, []model.Diagnostic) {
	return AssignTypesLocked(types, ops, nil)
}

// AssignTypesLocked is AssignTypes keeping the places and names of a lock
// file: a type the lock places stays in its package, whatever uses it now;
// where that would make an import cycle, new types follow the locked
// ones, or else a type's references to a type kept in a package that
// imports its own are JSON when they are new since the lock (a lock-json
// warning; recorded in the lock, so that they stay JSON), and only a cycle
// that operations, old references or a derived type's embedded base
// close moves a locked type (to Shared, a lock-moved warning; see
// placeLocked); it keeps its name, Poly names and
// enum constants where its package has them free; new types and members
// are named by the rules around them.
func AssignTypesLocked(types []*model.Type, ops []*Op, lk *Locked) (*Types, []model.Diagnostic) {
	ts := &Types{byKey: map[string]*TypeName{}}
	byVersion := map[string][]*model.Type{}
	var versions []string
	var diags []model.Diagnostic
	for _, t := range types {
		if p := typeNameProblem(t); p != "" {
			diags = append(diags, invalid(t.Pos, "%s", p))
			continue
		}
		if _, ok := byVersion[t.Version]; !ok {
			versions = append(versions, t.Version)
		}
		byVersion[t.Version] = append(byVersion[t.Version], t)
	}
	slices.Sort(versions)
	for _, v := range versions {
		var vops []*Op
		for _, o := range ops {
			if o.Version == v {
				vops = append(vops, o)
			}
		}
		diags = append(diags, ts.assignVersion(v, byVersion[v], vops, lk)...)
	}
	slices.SortFunc(ts.list, func(a, b *TypeName) int {
		return cmp.Or(cmp.Compare(a.Type.Version, b.Type.Version), cmp.Compare(a.Package, b.Package), cmp.Compare(a.Name, b.Name))
	})
	return ts, diags
}

func (ts *Types) assignVersion(version string, types []*model.Type, ops []*Op, lk *Locked) []model.Diagnostic {
	g := newTypeGraph(version, types, ops)
	if lk != nil {
		g.keepPoly(lk)
		g.keepPlain(lk)
	}
	users := g.users()
	// Package never names a workload package Shared or Other.
	place := make([]string, len(g.types))
	for i := range g.types {
		place[i] = Other
		switch u := users[i]; len(u) {
		case 0:
		case 1:
			place[i] = u[0]
		default:
			place[i] = Shared
		}
	}
	var diags []model.Diagnostic
	was := make([][]Alias, len(g.types))
	if lk != nil {
		was, diags = g.placeLocked(place, lk)
	}
	ig := g.imports(place, nil)
	for _, from := range ig.nodes() {
		for _, to := range ig.succ(from) {
			if len(ig.edges[from][to]) > 0 {
				ts.imports = append(ts.imports, lock.Import{Version: version, From: from, To: to})
			}
		}
	}
	for i, t := range g.types {
		tn := &TypeName{Type: t, Package: place[i], Poly: g.poly[i], Was: was[i], Plain: g.plain != nil && g.plain[i]}
		for _, j := range g.edges[i] {
			if g.asJSON[[2]int{i, j}] && !slices.Contains(tn.JSONRefs, g.types[j]) {
				tn.JSONRefs = append(tn.JSONRefs, g.types[j])
			}
		}
		slices.SortFunc(tn.JSONRefs, byQName)
		if tn.Poly || tn.Plain {
			for _, d := range g.derived[i] {
				tn.Derived = append(tn.Derived, g.types[d])
			}
		}
		if tn.Plain {
			diags = append(diags, plainInfo(tn))
		}
		ts.byKey[version+" "+strings.ToLower(t.QualifiedName())] = tn
		ts.list = append(ts.list, tn)
	}
	// Names, package by package.
	byPkg := map[string][]*TypeName{}
	for _, tn := range ts.list {
		if tn.Type.Version == version {
			byPkg[tn.Package] = append(byPkg[tn.Package], tn)
		}
	}
	reservedByPkg := map[string]map[string]bool{}
	for _, o := range ops {
		r := reservedByPkg[o.Package]
		if r == nil {
			r = map[string]bool{"Client": true, "New": true}
			reservedByPkg[o.Package] = r
		}
		if o.Body != "" {
			r[o.Body] = true
		}
	}
	for p, tns := range byPkg {
		taken := reservedByPkg[p]
		if taken == nil {
			taken = map[string]bool{}
		}
		diags = append(diags, nameTypes(tns, taken, lk)...)
	}
	for _, tn := range ts.list {
		if tn.Type.Version == version {
			diags = append(diags, ts.nameMembers(tn)...)
		}
	}
	return diags
}

// nameTypes gives the types of one package their names; taken holds the
// names the package already uses and receives the new ones. The names the
// lock gives are claimed first (type names, then enum constants, then the
// Poly names of locked types), so new types and members never take them;
// a locked name the package has already is given up with a lock-renamed
// warning and the rule names the type. The rules take none of the
// package's names in the lock (Locked.typeIdent: those of its types, Poly
// names and constants, and of the aliases of types that left it).
func nameTypes(tns []*TypeName, taken map[string]bool, lk *Locked) []model.Diagnostic {
	var diags []model.Diagnostic
	lockedIdent := func(n string) bool { return lk.typeIdent(tns[0].Type.Version, tns[0].Package, n) }
	slices.SortFunc(tns, func(a, b *TypeName) int {
		return strings.Compare(strings.ToLower(a.Type.QualifiedName()), strings.ToLower(b.Type.QualifiedName()))
	})
	count := map[string]int{}
	for _, tn := range tns {
		count[Exported(tn.Type.Name)]++
	}
	claim := func(n string) string {
		out := n
		for i := 2; taken[out] || lockedIdent(out); i++ {
			out = fmt.Sprintf("%s%d", n, i)
		}
		taken[out] = true
		return out
	}
	renamed := func(tn *TypeName, what, n string) {
		diags = append(diags, model.Diagnostic{Pos: tn.Type.Pos, Severity: model.SeverityWarning, Code: CodeLockRenamed,
			Message: fmt.Sprintf("%s: its locked name %s is taken in package %s; named by the rules instead", what, n, tn.Package)})
	}
	locked := map[*TypeName]bool{}
	lockedConst := map[*TypeName][]string{}
	for _, tn := range tns {
		if l, ok := lk.typ(tn.Type); ok {
			if taken[l.Name] {
				renamed(tn, "type "+tn.Type.QualifiedName(), l.Name)
				continue
			}
			tn.Name, taken[l.Name], locked[tn] = l.Name, true, true
		}
	}
	for _, tn := range tns {
		seen := map[string]bool{}
		for _, m := range tn.Type.Members {
			n := ""
			if !seen[m.Name] { // a member listed twice is locked once
				n = lk.constant(tn.Type, m.Name)
			}
			seen[m.Name] = true
			if n != "" && taken[n] {
				renamed(tn, fmt.Sprintf("enum member %q of %s", m.Name, tn.Type.QualifiedName()), n)
				n = ""
			}
			if n != "" {
				taken[n] = true
			}
			lockedConst[tn] = append(lockedConst[tn], n)
		}
	}
	poly := func(tn *TypeName) {
		if tn.Poly {
			tn.Iface = claim(tn.Name + "Value")
			tn.Any = claim("Any" + tn.Name)
			tn.Getter = "Get" + tn.Name
		}
	}
	own := func(n string) string { // a locked type's Poly name
		if taken[n] {
			return claim(n)
		}
		taken[n] = true
		return n
	}
	for _, tn := range tns {
		if locked[tn] && tn.Poly {
			iface, anyName := tn.Name+"Value", "Any"+tn.Name
			if p, ok := lk.poly(tn.Type); ok {
				iface, anyName = p.Iface, p.Any
			}
			tn.Iface, tn.Any, tn.Getter = own(iface), own(anyName), "Get"+tn.Name
		}
	}
	for _, tn := range tns {
		if locked[tn] {
			continue
		}
		n := Exported(tn.Type.Name)
		if count[n] > 1 && tn.Type.Namespace != "" && tn.Type.Namespace != "microsoft.graph" {
			ns := tn.Type.Namespace
			n = Exported(ns[strings.LastIndexByte(ns, '.')+1:]) + n
		}
		tn.Name = claim(n)
	}
	for _, tn := range tns {
		if !locked[tn] {
			poly(tn)
		}
		for i, m := range tn.Type.Members {
			if len(Words(m.Name)) == 0 {
				diags = append(diags, invalid(m.Pos, "enum member %q of %s has no letters or digits to name a constant", m.Name, tn.Type.Name))
				tn.Consts = append(tn.Consts, "")
				continue
			}
			if n := lockedConst[tn][i]; n != "" {
				tn.Consts = append(tn.Consts, n)
				continue
			}
			tn.Consts = append(tn.Consts, claim(tn.Name+Exported(m.Name)))
		}
	}
	return diags
}

// nameMembers names a struct's fields: Field(json name), minus the
// properties its base chain already has; a name taken twice gets an
// ordinal suffix. The embedded base's type name and ODataType are taken.
func (ts *Types) nameMembers(tn *TypeName) []model.Diagnostic {
	var diags []model.Diagnostic
	t := tn.Type
	inBase := map[string]bool{}
	taken := map[string]bool{"ODataType": true, "AdditionalData": true}
	for b := ts.Of(t.Version, t.Base); b != nil; b = ts.Of(b.Type.Version, b.Type.Base) {
		taken[b.Name] = true
		for _, p := range b.Type.Properties {
			inBase[p.Name] = true
		}
	}
	if tn.Poly {
		taken[tn.Getter] = true
	}
	tn.Fields = make([]string, len(t.Properties))
	seenJSON := map[string]bool{}
	for i, p := range t.Properties {
		if inBase[p.Name] || seenJSON[p.Name] || p.Name == "" || strings.EqualFold(p.Name, "@odata.type") {
			continue
		}
		seenJSON[p.Name] = true
		n := Field(p.Name)
		if n == "" {
			diags = append(diags, invalid(p.Pos, "property name %q of %s cannot be a Go field's JSON name (a comma, quote or control character, or no letters)", p.Name, t.Name))
			continue
		}
		out := n
		for j := 2; taken[out]; j++ {
			out = fmt.Sprintf("%s%d", n, j)
		}
		taken[out] = true
		tn.Fields[i] = out
	}
	return diags
}

// SchemaName is the OpenAPI components.schemas key of a type: its
// qualified name ("microsoft.graph.managedDevice"), as Graph's own
// OpenAPI documents spell it.
func SchemaName(t *model.Type) string { return t.QualifiedName() }

// plainInfo is the lock-plain info of a type the lock keeps decoded
// plainly.
func plainInfo(tn *TypeName) model.Diagnostic {
	var derived []string
	for _, d := range tn.Derived {
		derived = append(derived, d.QualifiedName())
	}
	if len(derived) > 3 {
		derived = append(derived[:3], fmt.Sprintf("%d more", len(derived)-3))
	}
	return model.Diagnostic{Pos: tn.Type.Pos, Severity: model.SeverityInfo, Code: CodeLockPlain,
		Message: fmt.Sprintf("type %s has derived types (%s) but the lock has it decoded plainly in Go: fields of its type keep their Go type, and a value of a derived type decodes as %s with its other members in AdditionalData; -relock decodes it by @odata.type",
			tn.Type.QualifiedName(), strings.Join(derived, ", "), tn.Type.Name)}
}
