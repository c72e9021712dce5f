package graph

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
)

func TestLoggingRedaction(t *testing.T) {
	var n atomic.Int32
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("request-id", "rid-1")
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", "0")
			writeJSON(w, 429, `{"error":{"code":"throttled","message":"body-secret"}}`)
			return
		}
		writeJSON(w, 200, `{"id":"body-secret"}`)
	})
	var buf bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c := newClient(t, srv, Options{Logger: logger})
	var u user
	err := c.Do(context.Background(), &Request{Method: "POST", Path: "/users",
		Query: (&Query{Filter: "mail eq 'pii@contoso.com'"}).Values(), Body: map[string]string{"p": "body-secret"}}, &u)
	if err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"$filter=REDACTED", "method=POST", "status=429", "status=200", "attempt=2", "request_id=rid-1", "retry_in=", "duration="} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	for _, leak := range []string{"pii", "contoso", "body-secret", testToken, "Bearer", "Authorization"} {
		if strings.Contains(out, leak) {
			t.Errorf("log contains %q:\n%s", leak, out)
		}
	}
	if strings.Count(out, "\n") != 2 {
		t.Errorf("want 2 records:\n%s", out)
	}
}

func TestLogURLForeign(t *testing.T) {
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) })
	other, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) })
	var buf bytes.Buffer
	c := newClient(t, srv, Options{Logger: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err := c.DoURL(context.Background(), "PUT", other.URL+"/up/capability?tempauth=tok", []byte("x"), "text/plain", nil); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); strings.Contains(out, "capability") || strings.Contains(out, "tok") ||
		!strings.Contains(out, "tempauth=REDACTED") {
		t.Errorf("foreign URL not redacted:\n%s", out)
	}
}

func TestNoLoggerNoOutput(t *testing.T) {
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	c := newClient(t, srv, Options{})
	if err := c.Do(context.Background(), &Request{Path: "/x"}, nil); err != nil {
		t.Fatal(err)
	}
}
