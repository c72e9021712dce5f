package names

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/lock"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// Diagnostic codes of the lock.
const (
	// CodeLockRemoved (info): a route, type or enum member the lock names
	// is no longer in the docs; it leaves the lock.
	CodeLockRemoved = "lock-removed"
	// CodeLockMoved (warning): a locked type had to move to the shared
	// models package (another workload now uses it): a breaking change.
	CodeLockMoved = "lock-moved"
	// CodeLockRenamed (warning): a locked name could not be kept (another
	// locked name of its package has it): a breaking change.
	CodeLockRenamed = "lock-renamed"
	// CodeLockJSON (warning): a reference from one type to another is
	// JSON in Go, because naming the other type, where the lock keeps it,
	// would make an import cycle; not a breaking change (see
	// AssignTypesLocked).
	CodeLockJSON = "lock-json"
	// CodeLockPlain (info): a locked type that the rules would now decode
	// by @odata.type (a page derives a new type from it) stays decoded
	// plainly, so that the fields of its type keep their Go type.
	CodeLockPlain = "lock-plain"
)

// Locked is a lock file (package lock) indexed for the namer: the names a
// previous run gave, which Assign and AssignTypes keep. It is an input to
// the rules, not a second namer: what it names keeps its package and name,
// and everything else is named by the rules around it. A nil *Locked names
// everything by the rules.
type Locked struct {
	ops map[string]lock.Op // version + " " + RouteKey
	// folded are the locked routes by their key in lower case (foldKey).
	folded map[string][]lock.Op
	types  map[string]lock.Type // version + " " + lower(qualified name)
	consts map[string]string    // version + " " + lower(qualified name) + " " + member
	bodies map[string]string    // version + " " + package + " " + page
	// idents are the identifiers the lock gives types (with their Poly
	// names) and constants, per version + " " + package, including those
	// left behind as aliases: new types and body types do not take them.
	idents map[string]map[string]bool
	// aliases are the packages a type had to leave, per type key.
	aliases map[string][]lock.Alias
	polys   map[string]lock.Poly
	json    map[string]bool // jsonKey
	// imports are the import edges of the run that wrote the lock
	// (version + " " + from + " " + to).
	imports map[string]bool
	src     *lock.Lock
}

// NewLocked indexes a lock file; nil or empty gives nil.
func NewLocked(l *lock.Lock) *Locked {
	if l.Empty() {
		return nil
	}
	lk := &Locked{ops: map[string]lock.Op{}, folded: map[string][]lock.Op{}, types: map[string]lock.Type{}, consts: map[string]string{},
		bodies: map[string]string{}, idents: map[string]map[string]bool{},
		aliases: map[string][]lock.Alias{}, polys: map[string]lock.Poly{}, json: map[string]bool{},
		imports: map[string]bool{}, src: l}
	for _, o := range l.Ops {
		lk.ops[o.Version+" "+o.Route] = o
		k := foldKey(o.Version + " " + o.Route)
		lk.folded[k] = append(lk.folded[k], o)
	}
	typePkgs := map[string][]string{}
	for _, t := range l.Types {
		k := typeKey(t.Version, t.QName)
		lk.types[k] = t
		typePkgs[k] = append(typePkgs[k], t.Package)
		lk.ident(t.Version, t.Package, t.Name, t.Name+"Value", "Any"+t.Name)
	}
	for _, a := range l.Aliases {
		k := typeKey(a.Version, a.QName)
		lk.aliases[k] = append(lk.aliases[k], a)
		typePkgs[k] = append(typePkgs[k], a.Package)
		lk.ident(a.Version, a.Package, a.Name, a.Name+"Value", "Any"+a.Name)
	}
	for _, p := range l.Polys {
		k := typeKey(p.Version, p.QName)
		lk.polys[k] = p
		for _, pkg := range typePkgs[k] {
			lk.ident(p.Version, pkg, p.Iface, p.Any)
		}
	}
	for _, c := range l.Consts {
		k := typeKey(c.Version, c.QName)
		lk.consts[k+" "+c.Member] = c.Name
		for _, p := range typePkgs[k] {
			lk.ident(c.Version, p, c.Name)
		}
	}
	for _, m := range l.Imports {
		lk.imports[m.Version+" "+m.From+" "+m.To] = true
	}
	for _, j := range l.JSON {
		lk.json[jsonKey(j.Version, j.From, j.To)] = true
	}
	for _, b := range l.Bodies {
		lk.bodies[b.Version+" "+b.Package+" "+b.Page] = b.Name
	}
	return lk
}

func (lk *Locked) ident(version, pkg string, names ...string) {
	k := version + " " + pkg
	if lk.idents[k] == nil {
		lk.idents[k] = map[string]bool{}
	}
	for _, n := range names {
		lk.idents[k][n] = true
	}
}

// poly is the locked Poly names of a type the lock places, if it has them.
func (lk *Locked) poly(t *model.Type) (lock.Poly, bool) {
	if _, ok := lk.typ(t); !ok {
		return lock.Poly{}, false
	}
	p, ok := lk.polys[typeKey(t.Version, t.QualifiedName())]
	return p, ok && IsIdent(p.Iface, true) && IsIdent(p.Any, true)
}

// hasPoly reports whether the lock has Poly names for a type (valid or
// not): the run that wrote it decoded the type by @odata.type.
func (lk *Locked) hasPoly(t *model.Type) bool {
	if lk == nil {
		return false
	}
	_, ok := lk.polys[typeKey(t.Version, t.QualifiedName())]
	return ok
}

// aliasesOf are the packages a type had to leave, by the lock.
func (lk *Locked) aliasesOf(t *model.Type) []lock.Alias {
	if lk == nil {
		return nil
	}
	return lk.aliases[typeKey(t.Version, t.QualifiedName())]
}

func typeKey(version, qname string) string { return version + " " + strings.ToLower(qname) }

// opKey is the lock's key of an operation's route.
func opKey(o *Op) string { return o.Version + " " + model.RouteKey(o.Route.Method, o.Route.Path) }

// foldKey is a route key compared without letter case.
func foldKey(k string) string { return strings.ToLower(k) }

// op is the locked name of a route, if any: the lock's entry for the
// route, else the one entry for it in another letter case whose own
// route no operation has now (present: the operations' opKeys). The model
// respells a route written in lower case as the resource graph spells it
// (model.RespellRoutes: /auditLogs/directoryaudits is
// /auditLogs/directoryAudits); a lock written before keeps its name.
func (lk *Locked) op(o *Op, present map[string]bool) (lock.Op, bool) {
	if lk == nil {
		return lock.Op{}, false
	}
	l, ok := lk.ops[opKey(o)]
	if !ok {
		if c := lk.folded[foldKey(opKey(o))]; len(c) == 1 && !present[c[0].Version+" "+c[0].Route] {
			l, ok = c[0], true
		}
	}
	return l, ok && IsIdent(l.Method, true) && IsIdent(l.Package, false)
}

// typ is the locked place and name of a type, if any.
func (lk *Locked) typ(t *model.Type) (lock.Type, bool) {
	if lk == nil {
		return lock.Type{}, false
	}
	l, ok := lk.types[typeKey(t.Version, t.QualifiedName())]
	return l, ok && IsIdent(l.Name, true) && IsIdent(l.Package, false)
}

// constant is the locked constant of an enum member, or "".
func (lk *Locked) constant(t *model.Type, member string) string {
	if lk == nil {
		return ""
	}
	if n := lk.consts[typeKey(t.Version, t.QualifiedName())+" "+member]; IsIdent(n, true) {
		return n
	}
	return ""
}

// body is the locked body type name of a page in a package, or "".
func (lk *Locked) body(version, pkg, page string) string {
	if lk == nil {
		return ""
	}
	if n := lk.bodies[version+" "+pkg+" "+page]; IsIdent(n, true) {
		return n
	}
	return ""
}

// newImport reports whether the run that wrote the lock had no import
// from package from to package to in a version: false when the lock does
// not say (format 1, written before the lock had import entries).
func (lk *Locked) newImport(version, from, to string) bool {
	return lk != nil && lk.src.Version >= 2 && !lk.imports[version+" "+from+" "+to]
}

// typeIdent reports whether the lock gives a type or constant of a
// package this identifier.
func (lk *Locked) typeIdent(version, pkg, name string) bool {
	return lk != nil && lk.idents[version+" "+pkg][name]
}
