package graph

import (
	"net/http"
	"net/url"
)

// CallOption adjusts a single call (Do, DoURL, or every page of a Pager).
type CallOption func(*callConfig)

type callConfig struct {
	header       http.Header
	query        url.Values
	editors      []func(*http.Request) error
	retry        *RetryPolicy
	capture      *Response
	noRedirect   bool
	allowForeign bool
	maxBody      *int64 // WithMaxResponseBytes, nil if not given
	nulls        []string
	members      map[string]any
}

// Response is filled by CaptureResponse with the final response's status and
// headers (Location, request-id, ...), also when the call fails.
type Response struct {
	StatusCode int
	Header     http.Header
}

// RequestID returns the request-id response header.
func (r *Response) RequestID() string { return r.Header.Get("Request-Id") }

// WithHeader sets (replaces) a request header.
func WithHeader(key, value string) CallOption {
	return func(c *callConfig) {
		if c.header == nil {
			c.header = make(http.Header)
		}
		c.header.Set(key, value)
	}
}

// WithQuery sets (replaces) a query parameter. It does not apply to
// @odata.nextLink and other absolute URLs, which are sent verbatim.
func WithQuery(key, value string) CallOption {
	return func(c *callConfig) {
		if c.query == nil {
			c.query = make(url.Values)
		}
		c.query.Set(key, value)
	}
}

// WithRequestEditor registers a function that may change each outgoing
// *http.Request (every attempt) just before it is sent. An error aborts the
// call.
func WithRequestEditor(fn func(*http.Request) error) CallOption {
	return func(c *callConfig) { c.editors = append(c.editors, fn) }
}

// WithRetry overrides the client's retry policy for this call. Zero fields
// take their DefaultRetryPolicy values.
func WithRetry(p RetryPolicy) CallOption {
	return func(c *callConfig) { c.retry = &p }
}

// NoRetry sends the request once.
func NoRetry() CallOption {
	return func(c *callConfig) { c.retry = &RetryPolicy{MaxAttempts: 1} }
}

// CaptureResponse stores the final status code and response headers in r.
func CaptureResponse(r *Response) CallOption {
	return func(c *callConfig) { c.capture = r }
}

// NoRedirect stops the client from following 3xx responses. A 3xx response
// with a Location header then makes the call return a *RedirectError holding
// the (often preauthenticated) target URL.
func NoRedirect() CallOption {
	return func(c *callConfig) { c.noRedirect = true }
}

// AllowForeignNextLink lets a Pager follow an @odata.nextLink or deltaLink
// whose origin differs from the client's base URL. Such links are fetched
// without the bearer token, and plain http is still refused unless the host
// is a loopback address.
func AllowForeignNextLink() CallOption {
	return func(c *callConfig) { c.allowForeign = true }
}

// WithMaxResponseBytes caps the length of this call's success body, as
// Options.MaxResponseBytes does client-wide (n <= 0: no cap for this call).
// A longer body is an error wrapping ErrResponseTooLarge that names the
// cap.
func WithMaxResponseBytes(n int64) CallOption {
	return func(c *callConfig) { c.maxBody = &n }
}

// maxResponseBytes is the call's cap on success bodies given the client's.
func (c *callConfig) maxResponseBytes(client int64) int64 {
	if c.maxBody != nil {
		return *c.maxBody
	}
	return client
}

// config returns the call configuration for opts. Without options it returns
// the client's shared zero config, which must not be modified.
func (c *Client) config(opts []CallOption) *callConfig {
	if len(opts) == 0 {
		return &c.nocfg
	}
	cfg := new(callConfig)
	for _, o := range opts {
		if o != nil {
			o(cfg)
		}
	}
	return cfg
}

// SendNull sends the named top-level members of the request body as JSON
// null. Generated model structs leave out nil fields (nil means "absent,
// keep the current value" in a PATCH); SendNull is how a PATCH clears a
// property:
//
//	c.UpdateUser(ctx, id, &models.User{JobTitle: graph.Ptr("Engineer")}, graph.SendNull("officeLocation"))
//
// It applies to bodies that encode to a JSON object; see WithNulls.
func SendNull(members ...string) CallOption {
	return func(c *callConfig) { c.nulls = append(c.nulls, members...) }
}
