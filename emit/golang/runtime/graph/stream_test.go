package graph

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestStreamAndRedirects(t *testing.T) {
	other, otherRec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "file-content")
	})
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1.0/content":
			http.Redirect(w, r, other.URL+"/download?sig=cap", http.StatusFound)
		case "/v1.0/async":
			w.Header().Set("Location", "https://graph.microsoft.com/v1.0/operations/1")
			w.WriteHeader(http.StatusAccepted)
		default:
			w.Header().Set("Content-Type", "application/octet-stream")
			_, _ = io.WriteString(w, "direct")
		}
	})
	c := newClient(t, srv, Options{})
	ctx := context.Background()

	var rc io.ReadCloser
	if err := c.Do(ctx, &Request{Path: "/direct"}, &rc); err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(rc)
	rc.Close()
	if string(b) != "direct" {
		t.Errorf("stream %q", b)
	}

	var resp Response
	if err := c.Do(ctx, &Request{Path: "/content"}, &rc, CaptureResponse(&resp)); err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(rc)
	rc.Close()
	if string(b) != "file-content" || otherRec.lastAuth() != "" || resp.StatusCode != 200 {
		t.Errorf("followed redirect: %q auth %q status %d", b, otherRec.lastAuth(), resp.StatusCode)
	}

	n := otherRec.count()
	rc = nil
	err := c.Do(ctx, &Request{Path: "/content"}, &rc, NoRedirect(), CaptureResponse(&resp))
	var re *RedirectError
	if !errors.As(err, &re) || re.StatusCode != 302 || re.Location != other.URL+"/download?sig=cap" || rc != nil {
		t.Fatalf("NoRedirect: %v", err)
	}
	if otherRec.count() != n || resp.Header.Get("Location") == "" {
		t.Error("NoRedirect followed the redirect or did not capture it")
	}
	if strings.Contains(err.Error(), "sig=cap") {
		t.Errorf("RedirectError prints the location: %v", err)
	}

	if err := c.Do(ctx, &Request{Method: "POST", Path: "/async"}, nil, CaptureResponse(&resp)); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 202 || resp.Header.Get("Location") == "" {
		t.Errorf("capture %+v", resp)
	}
}

func TestRequestEditor(t *testing.T) {
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	c := newClient(t, srv, Options{})
	err := c.Do(context.Background(), &Request{Path: "/x"}, nil, WithRequestEditor(func(r *http.Request) error {
		r.Header.Set("X-Edited", "yes")
		return nil
	}))
	if err != nil || rec.reqs[0].Header.Get("X-Edited") != "yes" {
		t.Errorf("editor: %v", err)
	}
	boom := errors.New("boom")
	err = c.Do(context.Background(), &Request{Path: "/x"}, nil, WithRequestEditor(func(*http.Request) error { return boom }))
	if !errors.Is(err, boom) || rec.count() != 1 {
		t.Errorf("editor error: %v", err)
	}
}
