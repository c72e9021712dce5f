package graph

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

const testToken = "s3cr3t-token"

// staticTokens returns testToken and counts calls.
type staticTokens struct {
	mu     sync.Mutex
	calls  int
	scopes []string
}

func (s *staticTokens) Token(_ context.Context, scopes []string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	s.scopes = scopes
	return testToken, nil
}

// recorder is an httptest server handler that records what it saw.
type recorder struct {
	mu   sync.Mutex
	reqs []*http.Request
	auth []string
}

func (r *recorder) record(req *http.Request) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reqs = append(r.reqs, req)
	r.auth = append(r.auth, req.Header.Get("Authorization"))
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.reqs)
}

func (r *recorder) lastAuth() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.auth) == 0 {
		return "<no request>"
	}
	return r.auth[len(r.auth)-1]
}

// newServer starts an httptest server that records requests then calls h.
func newServer(t testing.TB, h http.HandlerFunc) (*httptest.Server, *recorder) {
	t.Helper()
	rec := &recorder{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec.record(r)
		h(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, rec
}

// newClient returns a client for srv with a static token source.
func newClient(t testing.TB, srv *httptest.Server, o Options) *Client {
	t.Helper()
	o.BaseURL = srv.URL + "/v1.0"
	if o.TokenSource == nil {
		o.TokenSource = &staticTokens{}
	}
	c, err := NewClient(o)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	return c
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}
