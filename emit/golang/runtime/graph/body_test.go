package graph

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
)

// TestMaxResponseBytes: a success body longer than the cap is an error
// naming the cap, whether the length is announced (Content-Length) or not
// (chunked), for every way Do reads a body; a body of exactly the cap passes.
func TestMaxResponseBytes(t *testing.T) {
	big := `{"id":"` + strings.Repeat("x", 2000) + `"}` // 2009 bytes
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/v1.0/chunked" {
			_, _ = w.Write([]byte(big[:100]))
			w.(http.Flusher).Flush() // no Content-Length from here on
			_, _ = w.Write([]byte(big[100:]))
			return
		}
		_, _ = w.Write([]byte(big))
	})
	ctx := context.Background()
	capped := newClient(t, srv, Options{MaxResponseBytes: 1000})
	outs := map[string]func() any{
		"struct":         func() any { return new(user) },
		"AdditionalData": func() any { return new(modelUser) },
		"bytes":          func() any { return new([]byte) },
	}
	for _, path := range []string{"/sized", "/chunked"} {
		for name, out := range outs {
			err := capped.Do(ctx, &Request{Path: path}, out())
			if !errors.Is(err, ErrResponseTooLarge) || !strings.Contains(err.Error(), "1000-byte cap") {
				t.Errorf("%s into %s: err %v", path, name, err)
			}
			// The per-call option overrides the client's cap.
			if err := capped.Do(ctx, &Request{Path: path}, out(), WithMaxResponseBytes(0)); err != nil {
				t.Errorf("%s into %s without cap: %v", path, name, err)
			}
			if err := capped.Do(ctx, &Request{Path: path}, out(), WithMaxResponseBytes(int64(len(big)))); err != nil {
				t.Errorf("%s into %s at exactly the cap: %v", path, name, err)
			}
			if err := capped.Do(ctx, &Request{Path: path}, out(), WithMaxResponseBytes(int64(len(big))-1)); !errors.Is(err, ErrResponseTooLarge) {
				t.Errorf("%s into %s one byte over: %v", path, name, err)
			}
		}
	}
}

// TestDecodeRejectsTrailingData: the streaming decoder still rejects data
// after the JSON value, as json.Unmarshal did.
func TestDecodeRejectsTrailingData(t *testing.T) {
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1.0/trailing":
			writeJSON(w, 200, `{"id":"1"} {"id":"2"}`)
		case "/v1.0/space":
			writeJSON(w, 200, " {\"id\":\"1\"} \n\t ")
		case "/v1.0/truncated":
			writeJSON(w, 200, `{"id":"1"`)
		}
	})
	c := newClient(t, srv, Options{})
	ctx := context.Background()
	for _, out := range []any{new(user), new(modelUser)} {
		if err := c.Do(ctx, &Request{Path: "/trailing"}, out); err == nil {
			t.Errorf("%T: trailing data accepted", out)
		}
		if err := c.Do(ctx, &Request{Path: "/truncated"}, out); err == nil {
			t.Errorf("%T: truncated body accepted", out)
		}
		if err := c.Do(ctx, &Request{Path: "/space"}, out); err != nil {
			t.Errorf("%T: surrounding space: %v", out, err)
		}
	}
}
