package graph

import (
	"encoding/json"
	"testing"
)

func TestExtraRoundTrip(t *testing.T) {
	type body struct {
		Name string `json:"name,omitempty"`
		On   *bool  `json:"on,omitempty"`
	}
	in := `{"name":"x","on":false,"@odata.type":"#microsoft.graph.thing","n":1}`
	var b body
	extra, err := UnmarshalWithExtra([]byte(in), &b, "name", "on")
	if err != nil || b.Name != "x" || b.On == nil || *b.On || len(extra) != 2 {
		t.Fatalf("decoded %+v, extra %v, %v", b, extra, err)
	}
	out, err := MarshalWithExtra(b, extra)
	if err != nil {
		t.Fatal(err)
	}
	var x, y any
	json.Unmarshal([]byte(in), &x)
	json.Unmarshal(out, &y)
	if jx, jy := mustJSON(x), mustJSON(y); jx != jy {
		t.Errorf("round trip %s, want %s", jy, jx)
	}
	// A member of the struct wins over an extra of the same name.
	out, _ = MarshalWithExtra(body{Name: "field"}, map[string]json.RawMessage{"name": json.RawMessage(`"extra"`)})
	if string(out) != `{"name":"field"}` {
		t.Errorf("got %s", out)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
