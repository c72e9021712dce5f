package graph

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
)

type user struct {
	ID          string `json:"id"`
	DisplayName string `json:"displayName"`
}

func TestTokenSentToBaseHost(t *testing.T) {
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, `{"id":"1","displayName":"Ada"}`)
	})
	ts := &staticTokens{}
	c := newClient(t, srv, Options{TokenSource: ts, Scopes: []string{"User.Read"}})
	var u user
	if err := c.Do(context.Background(), &Request{Method: "GET", Path: "/me"}, &u); err != nil {
		t.Fatal(err)
	}
	if u.DisplayName != "Ada" {
		t.Errorf("decoded %+v", u)
	}
	if got := rec.lastAuth(); got != "Bearer "+testToken {
		t.Errorf("Authorization = %q", got)
	}
	if got := rec.reqs[0].URL.Path; got != "/v1.0/me" {
		t.Errorf("path = %q", got)
	}
	if ts.calls != 1 || len(ts.scopes) != 1 || ts.scopes[0] != "User.Read" {
		t.Errorf("token calls %d scopes %v", ts.calls, ts.scopes)
	}
	if ua := rec.reqs[0].Header.Get("User-Agent"); ua != DefaultUserAgent {
		t.Errorf("User-Agent = %q", ua)
	}
}

func TestNoTokenSourceSendsNoAuthorization(t *testing.T) {
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	c, err := NewClient(Options{BaseURL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Do(context.Background(), &Request{Path: "/x"}, nil); err != nil {
		t.Fatal(err)
	}
	if got := rec.lastAuth(); got != "" {
		t.Errorf("Authorization = %q", got)
	}
}

func TestTokenError(t *testing.T) {
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	boom := errors.New("boom")
	c := newClient(t, srv, Options{TokenSource: TokenSourceFunc(func(context.Context, []string) (string, error) {
		return "", boom
	})})
	err := c.Do(context.Background(), &Request{Path: "/x"}, nil)
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if rec.count() != 0 {
		t.Error("request sent without token")
	}
}

func TestHostileNextLinkGetsNoToken(t *testing.T) {
	evil, evilRec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, `{"value":[{"id":"evil"}]}`)
	})
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, `{"value":[{"id":"1"}],"@odata.nextLink":"`+evil.URL+`/steal?$skiptoken=x"}`)
	})
	c := newClient(t, srv, Options{})
	ctx := context.Background()

	p := NewPager[user](c, &Request{Path: "/users"})
	if _, err := p.NextPage(ctx); err != nil {
		t.Fatal(err)
	}
	_, err := p.NextPage(ctx)
	if !errors.Is(err, ErrForeignLink) {
		t.Fatalf("foreign nextLink: err = %v, want ErrForeignLink", err)
	}
	if strings.Contains(err.Error(), "skiptoken") || strings.Contains(err.Error(), "steal") {
		t.Errorf("error leaks the link: %v", err)
	}
	if evilRec.count() != 0 {
		t.Fatal("foreign host was contacted")
	}

	// Opt in: fetched, but without the token.
	p = NewPager[user](c, &Request{Path: "/users"}, AllowForeignNextLink())
	var ids []string
	for u, err := range All(ctx, p) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, u.ID)
	}
	if strings.Join(ids, ",") != "1,evil" {
		t.Errorf("ids = %v", ids)
	}
	if got := evilRec.lastAuth(); got != "" {
		t.Errorf("foreign host got Authorization %q", got)
	}
}

func TestRedirectToOtherServerDropsToken(t *testing.T) {
	// Both servers are 127.0.0.1: only the port differs, which net/http
	// alone does not treat as a different host.
	other, otherRec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/csv")
		_, _ = w.Write([]byte("a,b\n1,2\n"))
	})
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1.0/reports/same":
			http.Redirect(w, r, "/v1.0/reports/target", http.StatusFound)
		case "/v1.0/reports/target":
			writeJSON(w, 200, `{"id":"t"}`)
		default:
			http.Redirect(w, r, other.URL+"/report.csv?sig=abc", http.StatusFound)
		}
	})
	c := newClient(t, srv, Options{})
	ctx := context.Background()

	var rc []byte
	if err := c.Do(ctx, &Request{Path: "/reports/getEmailActivityCounts(period='D7')"}, &rc); err != nil {
		t.Fatal(err)
	}
	if string(rc) != "a,b\n1,2\n" {
		t.Errorf("body = %q", rc)
	}
	if rec.auth[0] != "Bearer "+testToken {
		t.Errorf("first hop Authorization = %q", rec.auth[0])
	}
	if got := otherRec.lastAuth(); got != "" {
		t.Errorf("redirect target got Authorization %q", got)
	}

	// Same-origin redirect keeps the token.
	var u user
	if err := c.Do(ctx, &Request{Path: "/reports/same"}, &u); err != nil {
		t.Fatal(err)
	}
	if got := rec.lastAuth(); got != "Bearer "+testToken {
		t.Errorf("same-origin redirect Authorization = %q", got)
	}
}

func TestCallerHTTPClientNotModified(t *testing.T) {
	other, otherRec := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/x", http.StatusTemporaryRedirect)
	})
	hops := 0
	hc := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		hops++
		return nil
	}}
	c := newClient(t, srv, Options{HTTPClient: hc})
	if err := c.Do(context.Background(), &Request{Path: "/x"}, nil); err != nil {
		t.Fatal(err)
	}
	if hops != 1 {
		t.Errorf("caller's CheckRedirect called %d times", hops)
	}
	if otherRec.lastAuth() != "" {
		t.Error("token leaked through caller's client")
	}
	if hc.Transport != nil {
		t.Error("caller's client modified")
	}
}

func TestDoURLUploadGetsNoToken(t *testing.T) {
	upload, upRec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Content-Range") != "bytes 0-4/5" || r.ContentLength != 5 {
			t.Errorf("Content-Range %q, length %d", r.Header.Get("Content-Range"), r.ContentLength)
		}
		writeJSON(w, 201, `{"id":"item"}`)
	})
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, `{"id":"own"}`) })
	c := newClient(t, srv, Options{})
	ctx := context.Background()

	var u user
	err := c.DoURL(ctx, "PUT", upload.URL+"/up/abc?tempauth=xyz", []byte("hello"), "application/octet-stream", &u,
		WithHeader("Content-Range", "bytes 0-4/5"))
	if err != nil {
		t.Fatal(err)
	}
	if u.ID != "item" || upRec.lastAuth() != "" {
		t.Errorf("id %q, upload Authorization %q", u.ID, upRec.lastAuth())
	}
	// An absolute URL on the client's own origin (e.g. a Location) gets it.
	if err := c.DoURL(ctx, "GET", srv.URL+"/v1.0/me", nil, "", &u); err != nil {
		t.Fatal(err)
	}
	if rec.lastAuth() != "Bearer "+testToken {
		t.Errorf("own-origin DoURL Authorization = %q", rec.lastAuth())
	}
	// Plain http to a non-loopback host is refused.
	if err := c.DoURL(ctx, "PUT", "http://example.com/up", []byte("x"), "text/plain", nil); err == nil {
		t.Error("plain http upload URL accepted")
	}
}

func TestRedirectToPlainHTTPRefused(t *testing.T) {
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://example.invalid/file?sig=cap", http.StatusFound)
	})
	c := newClient(t, srv, Options{})
	err := c.Do(context.Background(), &Request{Path: "/content"}, nil)
	if err == nil || !strings.Contains(err.Error(), "plain http") || strings.Contains(err.Error(), "sig=cap") {
		t.Fatalf("err = %v", err)
	}
}
