package names

import (
	"go/token"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// TestTypeNamesFromPageText: whatever a page names its type, the namer
// gives an exported Go identifier, or leaves the type out with a
// name-invalid error at its position.
func TestTypeNamesFromPageText(t *testing.T) {
	for _, c := range []struct {
		name, ns string
		ok       bool
	}{
		{"managedDevice", "microsoft.graph", true},
		{"_x", "", true},
		{"名前", "microsoft.graph", false},
		{`a"b`, "microsoft.graph", false},
		{"../../etc/passwd", "microsoft.graph", false},
		{"passwd", "microsoft.graph.../../etc", false},
		{"", "microsoft.graph", false},
		{"3d", "microsoft.graph", false},
		{"a b", "microsoft.graph", false},
		{"a\x00", "microsoft.graph", false},
	} {
		ty := &model.Type{Pos: model.Pos{File: "p.md", Line: 3, Col: 1}, Version: "beta", Name: c.name, Namespace: c.ns, Kind: model.TypeComplex,
			Properties: []model.Property{{Pos: model.Pos{File: "p.md", Line: 9, Col: 3}, Name: "x,string", Type: model.TypeRef{Primitive: model.PrimString}},
				{Name: "名前", Type: model.TypeRef{Primitive: model.PrimString}}, {Name: "@odata.etag"}}}
		ts, diags := AssignTypes([]*model.Type{ty}, nil)
		tn := ts.Of("beta", ty.QualifiedName())
		if !c.ok {
			if tn != nil {
				t.Errorf("type %q %q was named %q", c.ns, c.name, tn.Name)
			}
			if len(diags) != 1 || diags[0].Code != CodeNameInvalid || diags[0].Pos != ty.Pos || diags[0].Severity != model.SeverityError {
				t.Errorf("type %q %q: diagnostics %v, want one name-invalid error at its position", c.ns, c.name, diags)
			}
			continue
		}
		if tn == nil || !IsIdent(tn.Name, true) {
			t.Fatalf("type %q was not named, or not with an exported identifier: %+v %v", c.name, tn, diags)
		}
		// "x,string" would change the json tag: left out; 名前 is a field.
		if tn.Fields[0] != "" || tn.Fields[1] != "X名前" || tn.Fields[2] != "OdataEtag" {
			t.Errorf("fields %q", tn.Fields)
		}
		if len(diags) != 1 || diags[0].Pos.Line != 9 || diags[0].Code != CodeNameInvalid {
			t.Errorf("diagnostics %v, want one name-invalid for x,string", diags)
		}
	}
}

// TestEnumMembersFromPageText: members get exported constants; one with
// no letters or digits is left out with a diagnostic.
func TestEnumMembersFromPageText(t *testing.T) {
	ty := &model.Type{Version: "beta", Name: "colour", Kind: model.TypeEnum, Members: []model.EnumMember{
		{Name: "red"}, {Name: "名前"}, {Name: `a"b`}, {Name: "--", Pos: model.Pos{File: "e.md", Line: 4, Col: 3}}, {Name: "3d"}}}
	ts, diags := AssignTypes([]*model.Type{ty}, nil)
	tn := ts.Of("beta", "microsoft.graph.colour")
	want := []string{"ColourRed", "ColourX名前", "ColourAB", "", "ColourX3d"}
	for i, w := range want {
		if tn.Consts[i] != w {
			t.Errorf("member %q: constant %q, want %q", ty.Members[i].Name, tn.Consts[i], w)
		}
		if w != "" && !IsIdent(w, true) {
			t.Errorf("%q is not an exported identifier", w)
		}
	}
	if len(diags) != 1 || diags[0].Pos.Line != 4 {
		t.Errorf("diagnostics %v, want one for --", diags)
	}
}

// TestExportedIsExported: Exported gives an exported identifier for
// anything with a letter or digit.
func TestExportedIsExported(t *testing.T) {
	for _, s := range []string{"名前", "3d", "a\"b", "../../etc/passwd", "ÿ", "_x", "x_y", "ǅ"} {
		if e := Exported(s); !token.IsIdentifier(e) || !token.IsExported(e) {
			t.Errorf("Exported(%q) = %q", s, e)
		}
	}
	for _, s := range []string{"q", "out", "contentType", "json", "io"} {
		if got := Param(model.RouteParam{Name: s}); got != s+"_" {
			t.Errorf("Param(%q) = %q: it would clash with a name generated methods use", s, got)
		}
	}
}

// FuzzNames: any text gives valid identifiers or nothing.
func FuzzNames(f *testing.F) {
	for _, s := range []string{"managedDevice", "名前", `a"b`, "../../etc/passwd", "", "3d", "type", "ǅx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if e := Exported(s); !IsIdent(e, true) {
			t.Errorf("Exported(%q) = %q", s, e)
		}
		if u := Unexported(s); !IsIdent(u, false) || token.IsKeyword(u) {
			t.Errorf("Unexported(%q) = %q", s, u)
		}
		if p := Package(s); !IsIdent(p, false) {
			t.Errorf("Package(%q) = %q", s, p)
		}
		if f := Field(s); f != "" && !IsIdent(f, true) {
			t.Errorf("Field(%q) = %q", s, f)
		}
		ty := &model.Type{Version: "beta", Name: s, Kind: model.TypeEnum, Members: []model.EnumMember{{Name: s}}}
		ts, _ := AssignTypes([]*model.Type{ty}, nil)
		if tn := ts.Of("beta", ty.QualifiedName()); tn != nil {
			if !IsIdent(tn.Name, true) || tn.Consts[0] != "" && !IsIdent(tn.Consts[0], true) {
				t.Errorf("type %q: %q %q", s, tn.Name, tn.Consts)
			}
		}
	})
}
