package names

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/lock"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// relocked runs Assign on before, records the lock through the lock
// file's text, and runs AssignLocked on after with it.
func relocked(t *testing.T, before, after *model.Model) ([]*Op, []model.Diagnostic) {
	t.Helper()
	ops, _ := Assign(before)
	ts, _ := AssignTypes(nil, ops)
	l, err := lock.Parse(Record(ops, ts).Format())
	if err != nil {
		t.Fatal(err)
	}
	return AssignLocked(after, NewLocked(l))
}

func opNames(ops []*Op) map[string]string {
	out := map[string]string{}
	for _, o := range ops {
		out[o.Route.Method+" "+o.Route.Path] = o.ID()
	}
	return out
}

// TestLockKeepsOperationNames: a page adds a route that collides with a
// locked one: the locked route keeps its short name and the new one
// takes a longer form (without the lock, both would); other new routes
// are named by the rules.
func TestLockKeepsOperationNames(t *testing.T) {
	march := map[string][]string{"directoryrole-get": {"GET /directoryRoles/{role-id}"}}
	july := map[string][]string{"directoryrole-get": {"GET /directoryRoles/{role-id}", "GET /directoryRoles/roleTemplateId={roleTemplateId}"},
		"calendar-get": {"GET /me/calendar", "GET /me/calendars/{id}"}}
	rules, _ := Assign(pageModel(july))
	ops, diags := relocked(t, pageModel(march), pageModel(july))
	got, fresh := opNames(ops), opNames(rules)
	const old, added = "GET /directoryRoles/{role-id}", "GET /directoryRoles/roleTemplateId={roleTemplateId}"
	if fresh[old] == "directoryroles.GetDirectoryRole" {
		t.Fatalf("the rules alone do not rename the route: %v", fresh)
	}
	if got[old] != "directoryroles.GetDirectoryRole" || got[added] == "" || got[added] == got[old] {
		t.Errorf("with the lock: %v", got)
	}
	for k, v := range got {
		if strings.HasPrefix(k, "GET /me/") && v != fresh[k] {
			t.Errorf("new route %s: %s, want the rules' %s", k, v, fresh[k])
		}
	}
	if len(diags) != 0 {
		t.Errorf("diagnostics: %v", diags)
	}
}

// TestLockCollisionEveryForm: the lock names /me/calendars/{id}
// GetCalendar; a new /me/calendar is GetCalendar in every form, so it
// takes the suffix Op; a new route the same as a locked one but for
// letter case is left out in its favour.
func TestLockCollisionEveryForm(t *testing.T) {
	march := pageModel(map[string][]string{"calendar-get": {"GET /me/calendars/{id}"}})
	july := pageModel(map[string][]string{"calendar-get": {"GET /me/calendars/{id}", "GET /me/calendar", "GET /me/Calendars/{id}"}})
	ops, diags := relocked(t, march, july)
	got := opNames(ops)
	want := map[string]string{"GET /me/calendars/{id}": "me.GetCalendar", "GET /me/calendar": "me.GetCalendarOp"}
	if !maps.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if len(diags) != 1 || diags[0].Code != "route-spelling" {
		t.Errorf("the case variant: %v", diags)
	}
}

// TestLockBodies: a locked body name stays; a new page whose rule name is
// locked takes its page-name form.
func TestLockBodies(t *testing.T) {
	march := pageModel(map[string][]string{"user-sendmail-body": {"POST /me/sendMail"}})
	july := pageModel(map[string][]string{"user-sendmail-body": {"POST /me/sendMail"}, "other-sendmail-body": {"POST /me/sendMail()"}})
	ops, _ := relocked(t, march, july)
	for _, o := range ops {
		want := map[string]string{"user-sendmail-body": "SendMailBody", "other-sendmail-body": "OtherSendmailBodyBody"}[o.Page.Name]
		if o.Body != want {
			t.Errorf("%s: body %s, want %s", o.Page.Name, o.Body, want)
		}
	}
}

// TestLockTypePlacement: a type locked in the shared package stays there
// though one workload uses it now; one locked in a workload package stays
// there though no operation uses it; one locked in a workload that
// another workload now uses stays too, with what it refers to (the other
// workload imports its package: no cycle); a locked name and constant
// stay though the rules would now name them otherwise; what is gone is
// reported.
func TestLockTypePlacement(t *testing.T) {
	shared, solo, spread, spreadChild := typ("shared", "", "a"), typ("solo", "", "b"), typ("spread", "", "c"), typ("spreadChild", "", "d")
	refTo(spread, "child", "spreadChild")
	color := typ("color", "")
	color.Kind = model.TypeEnum
	color.Members = []model.EnumMember{{Name: "red"}, {Name: "blue"}}
	l := &lock.Lock{
		Types: []lock.Type{
			{Version: "v1.0", QName: "microsoft.graph.shared", Package: Shared, Name: "Shared"},
			{Version: "v1.0", QName: "microsoft.graph.solo", Package: "w1", Name: "Solo"},
			{Version: "v1.0", QName: "microsoft.graph.spread", Package: "w1", Name: "Spread"},
			{Version: "v1.0", QName: "microsoft.graph.spreadChild", Package: "w1", Name: "SpreadKid"},
			{Version: "v1.0", QName: "microsoft.graph.color", Package: "w2", Name: "Colour"},
			{Version: "v1.0", QName: "microsoft.graph.gone", Package: "w1", Name: "Gone", Page: "v1.0/resources/gone.md"},
		},
		Consts: []lock.Const{{Version: "v1.0", QName: "microsoft.graph.color", Member: "red", Name: "ColourRed"}},
	}
	lk := NewLocked(l)
	ops := []*Op{returning("w1", "shared", ""), returning("w1", "spread", ""), returning("w2", "spread", "color")}
	ts, diags := AssignTypesLocked([]*model.Type{shared, solo, spread, spreadChild, color}, ops, lk)
	want := map[string]string{"shared": Shared + ".Shared", "solo": "w1.Solo", "spread": "w1.Spread", "spreadChild": "w1.SpreadKid", "color": "w2.Colour"}
	for n, w := range want {
		tn := ts.Of("v1.0", "microsoft.graph."+n)
		if got := tn.Package + "." + tn.Name; got != w {
			t.Errorf("%s: %s, want %s", n, got, w)
		}
		if len(tn.Was) != 0 {
			t.Errorf("%s left aliases %v", n, tn.Was)
		}
	}
	if l := Record(ops, ts); len(l.Aliases) != 0 {
		t.Errorf("aliases recorded: %v", l.Aliases)
	}
	if c := ts.Of("v1.0", "microsoft.graph.color").Consts; !slices.Equal(c, []string{"ColourRed", "ColourBlue"}) {
		t.Errorf("constants %v", c)
	}
	if len(diags) != 0 {
		t.Errorf("diagnostics %v", diags)
	}
	removed := lk.Removed(nil, ts)
	if len(removed) != 1 || removed[0].Code != CodeLockRemoved || removed[0].Pos.File != "v1.0/resources/gone.md" {
		t.Errorf("removed: %v", removed)
	}
	// The rules alone: spread is shared, the rest in the one workload.
	fresh, _ := AssignTypes([]*model.Type{shared, solo, spread, spreadChild, color}, ops)
	if tn := fresh.Of("v1.0", "microsoft.graph.shared"); tn.Package != "w1" {
		t.Errorf("rules: shared in %s", tn.Package)
	}
	if tn := fresh.Of("v1.0", "microsoft.graph.spread"); tn.Package != Shared {
		t.Errorf("rules: spread in %s", tn.Package)
	}
}

// TestLockPlacementCycle: w2 uses a type locked in w1 and w1 one locked in
// w2; keeping both would make w1 and w2 import each other, so the cheaper
// edge is cut (one locked type each: the first by package, w1 -> w2): its
// type moves to the shared package (lock-moved) with what it refers to
// in w2 (the alias w2 keeps imports models, so models may not import
// w2), and w2 keeps their names as aliases; the rest stays.
func TestLockPlacementCycle(t *testing.T) {
	a, b, bChild := typ("a", "", "x"), typ("b", "", "y"), typ("bChild", "", "z")
	refTo(b, "child", "bChild")
	l := &lock.Lock{Types: []lock.Type{
		{Version: "v1.0", QName: "microsoft.graph.a", Package: "w1", Name: "A"},
		{Version: "v1.0", QName: "microsoft.graph.b", Package: "w2", Name: "B"},
		{Version: "v1.0", QName: "microsoft.graph.bChild", Package: "w2", Name: "BChild"},
	}}
	ops := []*Op{returning("w1", "a", "b"), returning("w2", "a", ""), returning("w2", "bChild", "")}
	ts, diags := AssignTypesLocked([]*model.Type{a, b, bChild}, ops, NewLocked(l))
	want := map[string]string{"a": "w1.A", "b": Shared + ".B", "bChild": Shared + ".BChild"}
	for n, w := range want {
		if tn := ts.Of("v1.0", "microsoft.graph."+n); tn.Package+"."+tn.Name != w {
			t.Errorf("%s: %s.%s, want %s", n, tn.Package, tn.Name, w)
		}
	}
	for _, n := range []string{"b", "bChild"} {
		tn := ts.Of("v1.0", "microsoft.graph."+n)
		if !slices.Equal(tn.Was, []Alias{{Package: "w2", Name: tn.Name}}) {
			t.Errorf("%s was %v", n, tn.Was)
		}
	}
	if len(diags) != 2 || diags[0].Code != CodeLockMoved || diags[1].Code != CodeLockMoved || !strings.Contains(diags[0].Message, "operations of package w1 take it and packages w1, w2 would import each other") ||
		!strings.Contains(diags[1].Message, "microsoft.graph.b, in package models, refers to it (property child") {
		t.Errorf("diagnostics %v", diags)
	}
}

// TestLockKeepsPoly: a type the lock decodes by @odata.type stays so (its
// interface and wrapper keep their locked names) when its last derived
// type is gone from the docs.
func TestLockKeepsPoly(t *testing.T) {
	res, holder := typ("resource", "", "a"), typ("holder", "", "b")
	refTo(holder, "resource", "resource")
	ops := []*Op{returning("w1", "holder", "")}
	fresh, _ := AssignTypes([]*model.Type{res, holder}, ops)
	if fresh.Of("v1.0", "microsoft.graph.resource").Poly {
		t.Fatal("the rules decode a type without derived types by @odata.type")
	}
	lk := NewLocked(&lock.Lock{
		Types: []lock.Type{{Version: "v1.0", QName: "microsoft.graph.resource", Package: "w1", Name: "Resource"}},
		Polys: []lock.Poly{{Version: "v1.0", QName: "microsoft.graph.resource", Iface: "ResourceValue", Any: "AnyResource"}},
	})
	ts, diags := AssignTypesLocked([]*model.Type{res, holder}, ops, lk)
	tn := ts.Of("v1.0", "microsoft.graph.resource")
	if !tn.Poly || tn.Iface != "ResourceValue" || tn.Any != "AnyResource" || len(diags) != 0 {
		t.Errorf("%+v %v", tn, diags)
	}
}

// TestLockKeepsRespelledRoutes: a route the model now spells in another
// letter case (model.RespellRoutes: directoryaudits as directoryAudits)
// keeps the name a lock gave it, and is not reported removed; without a
// lock it is named by its new spelling. A route whose old spelling is
// still documented does not take that spelling's name.
func TestLockKeepsRespelledRoutes(t *testing.T) {
	before := pageModel(map[string][]string{"directoryaudit-list": {"GET /auditLogs/directoryaudits"},
		"range": {"GET /me/range", "GET /me/Range/x"}})
	after := pageModel(map[string][]string{"directoryaudit-list": {"GET /auditLogs/directoryAudits"},
		"range": {"GET /me/range", "GET /me/Range/x", "GET /me/Range"}})
	ops, _ := Assign(before)
	ts, _ := AssignTypes(nil, ops)
	l, err := lock.Parse(Record(ops, ts).Format())
	if err != nil {
		t.Fatal(err)
	}
	lk := NewLocked(l)
	got, _ := AssignLocked(after, lk)
	names := opNames(got)
	if names["GET /auditLogs/directoryAudits"] != "auditlogs.GetDirectoryaudits" {
		t.Errorf("respelled route: %v", names)
	}
	if names["GET /me/Range"] == names["GET /me/range"] {
		t.Errorf("a new spelling of a documented route took its name: %v", names)
	}
	if fresh, _ := Assign(after); opNames(fresh)["GET /auditLogs/directoryAudits"] != "auditlogs.GetDirectoryAudits" {
		t.Errorf("without the lock: %v", opNames(fresh))
	}
	ts2, _ := AssignTypes(nil, got)
	for _, d := range lk.Removed(got, ts2) {
		t.Errorf("reported removed: %s", d.Message)
	}
}

// jsonRefCase: the lock (written with its import graph: w1 imports
// models) places msg in models and hosted in w1, whose operations return
// msg; the docs then give msg a property of type hosted, which package
// models cannot name without importing w1.
func jsonRefCase(imports []lock.Import) (types []*model.Type, ops []*Op, l *lock.Lock) {
	msg, hosted := typ("msg", "", "body"), typ("hosted", "", "bytes")
	refTo(msg, "hostedContents", "hosted")
	l = &lock.Lock{Types: []lock.Type{
		{Version: "v1.0", QName: "microsoft.graph.msg", Package: Shared, Name: "Msg"},
		{Version: "v1.0", QName: "microsoft.graph.hosted", Package: "w1", Name: "Hosted"},
	}, Imports: imports, Version: lock.CurrentFormat}
	return []*model.Type{msg, hosted}, []*Op{returning("w1", "msg", ""), returning("w1", "hosted", ""), returning("w2", "msg", "")}, l
}

// TestLockNewReferenceAsJSON: a reference the docs added that would close
// an import cycle is kept as JSON (lock-json at the property); nothing
// moves; the lock records it, and a later run keeps it JSON although the
// cycle is gone.
func TestLockNewReferenceAsJSON(t *testing.T) {
	types, ops, l := jsonRefCase([]lock.Import{{Version: "v1.0", From: "w1", To: Shared}, {Version: "v1.0", From: "w2", To: Shared}})
	ts, diags := AssignTypesLocked(types, ops, NewLocked(l))
	msg, hosted := ts.Of("v1.0", "microsoft.graph.msg"), ts.Of("v1.0", "microsoft.graph.hosted")
	if msg.Package != Shared || hosted.Package != "w1" || len(msg.Was)+len(hosted.Was) != 0 {
		t.Fatalf("placed msg in %s (was %v), hosted in %s (was %v)", msg.Package, msg.Was, hosted.Package, hosted.Was)
	}
	if !msg.AsJSON("microsoft.graph.hosted") || len(msg.JSONRefs) != 1 || len(hosted.JSONRefs) != 0 {
		t.Errorf("JSON references: msg %v, hosted %v", msg.JSONRefs, hosted.JSONRefs)
	}
	if len(diags) != 1 || diags[0].Code != CodeLockJSON || !strings.Contains(diags[0].Message, "property hostedContents of microsoft.graph.msg is JSON") ||
		!strings.Contains(diags[0].Message, "packages models, w1 would import each other") {
		t.Errorf("diagnostics %v", diags)
	}
	rec := Record(ops, ts)
	if !slices.Equal(rec.JSON, []lock.JSONRef{{Version: "v1.0", From: "microsoft.graph.msg", To: "microsoft.graph.hosted"}}) {
		t.Errorf("recorded %v", rec.JSON)
	}
	if !slices.Contains(rec.Imports, lock.Import{Version: "v1.0", From: "w1", To: Shared}) || slices.Contains(rec.Imports, lock.Import{Version: "v1.0", From: Shared, To: "w1"}) {
		t.Errorf("recorded imports %v", rec.Imports)
	}
	// Later, w1's operations stop returning msg: no cycle any more, but
	// the field keeps its Go type.
	later, _ := AssignTypesLocked(types, ops[1:], NewLocked(rec))
	if m := later.Of("v1.0", "microsoft.graph.msg"); !m.AsJSON("microsoft.graph.hosted") || m.Package != Shared {
		t.Errorf("later: msg in %s, JSON %v", m.Package, m.JSONRefs)
	}
	// -relock: the rules place msg (two workloads) in Shared and hosted in
	// w1, and type the reference... by moving hosted to Shared.
	fresh, _ := AssignTypes(types, ops)
	if f := fresh.Of("v1.0", "microsoft.graph.hosted"); f.Package != Shared || len(fresh.Of("v1.0", "microsoft.graph.msg").JSONRefs) != 0 {
		t.Errorf("rules: hosted in %s", f.Package)
	}
}

// TestLockOldReferenceMoves: a reference the lock's run may have had (its
// lock is of format 1, whose import entries say nothing, or had models
// import w1) is not turned into
// JSON, which would change a field callers use: the locked type moves,
// leaving an alias, as before.
func TestLockOldReferenceMoves(t *testing.T) {
	for name, imports := range map[string][]lock.Import{
		"format 1":           {{Version: "v1.0", From: "w1", To: Shared}, {Version: "v1.0", From: "w2", To: Shared}},
		"models imported w1": {{Version: "v1.0", From: Shared, To: "w1"}, {Version: "v1.0", From: "w2", To: Shared}},
	} {
		types, ops, l := jsonRefCase(imports)
		if name == "format 1" {
			l.Version = 1
		}
		ts, diags := AssignTypesLocked(types, ops, NewLocked(l))
		hosted := ts.Of("v1.0", "microsoft.graph.hosted")
		if hosted.Package != Shared || !slices.Equal(hosted.Was, []Alias{{Package: "w1", Name: "Hosted"}}) || len(ts.Of("v1.0", "microsoft.graph.msg").JSONRefs) != 0 {
			t.Errorf("%s: hosted in %s was %v", name, hosted.Package, hosted.Was)
		}
		if len(diags) != 1 || diags[0].Code != CodeLockMoved {
			t.Errorf("%s: diagnostics %v", name, diags)
		}
	}
}

// TestLockNewTypesFollow: a new base type (the lock does not place it),
// which the rules put in models since w1 and w2 use it, is decoded by
// @odata.type into a type locked in w1, which imports models: the new type
// goes to w1 rather than anything locked moving or any reference turning
// into JSON.
func TestLockNewTypesFollow(t *testing.T) {
	scope, reviewer, common := typ("scope", ""), typ("reviewer", "scope", "query"), typ("common", "", "x")
	l := &lock.Lock{Types: []lock.Type{
		{Version: "v1.0", QName: "microsoft.graph.common", Package: Shared, Name: "Common"},
		{Version: "v1.0", QName: "microsoft.graph.reviewer", Package: "w1", Name: "Reviewer"},
	}, Imports: []lock.Import{{Version: "v1.0", From: "w1", To: Shared}, {Version: "v1.0", From: "w2", To: Shared}}, Version: lock.CurrentFormat}
	ops := []*Op{returning("w1", "common", "reviewer"), returning("w2", "scope", "common")}
	ts, diags := AssignTypesLocked([]*model.Type{scope, reviewer, common}, ops, NewLocked(l))
	want := map[string]string{"scope": "w1", "reviewer": "w1", "common": Shared}
	for n, w := range want {
		tn := ts.Of("v1.0", "microsoft.graph."+n)
		if tn.Package != w || len(tn.JSONRefs) != 0 || len(tn.Was) != 0 {
			t.Errorf("%s in %s (JSON %v, was %v), want %s", n, tn.Package, tn.JSONRefs, tn.Was, w)
		}
	}
	if !ts.Of("v1.0", "microsoft.graph.scope").Poly {
		t.Error("scope is not decoded by @odata.type")
	}
	if len(diags) != 0 {
		t.Errorf("diagnostics %v", diags)
	}
	if fresh, _ := AssignTypes([]*model.Type{scope, reviewer, common}, ops); fresh.Of("v1.0", "microsoft.graph.scope").Package != Shared {
		t.Error("the rules alone do not put scope in models")
	}
}

// TestLockKeepsPlain: identitySet, locked without Poly names (nothing
// derived from it when the lock was written), gains a derived type: the
// rules would decode it by @odata.type (its fields would become
// AnyIdentitySet), the lock keeps it plain, listing the derived type for
// OpenAPI, with a lock-plain info; the recorded lock keeps it plain.
func TestLockKeepsPlain(t *testing.T) {
	set, from, drive := typ("identitySet", "", "user"), typ("chatMessageFromIdentitySet", "identitySet"), typ("drive", "", "id")
	refTo(drive, "owner", "identitySet")
	ops := []*Op{returning("w1", "drive", "")}
	types := []*model.Type{set, from, drive}
	if fresh, _ := AssignTypes(types, ops); !fresh.Of("v1.0", "microsoft.graph.identitySet").Poly {
		t.Fatal("the rules do not decode identitySet by @odata.type")
	}
	lk := &lock.Lock{Version: lock.CurrentFormat, Types: []lock.Type{
		{Version: "v1.0", QName: "microsoft.graph.identitySet", Package: "w1", Name: "IdentitySet"},
		{Version: "v1.0", QName: "microsoft.graph.drive", Package: "w1", Name: "Drive"},
	}}
	ts, diags := AssignTypesLocked(types, ops, NewLocked(lk))
	tn := ts.Of("v1.0", "microsoft.graph.identitySet")
	if tn.Poly || !tn.Plain || tn.Any != "" || len(tn.Derived) != 1 || tn.Derived[0] != from {
		t.Errorf("identitySet: Poly %v Plain %v Any %q Derived %v", tn.Poly, tn.Plain, tn.Any, tn.Derived)
	}
	if len(diags) != 1 || diags[0].Code != CodeLockPlain || diags[0].Severity != model.SeverityInfo ||
		!strings.Contains(diags[0].Message, "type microsoft.graph.identitySet has derived types (microsoft.graph.chatMessageFromIdentitySet)") {
		t.Errorf("diagnostics %v", diags)
	}
	rec := Record(ops, ts)
	if len(rec.Polys) != 0 {
		t.Errorf("recorded Poly names %v", rec.Polys)
	}
	again, _ := AssignTypesLocked(types, ops, NewLocked(rec))
	if a := again.Of("v1.0", "microsoft.graph.identitySet"); a.Poly || !a.Plain {
		t.Errorf("with the recorded lock: Poly %v Plain %v", a.Poly, a.Plain)
	}
}
