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
