package emit

import (
	"errors"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/golang"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// TestLeftOut: failed pages lose their operations and failed types leave
// the model, each once, with an error at its position; m is unchanged.
func TestLeftOut(t *testing.T) {
	pg := &model.Page{Pos: model.Pos{File: "p.md", Line: 1, Col: 1}, File: "beta/api/p.md", Version: "beta"}
	ty := &model.Type{Pos: model.Pos{File: "t.md", Line: 5, Col: 1}, Name: "t"}
	keep := &model.Type{Name: "u"}
	m := &model.Model{Types: []*model.Type{ty, keep}, Operations: []*model.Operation{
		{Version: "beta", Page: "beta/api/p.md"}, {Version: "beta", Page: "beta/api/q.md"}}}
	var l leftOut
	fails := []golang.Failure{{Page: pg, Err: errors.New("bad")}, {Type: ty, Panic: true, Err: errors.New("panic: x")}}
	if !l.add(fails) || l.add(fails) {
		t.Fatal("add reports new failures wrongly")
	}
	if len(l.diags) != 2 || l.diags[0].Code != CodeGoInvalid || l.diags[0].Pos != pg.Pos || l.diags[1].Code != CodeInternal || l.diags[1].Pos != ty.Pos {
		t.Errorf("diagnostics %v", l.diags)
	}
	out := l.apply(m)
	if len(out.Operations) != 1 || out.Operations[0].Page != "beta/api/q.md" || len(out.Types) != 1 || out.Types[0] != keep {
		t.Errorf("apply: %+v", out)
	}
	if len(m.Operations) != 2 || len(m.Types) != 2 {
		t.Error("apply changed m")
	}
}
