package apichange

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit"
)

// diffTrees compares two synthetic trees as the command does.
func diffTrees(t *testing.T, oldP, newP pages) (*Report, string, string) {
	t.Helper()
	om, od := oldP.load(t)
	nm, nd := newP.load(t)
	oldIn, newIn := Input{Name: "OLD", Model: om}, Input{Name: "NEW", Model: nm}
	r, err := Diff(oldIn, newIn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Comparing only the packages whose files differ finds what comparing
	// every package finds.
	trees, _, err := generateSides(oldIn, newIn, nil)
	if err != nil {
		t.Fatal(err)
	}
	some, err := CompareGo(*trees[0], *trees[1])
	if err != nil {
		t.Fatal(err)
	}
	every, err := compareGo(*trees[0], *trees[1], true)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(some, every) {
		t.Errorf("the packages that differ give\n%v\nevery package gives\n%v", some, every)
	}
	return r, od, nd
}

// TestNewSideKeepsOldNames: the new tree adds a route that makes the
// rules rename the old one (GET /widgets/{id} would become
// GetWidgetByID); the new SDK is generated with the old one's lock, as
// regenerating in place does, so no Go method is removed.
func TestNewSideKeepsOldNames(t *testing.T) {
	more := base().with(pages{"v1.0/api/widget-get.md": apiPage("Get widget", "GET /widgets/{id}\nGET /widgets/nameId={nameId}", widgetPerms, objectResponse)})
	nm, _ := more.load(t)
	fresh, _, err := emit.Generate(nm, emit.Options{GoModule: module, GoOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fresh.Go {
		if strings.Contains(string(f.Data), ") GetWidget(") {
			t.Fatalf("the rules alone keep GetWidget in %s: the test shows nothing", f.Path)
		}
	}
	r, _, _ := diffTrees(t, base(), more)
	if gone := find(r, CatGo, Removed); len(gone) != 0 {
		t.Errorf("Go removed with the lock:\n%s", dump(r))
	}
	if len(find(r, CatOperation, Added)) != 1 {
		t.Errorf("want the new route added:\n%s", dump(r))
	}
}

// find returns the changes of a category and action.
func find(r *Report, cat, action string) []Change {
	var out []Change
	for _, v := range r.Versions {
		for _, c := range v.Changes {
			if c.Category == cat && c.Action == action {
				out = append(out, c)
			}
		}
	}
	return out
}

func dump(r *Report) string {
	var b strings.Builder
	r.WriteText(&b)
	return b.String()
}

func TestSameTreeIsPatch(t *testing.T) {
	r, _, _ := diffTrees(t, base(), base())
	if r.Verdict != Patch || len(r.Versions) != 0 {
		t.Errorf("verdict %s, changes:\n%s", r.Verdict, dump(r))
	}
}

func TestAddedRouteIsMinor(t *testing.T) {
	r, _, nd := diffTrees(t, base(), withList())
	if r.Verdict != Minor || r.Breaking != 0 {
		t.Fatalf("verdict %s, %d breaking:\n%s", r.Verdict, r.Breaking, dump(r))
	}
	ops := find(r, CatOperation, Added)
	if len(ops) != 1 || ops[0].Subject != "GET /widgets" {
		t.Fatalf("operations added %+v", ops)
	}
	want := fmt.Sprintf("%s/v1.0/api/widget-list.md:%d", nd, lineOf(t, withList()["v1.0/api/widget-list.md"], "GET /widgets"))
	if got := posString(ops[0].Pos); !strings.HasPrefix(got, want+":") {
		t.Errorf("added at %s, want %s", got, want)
	}
	if len(find(r, CatGo, Added)) == 0 {
		t.Errorf("no Go addition:\n%s", dump(r))
	}
}

func TestRemovedRouteIsMajorAtOldPage(t *testing.T) {
	r, od, _ := diffTrees(t, withList(), base())
	if r.Verdict != Major {
		t.Fatalf("verdict %s:\n%s", r.Verdict, dump(r))
	}
	ops := find(r, CatOperation, Removed)
	if len(ops) != 1 || !ops[0].Breaking {
		t.Fatalf("operations removed %+v", ops)
	}
	line := lineOf(t, withList()["v1.0/api/widget-list.md"], "GET /widgets")
	if got, want := posString(ops[0].Pos), fmt.Sprintf("%s/v1.0/api/widget-list.md:%d:1", od, line); got != want {
		t.Errorf("removed at %s, want %s", got, want)
	}
	// The Go methods go too, and name the same old page line.
	gone := find(r, CatGo, Removed)
	if len(gone) == 0 {
		t.Fatalf("no Go removal:\n%s", dump(r))
	}
	for _, c := range gone {
		if !c.Breaking || c.Pos.File != od+"/v1.0/api/widget-list.md" || c.Pos.Line != line {
			t.Errorf("Go removal %+v, want breaking at the old route line %d", c, line)
		}
	}
}

func TestTypeChangeIsMajor(t *testing.T) {
	newP := base().with(pages{"v1.0/resources/widget.md": widgetPage("Int32")})
	r, _, nd := diffTrees(t, base(), newP)
	if r.Verdict != Major {
		t.Fatalf("verdict %s:\n%s", r.Verdict, dump(r))
	}
	ps := find(r, CatProperty, Changed)
	if len(ps) != 1 || ps[0].Subject != "microsoft.graph.widget.name" || ps[0].Detail != "String -> Int32" || !ps[0].Breaking {
		t.Fatalf("properties changed %+v", ps)
	}
	line := lineOf(t, newP["v1.0/resources/widget.md"], "| name |")
	if ps[0].Pos.File != nd+"/v1.0/resources/widget.md" || ps[0].Pos.Line != line {
		t.Errorf("changed at %s, want the new page's line %d", posString(ps[0].Pos), line)
	}
	gs := find(r, CatGo, Changed)
	if len(gs) != 1 || !gs[0].Breaking || gs[0].Pos.Line != line {
		t.Errorf("Go changes %+v, want one breaking field change at line %d", gs, line)
	}
}

func TestScopeRaiseHasItsOwnLine(t *testing.T) {
	raised := `|Delegated (work or school account)|Widget.ReadWrite|
|Delegated (personal Microsoft account)|Not supported.|
|Application|Widget.Read.All|`
	page := apiPage("Get widget", "GET /widgets/{id}", raised, objectResponse)
	r, _, nd := diffTrees(t, base(), base().with(pages{"v1.0/api/widget-get.md": page}))
	ps := find(r, CatPermission, Raised)
	if len(ps) != 1 || len(r.Versions) != 1 || len(r.Versions[0].Changes) != 1 {
		t.Fatalf("want one permission line:\n%s", dump(r))
	}
	c := ps[0]
	if c.Subject != "GET /widgets/{id} delegated (work or school)" || c.Detail != "Widget.Read -> Widget.ReadWrite" || !c.Breaking {
		t.Errorf("permission change %+v", c)
	}
	if c.Pos.File != nd+"/v1.0/api/widget-get.md" || c.Pos.Line != lineOf(t, page, "|Delegated (work or school account)") {
		t.Errorf("permission change at %s", posString(c.Pos))
	}
}

func TestScopeLoweredIsNotBreaking(t *testing.T) {
	lowered := `|Delegated (work or school account)|Widget.ReadBasic, Widget.Read, Widget.ReadWrite|
|Delegated (personal Microsoft account)|Not supported.|
|Application|Widget.Read.All|`
	page := apiPage("Get widget", "GET /widgets/{id}", lowered, objectResponse)
	r, _, _ := diffTrees(t, base(), base().with(pages{"v1.0/api/widget-get.md": page}))
	ps := find(r, CatPermission, Changed)
	if len(ps) != 1 || ps[0].Breaking || r.Verdict != Patch || ps[0].Detail != "Widget.Read -> Widget.ReadBasic (Widget.Read still accepted)" {
		t.Errorf("want one changed, non-breaking permission line, patch:\n%s", dump(r))
	}
}

func TestAddedEnumMemberIsMinor(t *testing.T) {
	newP := base().with(pages{"v1.0/resources/widgetcolor.md": colorPage("red", "blue", "green")})
	r, _, nd := diffTrees(t, base(), newP)
	if r.Verdict != Minor {
		t.Fatalf("verdict %s:\n%s", r.Verdict, dump(r))
	}
	ms := find(r, CatMember, Added)
	if len(ms) != 1 || ms[0].Subject != "microsoft.graph.widgetColor.green" {
		t.Fatalf("members added %+v", ms)
	}
	if line := lineOf(t, newP["v1.0/resources/widgetcolor.md"], "|green|"); ms[0].Pos.File != nd+"/v1.0/resources/widgetcolor.md" || ms[0].Pos.Line != line {
		t.Errorf("member at %s, want line %d", posString(ms[0].Pos), line)
	}
}

func TestRemovedEnumMemberIsMajor(t *testing.T) {
	r, _, _ := diffTrees(t, base(), base().with(pages{"v1.0/resources/widgetcolor.md": colorPage("red")}))
	if ms := find(r, CatMember, Removed); len(ms) != 1 || !ms[0].Breaking || r.Verdict != Major {
		t.Errorf("want a breaking member removal:\n%s", dump(r))
	}
}

func TestRemovedBodyTypeAtBodySection(t *testing.T) {
	post := strings.Replace(apiPage("Paint widget", "POST /widgets/{id}/paint", widgetPerms, "If successful, this action returns a `204 No Content` response code."),
		"## Response", "## Request body\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|color|String|The color.|\n\n## Response", 1)
	oldP := base().with(pages{"v1.0/api/widget-paint.md": post})
	r, od, _ := diffTrees(t, oldP, base())
	line := lineOf(t, post, "## Request body")
	n := 0
	for _, c := range find(r, CatGo, Removed) {
		if strings.HasSuffix(c.Subject, "Body") {
			n++
			if c.Pos.File != od+"/v1.0/api/widget-paint.md" || c.Pos.Line != line {
				t.Errorf("%s at %s, want the body section, line %d", c.Subject, posString(c.Pos), line)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d body types removed:\n%s", n, dump(r))
	}
}

// TestBodyTableToResourceIsOneChange: a page whose body was a parameter
// table and now says "supply a JSON representation of the [widget]
// object" (keeping its table) changed its body once; its rows were not
// removed.
func TestBodyTableToResourceIsOneChange(t *testing.T) {
	table := "|Parameter|Type|Description|\n|:---|:---|:---|\n|name|String|The name.|\n"
	page := func(intro string) string {
		return strings.Replace(apiPage("Update widget", "PATCH /widgets/{id}", widgetPerms, "If successful, this method returns a `204 No Content` response code."),
			"## Response", "## Request body\n\n"+intro+table+"\n## Response", 1)
	}
	oldP := base().with(pages{"v1.0/api/widget-update.md": page("")})
	newP := base().with(pages{"v1.0/api/widget-update.md": page("In the request body, supply a JSON representation of the [widget](../resources/widget.md) object.\n\n")})
	r, _, _ := diffTrees(t, oldP, newP)
	if ps := find(r, CatParameter, Removed); len(ps) != 0 {
		t.Errorf("parameters removed %+v", ps)
	}
	if bs := find(r, CatBody, Changed); len(bs) != 1 || bs[0].Detail != "parameters -> microsoft.graph.widget" {
		t.Errorf("body changes %+v:\n%s", bs, dump(r))
	}
}

// TestLockJSONIsReported: widget is in models (two workloads return it),
// part in gadgets (only gadgets returns it), and gadgets imports models;
// the new tree gives widget a property of type part, which models cannot
// name without importing gadgets: with the old side's lock, the property
// is JSON in Go, reported as a lock change at the property's line, not
// breaking; the part type stays in gadgets (no Go removal).
func TestLockJSONIsReported(t *testing.T) {
	partPage := "---\ntitle: \"part resource type\"\ndoc_type: resourcePageType\n---\n\n# part resource type\n\nNamespace: microsoft.graph\n\nA part.\n\n## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n| id | String | The key. |\n| size | Int32 | The size. |\n"
	partResponse := "If successful, this method returns a `200 OK` response code and a [part](../resources/part.md) object in the response body."
	oldP := base().with(pages{
		"v1.0/api/gadget-get-widget.md": apiPage("Get gadget widget", "GET /gadgets/{id}/widget", widgetPerms, objectResponse),
		"v1.0/api/gadget-get-part.md":   apiPage("Get gadget part", "GET /gadgets/{id}/part", widgetPerms, partResponse),
		"v1.0/resources/part.md":        partPage,
	})
	newWidget := widgetPage("String | The name. |\n| part | [part](part.md)")
	newP := oldP.with(pages{"v1.0/resources/widget.md": newWidget})
	r, _, nd := diffTrees(t, oldP, newP)
	ls := find(r, CatLock, Changed)
	line := lineOf(t, newWidget, "| part |")
	if len(ls) != 1 || ls[0].Subject != "lock-json" || ls[0].Breaking || ls[0].Pos.File != nd+"/v1.0/resources/widget.md" || ls[0].Pos.Line != line ||
		!strings.Contains(ls[0].Detail, "property part of microsoft.graph.widget is JSON (json.RawMessage) in Go") {
		t.Fatalf("lock changes %+v:\n%s", ls, dump(r))
	}
	for _, c := range find(r, CatGo, Removed) {
		t.Errorf("Go removed: %+v", c)
	}
	if r.Verdict != Minor {
		t.Errorf("verdict %s:\n%s", r.Verdict, dump(r))
	}
}

// TestPermissionsComparedOnTheSamePage: the old docs document GET
// /widgets/{id} on two pages, the owning one (widget-get) with another
// scope; the new docs drop that page and keep the other (widget-fetch)
// unchanged: no permission line (the scopes of one page did not change),
// not "raised".
func TestPermissionsComparedOnTheSamePage(t *testing.T) {
	other := `|Delegated (work or school account)|Other.ReadWrite.All|
|Delegated (personal Microsoft account)|Not supported.|
|Application|Other.ReadWrite.All|`
	fetch := apiPage("Fetch widget", "GET /widgets/{id}", widgetPerms, objectResponse)
	oldP := base().with(pages{"v1.0/api/widget-get.md": apiPage("Get widget", "GET /widgets/{id}", other, objectResponse), "v1.0/api/widget-fetch.md": fetch})
	newP := base().with(pages{"v1.0/api/widget-get.md": "", "v1.0/api/widget-fetch.md": fetch})
	r, _, _ := diffTrees(t, oldP, newP)
	if ps := append(find(r, CatPermission, Raised), find(r, CatPermission, Changed)...); len(ps) != 0 {
		t.Errorf("permission lines %+v:\n%s", ps, dump(r))
	}
}
