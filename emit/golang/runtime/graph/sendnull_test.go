package graph

import (
	"context"
	"io"
	"net/http"
	"testing"
)

// TestSendNull checks that a PATCH body made of a struct with nil pointer
// fields leaves them out, and that SendNull sends the named ones as null.
func TestSendNull(t *testing.T) {
	type user struct {
		JobTitle       *string `json:"jobTitle,omitempty"`
		OfficeLocation *string `json:"officeLocation,omitempty"`
		MobilePhone    *string `json:"mobilePhone,omitempty"`
	}
	var got []string
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got = append(got, string(b))
		w.WriteHeader(http.StatusNoContent)
	})
	c := newClient(t, srv, Options{})
	req := func() *Request {
		return &Request{Method: "PATCH", Path: "/me", Body: &user{JobTitle: Ptr("Engineer")}}
	}
	if err := c.Do(context.Background(), req(), nil); err != nil {
		t.Fatal(err)
	}
	if err := c.Do(context.Background(), req(), nil, SendNull("officeLocation")); err != nil {
		t.Fatal(err)
	}
	want := []string{`{"jobTitle":"Engineer"}`, `{"jobTitle":"Engineer","officeLocation":null}`}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("bodies sent:\n got %q\nwant %q", got, want)
	}
}

// TestSendMember checks that SendMember adds members a model type has no
// field for (an OData bind annotation) and replaces one it has.
func TestSendMember(t *testing.T) {
	type group struct {
		DisplayName *string `json:"displayName,omitempty"`
	}
	var got string
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got = string(b)
		w.WriteHeader(http.StatusNoContent)
	})
	c := newClient(t, srv, Options{})
	err := c.Do(context.Background(), &Request{Method: "POST", Path: "/groups", Body: &group{DisplayName: Ptr("g")}}, nil,
		SendMember("members@odata.bind", []string{"u1"}), SendMember("displayName", "h"), SendNull("description"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"description":null,"displayName":"h","members@odata.bind":["u1"]}`; got != want {
		t.Errorf("body %s, want %s", got, want)
	}
}
