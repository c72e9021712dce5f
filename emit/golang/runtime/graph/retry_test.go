package graph

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// flaky fails the first n requests with status and header, then returns ok.
// It records every request body.
func flaky(n, status int, header func() (string, string)) (http.HandlerFunc, *[][]byte) {
	var mu sync.Mutex
	var bodies [][]byte
	return func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies = append(bodies, b)
		i := len(bodies)
		mu.Unlock()
		if i <= n {
			k, v := header()
			w.Header().Set(k, v)
			writeJSON(w, status, `{"error":{"code":"TooMany","message":"slow down"}}`)
			return
		}
		writeJSON(w, 200, `{"id":"ok"}`)
	}, &bodies
}

func TestRetry429DecimalRetryAfter(t *testing.T) {
	h, bodies := flaky(2, 429, func() (string, string) { return "Retry-After", "0.01" })
	srv, rec := newServer(t, h)
	ts := &staticTokens{}
	c := newClient(t, srv, Options{TokenSource: ts})
	var u user
	err := c.Do(context.Background(), &Request{Method: "POST", Path: "/users", Body: map[string]string{"displayName": "Ada"}}, &u)
	if err != nil {
		t.Fatal(err)
	}
	if rec.count() != 3 || u.ID != "ok" {
		t.Fatalf("requests %d, id %q", rec.count(), u.ID)
	}
	for i, b := range *bodies {
		if string(b) != `{"displayName":"Ada"}` {
			t.Errorf("attempt %d body %q", i+1, b)
		}
	}
	if ts.calls != 3 {
		t.Errorf("token fetched %d times, want once per attempt", ts.calls)
	}
}

func TestRetry503HTTPDate(t *testing.T) {
	h, bodies := flaky(1, 503, func() (string, string) {
		return "Retry-After", time.Now().Add(-time.Second).UTC().Format(http.TimeFormat)
	})
	srv, rec := newServer(t, h)
	c := newClient(t, srv, Options{})
	payload := []byte("raw payload")
	err := c.Do(context.Background(), &Request{Method: "PUT", Path: "/x", Body: payload, ContentType: "text/plain"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rec.count() != 2 {
		t.Fatalf("requests %d", rec.count())
	}
	if !bytes.Equal((*bodies)[0], (*bodies)[1]) || string((*bodies)[1]) != "raw payload" {
		t.Errorf("bodies %q", *bodies)
	}
}

func TestRetrySeekableReaderReplayed(t *testing.T) {
	h, bodies := flaky(1, 504, func() (string, string) { return "Retry-After", "0" })
	srv, _ := newServer(t, h)
	c := newClient(t, srv, Options{})
	err := c.Do(context.Background(), &Request{Method: "PUT", Path: "/x", Body: strings.NewReader("chunk"), ContentType: "text/plain"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(*bodies) != 2 || string((*bodies)[1]) != "chunk" {
		t.Errorf("bodies %q", *bodies)
	}
}

func TestNonSeekableReaderSentOnce(t *testing.T) {
	h, _ := flaky(1, 429, func() (string, string) { return "Retry-After", "0" })
	srv, rec := newServer(t, h)
	c := newClient(t, srv, Options{})
	body := io.MultiReader(strings.NewReader("once"))
	err := c.Do(context.Background(), &Request{Method: "PUT", Path: "/x", Body: body, ContentType: "text/plain"}, nil)
	if !IsThrottled(err) || rec.count() != 1 {
		t.Fatalf("err %v, requests %d", err, rec.count())
	}
}

func TestNoRetry(t *testing.T) {
	h, _ := flaky(5, 429, func() (string, string) { return "Retry-After", "0" })
	srv, rec := newServer(t, h)
	c := newClient(t, srv, Options{})
	err := c.Do(context.Background(), &Request{Path: "/x"}, nil, NoRetry())
	var ge *Error
	if !errors.As(err, &ge) || ge.StatusCode != 429 || rec.count() != 1 {
		t.Fatalf("err %v, requests %d", err, rec.count())
	}
	if !IsThrottled(err) {
		t.Error("IsThrottled = false")
	}

	// Client-wide off.
	c = newClient(t, srv, Options{Retry: &RetryPolicy{MaxAttempts: 1}})
	_ = c.Do(context.Background(), &Request{Path: "/x"}, nil)
	if rec.count() != 2 {
		t.Errorf("requests %d", rec.count())
	}

	// Per call on with custom codes.
	h2, _ := flaky(2, 500, func() (string, string) { return "X", "y" })
	srv2, rec2 := newServer(t, h2)
	c = newClient(t, srv2, Options{Retry: &RetryPolicy{MaxAttempts: 1}})
	err = c.Do(context.Background(), &Request{Path: "/x"}, nil,
		WithRetry(RetryPolicy{MaxAttempts: 3, BaseDelay: time.Millisecond, RetryOn: []int{500}}))
	if err != nil || rec2.count() != 3 {
		t.Errorf("err %v, requests %d", err, rec2.count())
	}
}

func TestRetryAfterBeyondMaxDelayNotWaited(t *testing.T) {
	h, _ := flaky(5, 429, func() (string, string) { return "Retry-After", "120" })
	srv, rec := newServer(t, h)
	c := newClient(t, srv, Options{})
	start := time.Now()
	err := c.Do(context.Background(), &Request{Path: "/x"}, nil)
	var ge *Error
	if !errors.As(err, &ge) || ge.RetryAfter != 120*time.Second {
		t.Fatalf("err %v", err)
	}
	if rec.count() != 1 || time.Since(start) > 5*time.Second {
		t.Errorf("requests %d after %v", rec.count(), time.Since(start))
	}
}

func TestCancelDuringRetrySleep(t *testing.T) {
	h, _ := flaky(5, 503, func() (string, string) { return "Retry-After", "20" })
	srv, _ := newServer(t, h)
	c := newClient(t, srv, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	err := c.Do(ctx, &Request{Path: "/x"}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	var ge *Error
	if !errors.As(err, &ge) || ge.StatusCode != 503 {
		t.Errorf("last response not reported: %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("returned after %v", d)
	}

	// A wait that would outlast the deadline returns the *Error at once.
	ctx, cancel2 := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel2()
	start = time.Now()
	err = c.Do(ctx, &Request{Path: "/x"}, nil)
	if !errors.As(err, &ge) || time.Since(start) > 2*time.Second {
		t.Errorf("err %v after %v", err, time.Since(start))
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"2.128", 2128 * time.Millisecond, true},
		{"10", 10 * time.Second, true},
		{" 0 ", 0, true},
		{"Thu, 02 Jan 2025 03:04:15 GMT", 10 * time.Second, true},
		{"Thu, 02 Jan 2025 03:04:00 GMT", 0, true},
		{"-1", 0, false},
		{"NaN", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	} {
		got, ok := parseRetryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestBackoffBounds(t *testing.T) {
	p := DefaultRetryPolicy()
	for n := 1; n < 80; n++ {
		d := p.backoff(n)
		limit := min(p.MaxDelay, p.BaseDelay<<min(n-1, 20))
		if d < 0 || d >= limit {
			t.Fatalf("backoff(%d) = %v, limit %v", n, d, limit)
		}
	}
}
