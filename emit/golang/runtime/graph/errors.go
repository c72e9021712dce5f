package graph

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// ErrEmptyBody is wrapped by the error Do returns when a 2xx response has no
// body although the caller asked for a decoded value.
var ErrEmptyBody = errors.New("graph: empty response body")

// ErrForeignLink is wrapped by the error returned for an @odata.nextLink or
// deltaLink whose origin is not the client's base URL (see
// AllowForeignNextLink).
var ErrForeignLink = errors.New("graph: link points outside the client's base URL")

// ErrNoMorePages is returned by Pager.NextPage after the last page.
var ErrNoMorePages = errors.New("graph: no more pages")

// maxErrorBody caps Error.Body.
const maxErrorBody = 64 << 10

// Error is a non-2xx response from Microsoft Graph. Use errors.As to get it:
//
//	var ge *graph.Error
//	if errors.As(err, &ge) && ge.Code == "Request_ResourceNotFound" { ... }
type Error struct {
	StatusCode      int
	Code            string // error.code, e.g. "ItemNotFound"
	Message         string // error.message
	InnerError      *InnerError
	Details         []ErrorDetail
	RequestID       string        // innerError.request-id, else the request-id header
	ClientRequestID string        // innerError.client-request-id, else the header
	Date            string        // innerError.date, else the Date header
	RetryAfter      time.Duration // from Retry-After, 0 if absent
	Method          string
	URL             string      // request URL without its query
	Body            []byte      // raw response body, at most 64 KiB
	Header          http.Header // allowlisted response headers only
}

// InnerError is Graph's error.innerError object.
type InnerError struct {
	Code            string      `json:"code,omitempty"`
	Message         string      `json:"message,omitempty"`
	RequestID       string      `json:"request-id,omitempty"`
	ClientRequestID string      `json:"client-request-id,omitempty"`
	Date            string      `json:"date,omitempty"`
	InnerError      *InnerError `json:"innerError,omitempty"`
}

// ErrorDetail is one entry of Graph's error.details array.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Target  string `json:"target,omitempty"`
}

// Error returns e.g. "graph: POST https://graph.microsoft.com/beta/x/y:
// 404 Not Found: ItemNotFound: message (request-id abc)". It never contains
// the query string or request headers.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("graph: ")
	if e.Method != "" {
		b.WriteString(e.Method)
		b.WriteByte(' ')
	}
	if e.URL != "" {
		b.WriteString(e.URL)
		b.WriteString(": ")
	}
	b.WriteString(strconv.Itoa(e.StatusCode))
	if t := http.StatusText(e.StatusCode); t != "" {
		b.WriteByte(' ')
		b.WriteString(t)
	}
	if e.Code != "" {
		b.WriteString(": ")
		b.WriteString(e.Code)
	}
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	if e.RequestID != "" {
		b.WriteString(" (request-id ")
		b.WriteString(e.RequestID)
		b.WriteByte(')')
	}
	return b.String()
}

// IsNotFound reports whether err is an *Error with status 404.
func IsNotFound(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.StatusCode == http.StatusNotFound
}

// IsThrottled reports whether err is an *Error with status 429, or 503 with
// a Retry-After header (Graph throttles with both).
func IsThrottled(err error) bool {
	var e *Error
	return errors.As(err, &e) && (e.StatusCode == http.StatusTooManyRequests ||
		e.StatusCode == http.StatusServiceUnavailable && e.Header.Get("Retry-After") != "")
}

// RedirectError is returned when NoRedirect is set and the response is a
// redirect, and when a 307 or 308 is not followed because it would resend
// the request's method and body to another host (scheme, host and port),
// or a body that cannot be replayed. Location is the resolved target, often
// a preauthenticated URL that needs no token; Error() does not print it.
type RedirectError struct {
	StatusCode int
	Location   string
	Method     string
	URL        string // request URL without its query
	// Reason says why the redirect was not followed: "NoRedirect", or
	// e.g. "POST not resent to another host https://example.com".
	Reason string
}

func (e *RedirectError) Error() string {
	reason := e.Reason
	if reason == "" {
		reason = "NoRedirect"
	}
	return "graph: " + e.Method + " " + e.URL + ": " + strconv.Itoa(e.StatusCode) + " " +
		http.StatusText(e.StatusCode) + ": redirect not followed (" + reason + ")"
}

// newError reads (at most 64 KiB of) resp.Body, closes it and builds the
// *Error for a non-2xx response.
func newError(method, displayURL string, resp *http.Response) *Error {
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	drainClose(resp.Body)
	e := &Error{
		StatusCode: resp.StatusCode,
		Method:     method,
		URL:        displayURL,
		Body:       body,
		Header:     make(http.Header),
	}
	// Only these response headers are kept in Error.Header.
	safe := [...]string{
		"Client-Request-Id", "Content-Type", "Date", "Request-Id", "Retry-After",
		"Www-Authenticate", "X-Ms-Ags-Diagnostic", "X-Ms-Resource-Unit",
		"X-Ms-Throttle-Information", "X-Ms-Throttle-Limit-Percentage", "X-Ms-Throttle-Scope",
	}
	for _, k := range safe {
		if v, ok := resp.Header[k]; ok {
			e.Header[k] = v
		}
	}
	e.RetryAfter, _ = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
	e.decodeBody(body)
	if e.InnerError != nil {
		e.RequestID = e.InnerError.RequestID
		e.ClientRequestID = e.InnerError.ClientRequestID
		e.Date = e.InnerError.Date
	}
	if e.RequestID == "" {
		e.RequestID = resp.Header.Get("Request-Id")
	}
	if e.ClientRequestID == "" {
		e.ClientRequestID = resp.Header.Get("Client-Request-Id")
	}
	if e.Date == "" {
		e.Date = resp.Header.Get("Date")
	}
	return e
}

// decodeBody fills Code, Message, InnerError and Details from a Graph error
// body. It also accepts OData v3 messages ({"lang","value"}) and OAuth-style
// {"error":"code","error_description":"..."} bodies, and ignores anything else.
func (e *Error) decodeBody(body []byte) {
	var env struct {
		Error            json.RawMessage `json:"error"`
		ErrorDescription string          `json:"error_description"`
	}
	if len(body) == 0 || json.Unmarshal(body, &env) != nil || len(env.Error) == 0 {
		return
	}
	if env.Error[0] == '"' {
		_ = json.Unmarshal(env.Error, &e.Code)
		e.Message = env.ErrorDescription
		return
	}
	var ge struct {
		Code       string          `json:"code"`
		Message    json.RawMessage `json:"message"`
		InnerError *InnerError     `json:"innerError"`
		Details    []ErrorDetail   `json:"details"`
	}
	if json.Unmarshal(env.Error, &ge) != nil {
		return
	}
	e.Code, e.InnerError, e.Details = ge.Code, ge.InnerError, ge.Details
	if len(ge.Message) > 0 {
		if ge.Message[0] == '{' {
			var m struct{ Value string }
			_ = json.Unmarshal(ge.Message, &m)
			e.Message = m.Value
		} else {
			_ = json.Unmarshal(ge.Message, &e.Message)
		}
	}
}

// ErrPagingCycle is wrapped by the error a Pager returns when an
// @odata.nextLink leads back to a page already fetched in the same paging
// run, which would otherwise page forever.
var ErrPagingCycle = errors.New("graph: paging cycle")
