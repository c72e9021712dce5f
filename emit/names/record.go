package names

import (
	"fmt"
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/lock"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// Record is the lock file of a naming: every operation's route, every
// named type's place and name, every enum constant, the references kept
// as JSON, the packages' import edges, and the
// parameter-table body types pages declare. What the docs no longer have
// is not in it (see Locked.Removed).
func Record(ops []*Op, ts *Types) *lock.Lock {
	l := &lock.Lock{Version: lock.CurrentFormat}
	bodies := map[string]bool{}
	for _, o := range ops {
		l.Ops = append(l.Ops, lock.Op{Version: o.Version, Route: model.RouteKey(o.Route.Method, o.Route.Path),
			Package: o.Package, Method: o.Name, Page: o.Page.File})
		b := o.Page.RequestBody
		if o.Body == "" || b == nil || b.Kind != model.BodyParameters || len(b.Parameters) == 0 {
			continue
		}
		k := o.Version + " " + o.Package + " " + o.Page.File
		if !bodies[k] {
			bodies[k] = true
			l.Bodies = append(l.Bodies, lock.Body{Version: o.Version, Package: o.Package, Page: o.Page.File, Name: o.Body})
		}
	}
	l.Imports = ts.imports
	for _, tn := range ts.All() {
		t := tn.Type
		l.Types = append(l.Types, lock.Type{Version: t.Version, QName: t.QualifiedName(), Package: tn.Package, Name: tn.Name, Page: t.Page})
		if tn.Poly {
			l.Polys = append(l.Polys, lock.Poly{Version: t.Version, QName: t.QualifiedName(), Iface: tn.Iface, Any: tn.Any})
		}
		for _, to := range tn.JSONRefs {
			l.JSON = append(l.JSON, lock.JSONRef{Version: t.Version, From: t.QualifiedName(), To: to.QualifiedName()})
		}
		for _, a := range tn.Was {
			l.Aliases = append(l.Aliases, lock.Alias{Version: t.Version, QName: t.QualifiedName(), Package: a.Package, Name: a.Name})
		}
		seen := map[string]bool{}
		for i, m := range t.Members {
			if i < len(tn.Consts) && tn.Consts[i] != "" && !seen[m.Name] {
				seen[m.Name] = true
				l.Consts = append(l.Consts, lock.Const{Version: t.Version, QName: t.QualifiedName(), Member: m.Name, Name: tn.Consts[i]})
			}
		}
	}
	return l
}

// Removed reports, as lock-removed infos at the page that had them, the
// routes, types and enum members the lock names and the naming (ops, ts)
// no longer has: the docs removed them, and they leave the lock.
func (lk *Locked) Removed(ops []*Op, ts *Types) []model.Diagnostic {
	if lk == nil {
		return nil
	}
	now := Record(ops, ts)
	has := map[string]bool{}
	for _, o := range now.Ops {
		has["op "+o.Version+" "+o.Route] = true
		has["fold "+foldKey(o.Version+" "+o.Route)] = true
	}
	for _, t := range now.Types {
		has["type "+typeKey(t.Version, t.QName)] = true
	}
	for _, c := range now.Consts {
		has["const "+typeKey(c.Version, c.QName)+" "+c.Member] = true
	}
	var diags []model.Diagnostic
	info := func(page, format string, args ...any) {
		diags = append(diags, model.Diagnostic{Pos: model.Pos{File: page}, Severity: model.SeverityInfo, Code: CodeLockRemoved,
			Message: fmt.Sprintf(format, args...) + "; it leaves " + lock.FileName})
	}
	typePage := map[string]string{}
	for _, t := range lk.src.Types {
		typePage[typeKey(t.Version, t.QName)] = t.Page
		if !has["type "+typeKey(t.Version, t.QName)] {
			info(t.Page, "%s type %s (%s.%s) is no longer in the docs", t.Version, t.QName, t.Package, t.Name)
		}
	}
	for _, o := range lk.src.Ops {
		// A route respelled in another letter case kept its entry (see
		// Locked.op): it is still in the docs.
		if !has["op "+o.Version+" "+o.Route] && !(len(lk.folded[foldKey(o.Version+" "+o.Route)]) == 1 && has["fold "+foldKey(o.Version+" "+o.Route)]) {
			info(o.Page, "%s %s (%s.%s) is no longer in the docs", o.Version, o.Route, o.Package, o.Method)
		}
	}
	for _, c := range lk.src.Consts {
		k := typeKey(c.Version, c.QName)
		if has["type "+k] && !has["const "+k+" "+c.Member] {
			info(typePage[k], "%s enum member %s of %s (%s) is no longer in the docs", c.Version, c.Member, c.QName, c.Name)
		}
	}
	slices.SortFunc(diags, func(a, b model.Diagnostic) int {
		return strings.Compare(a.Pos.File+a.Message, b.Pos.File+b.Message)
	})
	return diags
}
