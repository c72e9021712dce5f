package graph

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// bodySink is a server that records the bodies it receives per path.
type bodySink struct {
	mu     sync.Mutex
	bodies map[string][]string
}

func (b *bodySink) handler(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	b.mu.Lock()
	if b.bodies == nil {
		b.bodies = map[string][]string{}
	}
	b.bodies[r.URL.Path] = append(b.bodies[r.URL.Path], string(data))
	b.mu.Unlock()
	writeJSON(w, 201, `{"id":"created"}`)
}

func (b *bodySink) get(path string) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.bodies[path]
}

// TestRedirect307BodyNotSentToOtherHost: a 307/308 to another origin
// (another port, or another host name for the same address) stops with a
// *RedirectError naming that origin; the target never sees the request.
func TestRedirect307BodyNotSentToOtherHost(t *testing.T) {
	sink := &bodySink{}
	other, otherRec := newServer(t, sink.handler)
	otherLocalhost := strings.Replace(other.URL, "127.0.0.1", "localhost", 1)
	var sameServer string
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1.0/port":
			http.Redirect(w, r, other.URL+"/steal?sig=cap", http.StatusTemporaryRedirect)
		case "/v1.0/name":
			http.Redirect(w, r, otherLocalhost+"/steal", http.StatusPermanentRedirect)
		case "/v1.0/self-by-name":
			http.Redirect(w, r, strings.Replace(sameServer, "127.0.0.1", "localhost", 1)+"/v1.0/sink", http.StatusTemporaryRedirect)
		default:
			sink.handler(w, r)
		}
	})
	sameServer = srv.URL
	c := newClient(t, srv, Options{})
	ctx := context.Background()
	for _, tc := range []struct{ method, path, host string }{
		{"POST", "/port", other.URL},
		{"PATCH", "/name", otherLocalhost},
		{"PUT", "/port", other.URL},
		{"DELETE", "/port", other.URL},
		{"POST", "/self-by-name", strings.Replace(sameServer, "127.0.0.1", "localhost", 1)},
	} {
		var u user
		err := c.Do(ctx, &Request{Method: tc.method, Path: tc.path, Body: map[string]string{"secret": "body"}}, &u)
		var re *RedirectError
		if !errors.As(err, &re) {
			t.Fatalf("%s %s: err %v, want *RedirectError", tc.method, tc.path, err)
		}
		if re.Reason != tc.method+" not resent to another host "+tc.host || !strings.Contains(err.Error(), tc.host) || strings.Contains(err.Error(), "sig=cap") {
			t.Errorf("%s %s: reason %q, error %q", tc.method, tc.path, re.Reason, err)
		}
	}
	if otherRec.count() != 0 || len(sink.get("/v1.0/sink")) != 0 {
		t.Errorf("the other host got %d requests, bodies %q", otherRec.count(), sink.get("/steal"))
	}

	// GET and HEAD follow a cross-host 307 (without the token).
	if err := c.Do(ctx, &Request{Path: "/port"}, nil); err != nil {
		t.Fatal(err)
	}
	if otherRec.count() != 1 || otherRec.lastAuth() != "" {
		t.Errorf("GET: %d requests, Authorization %q", otherRec.count(), otherRec.lastAuth())
	}
}

// TestRedirect307SameHost: on the same origin a replayable body is resent
// byte for byte, with the token; a body that cannot be replayed stops the
// call with a *RedirectError.
func TestRedirect307SameHost(t *testing.T) {
	sink := &bodySink{}
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v1.0/old" {
			http.Redirect(w, r, "/v1.0/new", http.StatusTemporaryRedirect)
			return
		}
		sink.handler(w, r)
	})
	c := newClient(t, srv, Options{})
	ctx := context.Background()
	var u user
	if err := c.Do(ctx, &Request{Method: "POST", Path: "/old", Body: map[string]string{"a": "b"}}, &u); err != nil {
		t.Fatal(err)
	}
	if got := sink.get("/v1.0/new"); len(got) != 1 || got[0] != `{"a":"b"}` || u.ID != "created" || rec.lastAuth() != "Bearer "+testToken {
		t.Errorf("bodies %q, id %q, auth %q", got, u.ID, rec.lastAuth())
	}
	err := c.Do(ctx, &Request{Method: "PUT", Path: "/old", Body: strings.NewReader("stream"), ContentType: "text/plain"}, nil)
	var re *RedirectError
	if !errors.As(err, &re) || re.StatusCode != 307 || !strings.Contains(re.Reason, "cannot be replayed") {
		t.Fatalf("err %v", err)
	}
	if got := sink.get("/v1.0/new"); len(got) != 1 {
		t.Errorf("non-replayable body resent: %q", got)
	}
}
