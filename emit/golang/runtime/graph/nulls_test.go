package graph

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
)

// failing is a json.Marshaler that always fails.
type failing struct{}

func (failing) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

// spaced is a json.Marshaler that returns an object with leading space.
type spaced struct{}

func (spaced) MarshalJSON() ([]byte, error) { return []byte(` {"a": 1}`), nil }

func TestWithNulls(t *testing.T) {
	type user struct {
		DisplayName    *string `json:"displayName,omitempty"`
		OfficeLocation *string `json:"officeLocation,omitempty"`
		JobTitle       *string `json:"jobTitle,omitempty"`
		Note           string  `json:"note,omitempty"`
	}
	for _, tc := range []struct {
		name    string
		v       any
		members []string
		want    string
	}{
		{"doc example", &user{DisplayName: Ptr("x")}, []string{"officeLocation"}, `{"displayName":"x","officeLocation":null}`},
		{"value not pointer", user{DisplayName: Ptr("x")}, []string{"officeLocation"}, `{"displayName":"x","officeLocation":null}`},
		{"replaces a set member", &user{DisplayName: Ptr("x"), JobTitle: Ptr("dev")}, []string{"jobTitle"}, `{"displayName":"x","jobTitle":null}`},
		{"several, sorted", &user{Note: "n"}, []string{"officeLocation", "displayName", "unknownProp"}, `{"displayName":null,"note":"n","officeLocation":null,"unknownProp":null}`},
		{"repeated member", &user{}, []string{"jobTitle", "jobTitle"}, `{"jobTitle":null}`},
		{"no members", &user{DisplayName: Ptr("x")}, nil, `{"displayName":"x"}`},
		{"empty object", struct{}{}, []string{"a"}, `{"a":null}`},
		{"map", map[string]any{"b": []int{1}, "a": map[string]int{"z": 1}}, []string{"c"}, `{"a":{"z":1},"b":[1],"c":null}`},
		{"raw message", json.RawMessage(`{"x":{"y":"<&>"},"w":1}`), []string{"w"}, `{"w":null,"x":{"y":"\u003c\u0026\u003e"}}`},
		{"marshaler with space", spaced{}, []string{"b"}, `{"a":1,"b":null}`},
		{"nested WithNulls", WithNulls(&user{DisplayName: Ptr("x")}, "jobTitle"), []string{"officeLocation"}, `{"displayName":"x","jobTitle":null,"officeLocation":null}`},
		{"odd names", map[string]int{}, []string{"", "a\"b", "@odata.type"}, `{"":null,"@odata.type":null,"a\"b":null}`},
	} {
		data, err := json.Marshal(WithNulls(tc.v, tc.members...))
		if err != nil || string(data) != tc.want {
			t.Errorf("%s: got %s, %v; want %s", tc.name, data, err, tc.want)
		}
	}
}

func TestWithNullsErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		v    any
		want string // in the error
	}{
		{"nil", nil, "JSON object, got <nil>"},
		{"nil pointer", (*struct{ A int })(nil), "JSON object, got *struct"},
		{"string", "x", "JSON object, got string"},
		{"number", 1, "JSON object, got int"},
		{"array", []int{1}, "JSON object, got []int"},
		{"nil map", map[string]int(nil), "JSON object, got map[string]int"},
		{"encode error", failing{}, "boom"},
		{"unsupported", func() {}, "unsupported type"},
	} {
		_, err := json.Marshal(WithNulls(tc.v, "a"))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error = %v; want %q", tc.name, err, tc.want)
		}
	}
}

// TestWithNullsSnapshot checks that the members are copied and v is encoded
// when the body is marshaled.
func TestWithNullsSnapshot(t *testing.T) {
	type patch struct {
		Name *string `json:"name,omitempty"`
	}
	p := &patch{}
	members := []string{"a"}
	m := WithNulls(p, members...)
	members[0] = "b"
	p.Name = Ptr("late")
	data, err := m.MarshalJSON()
	if want := `{"a":null,"name":"late"}`; err != nil || string(data) != want {
		t.Errorf("got %s, %v; want %s", data, err, want)
	}
}

// TestWithNullsBody sends a WithNulls body through Client.Do.
func TestWithNullsBody(t *testing.T) {
	var got string
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got = r.Method + " " + r.Header.Get("Content-Type") + " " + string(b)
		w.WriteHeader(http.StatusNoContent)
	})
	c := newClient(t, srv, Options{})
	body := WithNulls(map[string]string{"displayName": "x"}, "officeLocation")
	if err := c.Do(context.Background(), &Request{Method: "PATCH", Path: "/me", Body: body}, nil); err != nil {
		t.Fatal(err)
	}
	if want := `PATCH application/json {"displayName":"x","officeLocation":null}`; got != want {
		t.Errorf("server got %q; want %q", got, want)
	}
}
