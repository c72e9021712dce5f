package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// Types for the property test: every shape the AdditionalData pass treats
// differently.
type (
	fpBase struct {
		ODataType      *string        `json:"@odata.type,omitempty"`
		ID             *string        `json:"id,omitzero"`
		AdditionalData map[string]any `json:"-"`
	}
	// fpItem derives from fpBase.
	fpItem struct {
		fpBase
		Name  *string   `json:"name,omitzero"`
		Count *int64    `json:"count,omitzero"`
		Tags  []string  `json:"tags,omitzero"`
		When  *Date     `json:"when,omitzero"`
		Blob  []byte    `json:"blob,omitzero"`
		Child *fpItem   `json:"child,omitzero"`
		Pair  [2]fpLeaf `json:"pair"`
	}
	// fpLeaf is a root type of its own.
	fpLeaf struct {
		ODataType      *string        `json:"@odata.type,omitempty"`
		Value          *float64       `json:"value,omitzero"`
		AdditionalData map[string]any `json:"-"`
	}
	// fpPlain has no AdditionalData but holds types that do.
	fpPlain struct {
		Label string             `json:"label"`
		Leaf  *fpLeaf            `json:"leaf,omitzero"`
		ByKey map[string]*fpLeaf `json:"byKey,omitzero"` // maps are not walked
		Skip  *fpLeaf            `json:"-"`
	}
	fpDoc struct {
		adRoot
		Items   []fpItem  `json:"items"`
		Ptrs    []*fpLeaf `json:"ptrs"`
		Any     []fpAny   `json:"any"`
		Plain   fpPlain   `json:"plain"`
		Free    any       `json:"free,omitzero"`
		Owner   *adAny    `json:"owner,omitzero"`
		Numbers []int     `json:"numbers"`
	}
)

// fpAny is a generated-style Any wrapper choosing the type by @odata.type.
type fpAny struct{ Value any }

func (a fpAny) MarshalJSON() ([]byte, error) { return json.Marshal(a.Value) }
func (a *fpAny) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		a.Value = nil
		return nil
	}
	var v any = new(fpLeaf)
	if ODataTypeName(ODataType(data)) == "item" {
		v = new(fpItem)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return err
	}
	a.Value = v
	return nil
}

// fpGen writes random JSON for Go types, with unknown members, nulls,
// repeated members and names that differ from a field's only in case.
type fpGen struct {
	r *rand.Rand
	b bytes.Buffer
}

var fpNames = []string{"extra", "@odata.etag", "members@odata.bind", "ID", "Name", "n\u00e4me", `a\"b`, `esc\u0061ped`, `i\u0064`, "id", "name", "value", "x"}

func (g *fpGen) free(depth int) {
	switch n := g.r.IntN(9); {
	case n == 0 && depth < 3:
		g.b.WriteByte('{')
		for i := range g.r.IntN(3) {
			if i > 0 {
				g.b.WriteByte(',')
			}
			fmt.Fprintf(&g.b, `"%s":`, fpNames[g.r.IntN(len(fpNames))])
			g.free(depth + 1)
		}
		g.b.WriteByte('}')
	case n == 1 && depth < 3:
		g.b.WriteString("[ ")
		for i := range g.r.IntN(3) {
			if i > 0 {
				g.b.WriteString(" , ")
			}
			g.free(depth + 1)
		}
		g.b.WriteString("]")
	case n == 2:
		g.b.WriteString([]string{"null", "true", "false"}[g.r.IntN(3)])
	case n == 3:
		g.b.WriteString([]string{"0", "-1.5e3", "12345678901234567890", "1E-2"}[g.r.IntN(4)])
	case n == 4:
		g.b.WriteString([]string{`"\u00e9\n\"x\\"`, `"<&>"`, `""`, `"\ud83d\ude00"`}[g.r.IntN(4)])
	default:
		fmt.Fprintf(&g.b, `"s%d"`, g.r.IntN(100))
	}
}

func (g *fpGen) value(t reflect.Type, depth int) {
	if g.r.IntN(12) == 0 {
		g.b.WriteString("null")
		return
	}
	switch t {
	case reflect.TypeFor[Date]():
		g.b.WriteString(`"2021-05-01"`)
		return
	case reflect.TypeFor[fpAny](), reflect.TypeFor[adAny]():
		if g.r.IntN(2) == 0 && depth < 4 {
			g.object(reflect.TypeFor[fpItem](), depth+1, `"@odata.type":"#item"`)
		} else {
			g.object(reflect.TypeFor[fpLeaf](), depth+1, "")
		}
		return
	case reflect.TypeFor[[]byte]():
		g.b.WriteString(`"aGk="`)
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		g.value(t.Elem(), depth)
	case reflect.String:
		fmt.Fprintf(&g.b, `"v%d"`, g.r.IntN(1000))
	case reflect.Int, reflect.Int64:
		fmt.Fprint(&g.b, g.r.IntN(1000))
	case reflect.Float64:
		g.b.WriteString("2.5")
	case reflect.Interface:
		g.free(depth)
	case reflect.Slice, reflect.Array:
		g.b.WriteByte('[')
		n := g.r.IntN(4)
		if depth > 3 {
			n = 0
		}
		for i := range n {
			if i > 0 {
				g.b.WriteByte(',')
			}
			g.value(t.Elem(), depth+1)
		}
		g.b.WriteByte(']')
	case reflect.Map:
		g.b.WriteString(`{"k":`)
		g.value(t.Elem(), depth+1)
		g.b.WriteByte('}')
	case reflect.Struct:
		g.object(t, depth, "")
	}
}

// object writes a JSON object for struct t, with first as its first member.
func (g *fpGen) object(t reflect.Type, depth int, first string) {
	g.b.WriteString("{ ")
	comma := first != ""
	g.b.WriteString(first)
	member := func(name string, write func()) {
		if comma {
			g.b.WriteString(", ")
		}
		comma = true
		fmt.Fprintf(&g.b, `"%s" : `, name)
		write()
	}
	var fields func(t reflect.Type)
	fields = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			ft := f.Type
			if f.Anonymous {
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				fields(ft)
				continue
			}
			name, ok := jsonName(f)
			if !ok || g.r.IntN(3) == 0 || depth > 5 && (ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice) {
				continue
			}
			for range 1 + g.r.IntN(4)/3 { // sometimes twice
				member(name, func() { g.value(ft, depth+1) })
			}
		}
	}
	fields(t)
	for range g.r.IntN(3) {
		name := fpNames[g.r.IntN(len(fpNames))]
		member(name, func() {
			switch name { // names a field may take (case-insensitively) get a value it accepts
			case "ID", "id", `i\u0064`, "Name", "name":
				fmt.Fprintf(&g.b, `"s%d"`, g.r.IntN(100))
			case "value":
				g.b.WriteString([]string{"null", "7"}[g.r.IntN(2)])
			default:
				g.free(depth + 1)
			}
		})
	}
	g.b.WriteString(" }")
}

// TestFillMatchesTreeWalk decodes random documents with Unmarshal and
// UnmarshalBody and compares the results with json.Unmarshal followed by
// the old tree walk (fillTreeRef).
func TestFillMatchesTreeWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	checked := 0
	for i := range 400 {
		g := &fpGen{r: r}
		g.object(reflect.TypeFor[fpDoc](), 0, "")
		data := g.b.Bytes()
		for _, keepNulls := range []bool{false, true} {
			var got, want fpDoc
			var err error
			if keepNulls {
				err = UnmarshalBody(data, &got)
			} else {
				err = Unmarshal(data, &got)
			}
			wantErr := json.Unmarshal(data, &want)
			if (err != nil) != (wantErr != nil) {
				t.Fatalf("doc %d: error %v, json.Unmarshal %v\n%s", i, err, wantErr, data)
			}
			if err != nil {
				continue
			}
			tree, err := decodeTree(data)
			if err != nil {
				t.Fatal(err)
			}
			fillTreeRef(tree, &want, keepNulls)
			if !reflect.DeepEqual(got, want) {
				g, _ := json.Marshal(got)
				w, _ := json.Marshal(want)
				t.Fatalf("doc %d keepNulls=%v differs:\n got %s\nwant %s\n  in %s", i, keepNulls, g, w, data)
			}
			checked++
		}
	}
	if checked < 600 {
		t.Errorf("only %d documents decoded", checked)
	}
}

// TestFillLargePage decodes a collection of many objects with unknown
// members, nested AdditionalData and wrappers, as one body.
func TestFillLargePage(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	b.WriteString(`{"@odata.nextLink":"https://x/next","value":[`)
	for i := range 3000 {
		if i > 0 {
			b.WriteByte(',')
		}
		g := &fpGen{r: r}
		g.object(reflect.TypeFor[fpDoc](), 2, fmt.Sprintf(`"n%d":%d`, i, i))
		b.Write(g.b.Bytes())
	}
	b.WriteString(`],"unknown":{"a":[1,2]}}`)
	data := []byte(b.String())
	var got, want Page[fpDoc]
	if err := Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	tree, _ := decodeTree(data)
	fillTreeRef(tree, &want, false)
	if len(got.Value) != 3000 || !reflect.DeepEqual(got, want) {
		t.Fatal("large page differs from the tree walk")
	}
	if got.Value[2999].AdditionalData["n2999"] != json.Number("2999") {
		t.Errorf("unknown member of the last object: %v", got.Value[2999].AdditionalData)
	}
}

// TestFillSkipsTypesWithout checks that a type holding no AdditionalData
// anywhere is not scanned: malformed JSON there would be an error.
func TestFillSkipsTypesWithout(t *testing.T) {
	var s []string
	if err := fillAdditional([]byte(`[ not json`), &s, false); err != nil {
		t.Errorf("scanned a type without AdditionalData: %v", err)
	}
	var d fpDoc
	if err := fillAdditional([]byte(`{"items":[ not json`), &d, false); err == nil {
		t.Error("malformed JSON accepted")
	}
}

// TestFillNilEmbeddedBase checks that unknown members of a type whose base
// is embedded through a nil pointer allocate the base, as encoding/json
// does to set a promoted field (the tree walk panicked); a base that
// cannot be set (unexported) is left nil and the members are dropped.
func TestFillNilEmbeddedBase(t *testing.T) {
	type Base struct {
		ID             *string        `json:"id,omitzero"`
		AdditionalData map[string]any `json:"-"`
	}
	type derived struct {
		*Base
		Name *string `json:"name,omitzero"`
	}
	var d derived
	if err := Unmarshal([]byte(`{"name":"n","x":1}`), &d); err != nil {
		t.Fatal(err)
	}
	if d.Base == nil || d.AdditionalData["x"] != json.Number("1") {
		t.Errorf("got %+v", d)
	}
	var plain derived
	if err := Unmarshal([]byte(`{"name":"n"}`), &plain); err != nil || plain.Base != nil {
		t.Errorf("base allocated without unknown members: %+v, %v", plain, err)
	}
	type hidden struct {
		*fpBase
		Name *string `json:"name,omitzero"`
	}
	var h hidden
	if err := Unmarshal([]byte(`{"name":"n","x":1}`), &h); err != nil || h.fpBase != nil {
		t.Errorf("unexported base: %+v, %v", h, err)
	}
}
