package graph

import (
	"context"
	"math"
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// RetryPolicy controls how throttled and unavailable responses are retried.
//
// A response whose status is in RetryOn is retried after the delay given by
// its Retry-After header (decimal seconds such as "2.128", or an HTTP date),
// or else after an exponential backoff with full jitter: a random duration
// in [0, min(MaxDelay, BaseDelay*2^(n-1))) before retry n. A Retry-After
// longer than MaxDelay, or one that would outlast the context deadline, is
// not waited for: the call returns the *Error (with RetryAfter set) at once.
//
// Requests that are not idempotent (POST, PATCH and any method other than
// GET, HEAD, PUT, DELETE, OPTIONS and TRACE) are retried only when the
// response says the service did not act on them: 429, or 503 with a valid
// Retry-After header, and only if RetryOn lists that status. They are never
// retried after a 504 or a 503 without Retry-After (the service may have
// done the work), whatever RetryOn says. Transport errors are never
// retried, for any method, since the request may have been sent. Request
// bodies are replayed byte for byte; an io.Reader body
// that is not an io.Seeker is sent once.
type RetryPolicy struct {
	// MaxAttempts is the total number of attempts; 1 disables retries.
	// Zero or negative means 1.
	MaxAttempts int
	// BaseDelay is the first backoff step; zero means 500ms.
	BaseDelay time.Duration
	// MaxDelay caps the backoff and the honoured Retry-After; zero means 30s.
	MaxDelay time.Duration
	// RetryOn lists the retried status codes; nil means 429, 503 and 504.
	RetryOn []int
}

const (
	defaultBaseDelay = 500 * time.Millisecond
	defaultMaxDelay  = 30 * time.Second
)

// DefaultRetryPolicy returns 4 attempts, 500ms base delay, 30s maximum
// delay, retrying 429, 503 and 504.
func DefaultRetryPolicy() RetryPolicy {
	return RetryPolicy{
		MaxAttempts: 4,
		BaseDelay:   defaultBaseDelay,
		MaxDelay:    defaultMaxDelay,
		RetryOn:     []int{http.StatusTooManyRequests, http.StatusServiceUnavailable, http.StatusGatewayTimeout},
	}
}

// normalized fills zero fields with defaults and copies RetryOn.
func (p RetryPolicy) normalized() RetryPolicy {
	if p.MaxAttempts < 1 {
		p.MaxAttempts = 1
	}
	if p.BaseDelay <= 0 {
		p.BaseDelay = defaultBaseDelay
	}
	if p.MaxDelay <= 0 {
		p.MaxDelay = defaultMaxDelay
	}
	if p.MaxDelay < p.BaseDelay {
		p.MaxDelay = p.BaseDelay
	}
	if p.RetryOn == nil {
		p.RetryOn = DefaultRetryPolicy().RetryOn
	} else {
		p.RetryOn = slices.Clone(p.RetryOn)
	}
	return p
}

// retries reports whether the policy retries resp to a request with the
// given method (see RetryPolicy for the rule on non-idempotent methods).
func (p *RetryPolicy) retries(method string, resp *http.Response) bool {
	if !slices.Contains(p.RetryOn, resp.StatusCode) {
		return false
	}
	return idempotent(method) || notProcessed(resp)
}

// idempotent reports whether sending method twice has the effect of sending
// it once (RFC 9110, section 9.2.2).
func idempotent(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions, http.MethodTrace:
		return true
	}
	return false
}

// notProcessed reports whether resp says the service refused the request
// without acting on it: 429 Too Many Requests, or 503 Service Unavailable
// with a valid Retry-After (Graph's throttling answer). A 504, or a 503
// without Retry-After, may come after the work was done.
func notProcessed(resp *http.Response) bool {
	switch resp.StatusCode {
	case http.StatusTooManyRequests:
		return true
	case http.StatusServiceUnavailable:
		_, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		return ok
	}
	return false
}

// delay returns how long to wait before the attempt after attempt n (1-based)
// and whether to retry at all.
func (p *RetryPolicy) delay(n int, retryAfter string) (time.Duration, bool) {
	if d, ok := parseRetryAfter(retryAfter, time.Now()); ok {
		return d, d <= p.MaxDelay
	}
	return p.backoff(n), true
}

// backoff is exponential backoff with full jitter.
func (p *RetryPolicy) backoff(n int) time.Duration {
	ceil := p.MaxDelay
	if n-1 < 62 && p.BaseDelay <= p.MaxDelay>>(n-1) {
		ceil = p.BaseDelay << (n - 1)
	}
	if ceil <= 0 {
		return 0
	}
	return rand.N(ceil)
}

// parseRetryAfter reads a Retry-After value: non-negative decimal seconds
// ("2.128") or an HTTP date (a past date means 0).
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if v[0] >= '0' && v[0] <= '9' || v[0] == '.' {
		s, err := strconv.ParseFloat(v, 64)
		if err != nil || s < 0 || math.IsInf(s, 0) || math.IsNaN(s) {
			return 0, false
		}
		if s > float64(math.MaxInt64/int64(time.Second)) {
			return time.Duration(math.MaxInt64), true
		}
		return time.Duration(s * float64(time.Second)), true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}

// fitsDeadline reports whether waiting d leaves the context alive.
func fitsDeadline(ctx context.Context, d time.Duration) bool {
	dl, ok := ctx.Deadline()
	return !ok || time.Until(dl) > d
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
