package graph

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestErrorDecoding(t *testing.T) {
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Set-Cookie", "secret=1")
		switch r.URL.Path {
		case "/v1.0/body":
			writeJSON(w, 404, `{"error":{"code":"ItemNotFound","message":"The resource could not be found.",
				"innerError":{"request-id":"body-rid","client-request-id":"body-crid","date":"2024-01-01T00:00:00"},
				"details":[{"code":"d1","message":"m1","target":"id"}]}}`)
		case "/v1.0/header":
			w.Header().Set("request-id", "hdr-rid")
			w.Header().Set("client-request-id", "hdr-crid")
			writeJSON(w, 403, `{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges."}}`)
		case "/v1.0/v3":
			writeJSON(w, 400, `{"error":{"code":"-1","message":{"lang":"en-US","value":"odata v3"}}}`)
		default:
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(502)
			_, _ = io.WriteString(w, "<html>bad gateway</html>")
		}
	})
	c := newClient(t, srv, Options{})
	ctx := context.Background()

	err := c.Do(ctx, &Request{Method: "POST", Path: "/body", Query: map[string][]string{"$filter": {"secretvalue"}}}, nil)
	var ge *Error
	if !errors.As(err, &ge) {
		t.Fatalf("err %T %v", err, err)
	}
	if ge.StatusCode != 404 || ge.Code != "ItemNotFound" || ge.RequestID != "body-rid" ||
		ge.ClientRequestID != "body-crid" || ge.Date != "2024-01-01T00:00:00" ||
		len(ge.Details) != 1 || ge.Details[0].Target != "id" || ge.Method != "POST" {
		t.Errorf("decoded %+v", ge)
	}
	want := "graph: POST " + srv.URL + "/v1.0/body: 404 Not Found: ItemNotFound: The resource could not be found. (request-id body-rid)"
	if ge.Error() != want {
		t.Errorf("Error() =\n%q\nwant\n%q", ge.Error(), want)
	}
	for _, leak := range []string{"secretvalue", "filter", "?", testToken} {
		if strings.Contains(err.Error(), leak) {
			t.Errorf("Error() contains %q", leak)
		}
	}
	if ge.Header.Get("Set-Cookie") != "" || ge.Header.Get("Content-Type") == "" {
		t.Errorf("Header = %v", ge.Header)
	}
	if !IsNotFound(err) || IsThrottled(err) {
		t.Error("IsNotFound/IsThrottled wrong")
	}
	if !strings.Contains(string(ge.Body), "ItemNotFound") {
		t.Errorf("Body = %q", ge.Body)
	}

	err = c.Do(ctx, &Request{Path: "/header"}, nil)
	if !errors.As(err, &ge) || ge.RequestID != "hdr-rid" || ge.ClientRequestID != "hdr-crid" || ge.Code != "Authorization_RequestDenied" {
		t.Errorf("header fallback: %+v", ge)
	}
	if ge.Date == "" {
		t.Error("Date not taken from header")
	}

	err = c.Do(ctx, &Request{Path: "/v3"}, nil)
	if !errors.As(err, &ge) || ge.Message != "odata v3" {
		t.Errorf("v3 message: %v", err)
	}

	err = c.Do(ctx, &Request{Path: "/html"}, nil, NoRetry())
	if !errors.As(err, &ge) || ge.StatusCode != 502 || ge.Code != "" || string(ge.Body) != "<html>bad gateway</html>" {
		t.Errorf("non-JSON error: %v", err)
	}
}

func TestErrorBodyCapped(t *testing.T) {
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(400)
		_, _ = io.WriteString(w, strings.Repeat("x", 200<<10))
	})
	c := newClient(t, srv, Options{})
	var ge *Error
	if err := c.Do(context.Background(), &Request{Path: "/x"}, nil); !errors.As(err, &ge) || len(ge.Body) != 64<<10 {
		t.Fatalf("err %v, body %d", err, len(ge.Body))
	}
}

func TestSuccessBodies(t *testing.T) {
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1.0/empty200":
			w.WriteHeader(200)
		case "/v1.0/nocontent":
			w.WriteHeader(204)
		case "/v1.0/garbage":
			writeJSON(w, 200, `<not json>`)
		default:
			writeJSON(w, 200, `{"id":"1"}`)
		}
	})
	c := newClient(t, srv, Options{})
	ctx := context.Background()
	var u user

	if err := c.Do(ctx, &Request{Path: "/nocontent"}, nil); err != nil {
		t.Errorf("204, out nil: %v", err)
	}
	if err := c.Do(ctx, &Request{Path: "/json"}, nil); err != nil {
		t.Errorf("200 with body, out nil: %v", err)
	}
	for _, p := range []string{"/empty200", "/nocontent"} {
		err := c.Do(ctx, &Request{Path: p}, &u)
		if !errors.Is(err, ErrEmptyBody) {
			t.Errorf("%s: err = %v, want ErrEmptyBody", p, err)
		}
		var ge *Error
		if errors.As(err, &ge) {
			t.Errorf("%s: empty body reported as *Error", p)
		}
	}
	if err := c.Do(ctx, &Request{Path: "/garbage"}, &u); err == nil || errors.Is(err, ErrEmptyBody) {
		t.Errorf("garbage: err = %v", err)
	}
	if got := rec.reqs[len(rec.reqs)-1].Header.Get("Accept"); got != "application/json" {
		t.Errorf("Accept = %q", got)
	}
	var raw []byte
	if err := c.Do(ctx, &Request{Path: "/empty200"}, &raw); err != nil || len(raw) != 0 {
		t.Errorf("*[]byte empty: %v %q", err, raw)
	}
}

func TestRequestValidation(t *testing.T) {
	c, _ := NewClient(Options{})
	ctx := context.Background()
	for _, r := range []*Request{
		nil,
		{Path: "users"},
		{Path: "/users?$top=1"},
		{Path: "/x", Method: "POST", Body: []byte("x")}, // no ContentType
		{Path: "/x", Method: "POST", Body: strings.NewReader("x")},
		{Path: "/x", Method: "POST", Body: func() {}}, // not JSON-encodable
	} {
		if err := c.Do(ctx, r, nil); err == nil {
			t.Errorf("Do(%+v) = nil error", r)
		}
	}
}
