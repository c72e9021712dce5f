package golang

import (
	"encoding/json"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// strictView is the example body the replay checks strictly against the
// body type: the body without the members that open types take beyond
// their properties (plannerAssignments is keyed by user ids). An open
// type accepts any member, and the client sends them through
// AdditionalData, so they are not docs errors. Objects are typed by their
// "@odata.type" when it names a defined type, else by the property that
// holds them; a parameter-table body types its top-level members by the
// table.
func strictView(bodyJSON string, o *names.Op, ty *typer) string {
	var v any
	if json.Unmarshal([]byte(bodyJSON), &v) != nil {
		return bodyJSON
	}
	w := openWalker{ty: ty, version: o.Version}
	changed := false
	if tn := bodyType(o, ty); tn != nil {
		changed = w.walk(v, tn.Type)
	} else if obj, ok := v.(map[string]any); ok && hasParamBody(o.Page) {
		for _, p := range o.Page.RequestBody.Parameters {
			for k, x := range obj {
				if strings.EqualFold(k, p.Name) {
					changed = w.walk(x, w.typeOf(p.Type)) || changed
				}
			}
		}
	}
	if !changed {
		return bodyJSON
	}
	b, err := json.Marshal(v)
	if err != nil {
		return bodyJSON
	}
	return string(b)
}

type openWalker struct {
	ty      *typer
	version string
}

func (w openWalker) typeOf(r model.TypeRef) *model.Type {
	if tn := w.ty.types.Ref(w.version, r); tn != nil {
		return tn.Type
	}
	return nil
}

// walk drops, in place, the undeclared members of open-typed objects in v
// (of type t), and reports whether it dropped any.
func (w openWalker) walk(v any, t *model.Type) bool {
	if t == nil {
		return false
	}
	changed := false
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			changed = w.walk(x, t) || changed
		}
	case map[string]any:
		if odt, ok := v["@odata.type"].(string); ok {
			if tn := w.ty.types.Of(w.version, strings.TrimPrefix(odt, "#")); tn != nil {
				t = tn.Type
			}
		}
		props := map[string]model.TypeRef{}
		open := false
		for x, n := t, 0; x != nil && n < 64; n++ {
			open = open || x.Open
			for _, p := range x.Properties {
				props[strings.ToLower(p.Name)] = p.Type
			}
			if x.Base == "" {
				break
			}
			tn := w.ty.types.Of(w.version, x.Base)
			if tn == nil {
				break
			}
			x = tn.Type
		}
		for k, x := range v {
			if r, ok := props[strings.ToLower(k)]; ok {
				changed = w.walk(x, w.typeOf(r)) || changed
			} else if open && !strings.Contains(k, "@") {
				delete(v, k)
				changed = true
			}
		}
	}
	return changed
}
