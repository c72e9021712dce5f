package graph

import (
	"encoding/json"
	"reflect"
	"testing"
)

// Shapes of generated models: a root type with AdditionalData, a derived
// type embedding it, a wrapper decoding by @odata.type, a time value.
type adRoot struct {
	ODataType      *string        `json:"@odata.type,omitempty"`
	ID             *string        `json:"id,omitzero"`
	AdditionalData map[string]any `json:"-"`
}

type adMember struct {
	adRoot
	Roles []string `json:"roles,omitzero"`
	When  *Date    `json:"when,omitzero"`
}

type adAny struct{ Value any }

func (a adAny) MarshalJSON() ([]byte, error) { return json.Marshal(a.Value) }
func (a *adAny) UnmarshalJSON(data []byte) error {
	m := new(adMember)
	a.Value = m
	return json.Unmarshal(data, m)
}

type adChat struct {
	adRoot
	Topic   *string    `json:"topic,omitzero"`
	Members []adMember `json:"members,omitzero"`
	Owner   *adAny     `json:"owner,omitzero"`
}

func TestAdditionalData(t *testing.T) {
	in := `{"topic":"t","members":[{"roles":["owner"],"user@odata.bind":"https://graph.microsoft.com/v1.0/users('u1')","when":"2021-05-01"}],
		"owner":{"id":"o","x@odata.type":"#y","note":null},"extra":{"a":1},"id":null}`
	var c adChat
	if err := UnmarshalBody([]byte(in), &c); err != nil {
		t.Fatal(err)
	}
	if got := c.Members[0].AdditionalData["user@odata.bind"]; got != "https://graph.microsoft.com/v1.0/users('u1')" {
		t.Errorf("nested annotation not kept: %v", c.Members[0].AdditionalData)
	}
	owner := c.Owner.Value.(*adMember)
	if owner.AdditionalData["x@odata.type"] != "#y" || owner.AdditionalData["note"] != nil {
		t.Errorf("through a wrapper: %v", owner.AdditionalData)
	}
	if v, ok := c.AdditionalData["id"]; !ok || v != nil {
		t.Errorf("a known member given as null is kept as nil by UnmarshalBody: %v", c.AdditionalData)
	}
	out, err := Marshal(&c)
	if err != nil {
		t.Fatal(err)
	}
	var a, b any
	json.Unmarshal([]byte(in), &a)
	json.Unmarshal(out, &b)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("round trip:\n got %s\nwant %s", out, in)
	}

	// Unmarshal (responses) does not turn nulls of known members into
	// AdditionalData, and a struct without AdditionalData is unaffected.
	var c2 adChat
	if err := Unmarshal([]byte(in), &c2); err != nil {
		t.Fatal(err)
	}
	if _, ok := c2.AdditionalData["id"]; ok {
		t.Errorf("Unmarshal kept a null of a known member: %v", c2.AdditionalData)
	}
	if _, ok := c2.AdditionalData["extra"]; !ok {
		t.Errorf("unknown member lost: %v", c2.AdditionalData)
	}
	plain, err := Marshal(struct {
		A int `json:"a"`
	}{1})
	if err != nil || string(plain) != `{"a":1}` {
		t.Errorf("plain struct: %s %v", plain, err)
	}
}

func TestTypeCache(t *testing.T) {
	var c typeCache
	if !c.holds(reflect.TypeFor[*Page[adChat]]()) || c.holds(reflect.TypeFor[*Page[string]]()) || c.holds(reflect.TypeFor[*json.RawMessage]()) {
		t.Error("typeCache.holds")
	}
}
