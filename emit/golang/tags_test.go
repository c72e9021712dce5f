package golang

import (
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// TestPointerFieldsOmitEmpty: a model's pointer fields are omitempty, not
// omitzero: encoding/json's omitzero calls IsZero, so a *time.Time
// pointing at the zero time (chat-post-members sends
// "visibleHistoryStartDateTime": "0001-01-01T00:00:00Z" for the whole
// history) was left out of the request. Slices stay omitzero ([] is sent).
func TestPointerFieldsOmitEmpty(t *testing.T) {
	m, ops, ts := failureModel()
	ty := ts.Of("beta", "microsoft.graph.thing").Type
	ty.Properties = append(ty.Properties,
		model.Property{Name: "since", Type: model.TypeRef{Primitive: model.PrimDateTimeOffset}},
		model.Property{Name: "on", Type: model.TypeRef{Primitive: model.PrimDate}},
		model.Property{Name: "tags", Type: model.TypeRef{Primitive: model.PrimString, Collection: true}})
	ts2, _ := names.AssignTypes(m.Types, ops)
	files, _, err := Generate(m, ops, ts2, Config{Module: "example.com/sdk"})
	if err != nil {
		t.Fatal(err)
	}
	var src string
	for _, f := range files {
		if strings.Contains(string(f.Data), "type Thing struct") {
			src = string(f.Data)
		}
	}
	src = strings.Join(strings.Fields(src), " ") // gofmt aligns the columns
	for _, want := range []string{"*time.Time `json:\"since,omitempty\"`", "*graph.Date `json:\"on,omitempty\"`", "*string `json:\"x,omitempty\"`", "[]string `json:\"tags,omitzero\"`"} {
		if !strings.Contains(src, want) {
			t.Errorf("no %s in\n%s", want, src)
		}
	}
}
