package graph

import (
	"context"
	"errors"
	"testing"
)

// TestRetryNonIdempotent counts requests server-side: POST and PATCH are
// resent only after 429 or 503 with Retry-After; GET, PUT and DELETE keep
// retrying 504 and a bare 503.
func TestRetryNonIdempotent(t *testing.T) {
	none := func() (string, string) { return "X-None", "1" }
	after := func() (string, string) { return "Retry-After", "0" }
	for _, tc := range []struct {
		method string
		status int
		header func() (string, string)
		want   int // requests the server sees; 2 = retried once, then 200
	}{
		{"POST", 504, after, 1},
		{"POST", 504, none, 1},
		{"POST", 503, none, 1},
		{"POST", 503, func() (string, string) { return "Retry-After", "soon" }, 1}, // unparseable
		{"PATCH", 504, none, 1},
		{"PATCH", 503, none, 1},
		{"POST", 429, after, 2},
		{"POST", 429, none, 2},
		{"POST", 503, after, 2},
		{"PATCH", 429, none, 2},
		{"PATCH", 503, after, 2},
		{"GET", 504, none, 2},
		{"GET", 503, none, 2},
		{"PUT", 504, none, 2},
		{"DELETE", 503, none, 2},
	} {
		h, _ := flaky(1, tc.status, tc.header)
		srv, rec := newServer(t, h)
		c := newClient(t, srv, Options{Retry: &RetryPolicy{MaxAttempts: 3, BaseDelay: 1e6, MaxDelay: 2e6}})
		var body any
		if tc.method != "GET" && tc.method != "DELETE" {
			body = map[string]string{"displayName": "Ada"}
		}
		err := c.Do(context.Background(), &Request{Method: tc.method, Path: "/users", Body: body}, nil)
		if rec.count() != tc.want {
			t.Errorf("%s after %d (%s): %d requests, want %d (err %v)", tc.method, tc.status, func() string { k, v := tc.header(); return k + ": " + v }(), rec.count(), tc.want, err)
		}
		var ge *Error
		if tc.want == 1 && (!errors.As(err, &ge) || ge.StatusCode != tc.status) {
			t.Errorf("%s after %d: err %v, want the *Error", tc.method, tc.status, err)
		}
		if tc.want == 2 && err != nil {
			t.Errorf("%s after %d: %v", tc.method, tc.status, err)
		}
	}
}

// TestRetryNonIdempotentIgnoresRetryOn: a policy that lists 500 does not
// make a POST retry it.
func TestRetryNonIdempotentIgnoresRetryOn(t *testing.T) {
	h, _ := flaky(1, 500, func() (string, string) { return "Retry-After", "0" })
	srv, rec := newServer(t, h)
	c := newClient(t, srv, Options{})
	err := c.Do(context.Background(), &Request{Method: "POST", Path: "/x", Body: []byte("{}"), ContentType: "application/json"}, nil,
		WithRetry(RetryPolicy{MaxAttempts: 3, BaseDelay: 1e6, RetryOn: []int{500}}))
	if err == nil || rec.count() != 1 {
		t.Errorf("err %v, requests %d", err, rec.count())
	}
}
