package graph

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Do sends req and decodes the response into out.
//
//   - out == nil: any 2xx succeeds; a body, if any, is drained.
//   - out is *io.ReadCloser: on 2xx the live body is handed over unread and
//     the caller must close it.
//   - out is *[]byte: the raw body is stored (it may be empty).
//   - A body Do reads (JSON or *[]byte) longer than Options.MaxResponseBytes
//     or WithMaxResponseBytes is an error wrapping ErrResponseTooLarge;
//     a body handed over as *io.ReadCloser is not capped.
//   - otherwise out must be a pointer for encoding/json. A 2xx with an empty
//     body returns an error wrapping ErrEmptyBody; an undecodable body
//     returns the decoding error. out is never silently left zero.
//   - A non-2xx response returns *Error. With NoRedirect, a 3xx with a
//     Location returns *RedirectError; so does a 307 or 308 that is not
//     followed because it would resend a body to another host (scheme,
//     host and port) or a body that cannot be replayed (see redirect.go's
//     rules, summarized in the package doc).
//
// Throttled and unavailable responses are retried according to the retry
// policy (POST and PATCH only on 429 and on 503 with Retry-After; see
// RetryPolicy); the bearer token is fetched for every attempt.
func (c *Client) Do(ctx context.Context, req *Request, out any, opts ...CallOption) error {
	cfg := c.config(opts)
	o, err := c.prepare(req, cfg, out)
	if err != nil {
		return err
	}
	return c.send(ctx, &o, out, cfg)
}

// DoURL sends a request to an absolute URL such as an upload session's
// uploadUrl or a Location header. The bearer token is attached only when the
// URL has the client's own origin (scheme, host and port of the base URL);
// any other https URL, or http on a loopback host, is sent without it. A
// rawURL starting with '/' is resolved against the base URL's host.
// body and contentType follow the rules of Request.Body; out those of Do.
// Headers such as Content-Range are given with WithHeader.
func (c *Client) DoURL(ctx context.Context, method, rawURL string, body any, contentType string, out any, opts ...CallOption) error {
	cfg := c.config(opts)
	o, err := c.prepareURL(method, rawURL, nil, body, contentType, out, cfg, true)
	if err != nil {
		return err
	}
	return c.send(ctx, &o, out, cfg)
}

// prepare builds the outgoing request for a path relative to the base URL.
func (c *Client) prepare(req *Request, cfg *callConfig, out any) (outgoing, error) {
	if req == nil {
		return outgoing{}, errors.New("graph: nil Request")
	}
	p := req.Path
	if p == "" || p[0] != '/' || strings.ContainsAny(p, "?#") {
		return outgoing{}, fmt.Errorf("graph: Request.Path %q must start with '/' and contain no '?' or '#'", p)
	}
	q := req.Query
	if len(cfg.query) > 0 {
		q = make(url.Values, len(q)+len(cfg.query))
		for k, v := range req.Query {
			q[k] = v
		}
		for k, v := range cfg.query {
			q[k] = v
		}
	}
	raw := c.base + p
	if len(q) > 0 {
		raw = c.base + p + "?" + encodeQuery(q)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return outgoing{}, fmt.Errorf("graph: Request.Path %q: %w", p, errors.Unwrap(err))
	}
	reqBody, err := resolveRef(req.Body, c.base)
	if err != nil {
		return outgoing{}, err
	}
	if len(cfg.members) > 0 && reqBody != nil {
		reqBody = withMembers{v: reqBody, members: cfg.members, what: "SendMember"}
	}
	if len(cfg.nulls) > 0 && reqBody != nil {
		reqBody = WithNulls(reqBody, cfg.nulls...)
	}
	body, ct, err := newBody(reqBody, req.ContentType)
	if err != nil {
		return outgoing{}, err
	}
	return outgoing{
		method: methodOrGet(req.Method),
		u:      u,
		own:    true,
		header: c.header(req.Header, cfg, out, ct, needsEventual(p, q)),
		body:   body,
	}, nil
}

// prepareURL builds the outgoing request for an absolute URL (or a path
// starting with '/', resolved against the base URL) and decides whether it
// may carry the token.
func (c *Client) prepareURL(method, raw string, hdr http.Header, body any, contentType string, out any, cfg *callConfig, allowForeign bool) (outgoing, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return outgoing{}, errors.New("graph: invalid URL")
	}
	if !u.IsAbs() && strings.HasPrefix(raw, "/") && !strings.HasPrefix(raw, "//") {
		u = c.baseURL.ResolveReference(u)
	}
	if (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
		return outgoing{}, errors.New("graph: URL must be absolute http(s) without user info")
	}
	own := originOf(u) == c.origin
	if !own {
		disp := displayURL(u, false)
		if !allowForeign {
			return outgoing{}, fmt.Errorf("graph: %s: %w", disp, ErrForeignLink)
		}
		if u.Scheme == "http" && !isLoopback(u.Hostname()) {
			return outgoing{}, fmt.Errorf("graph: %s: refusing plain http to a non-loopback host", disp)
		}
	}
	b, ct, err := newBody(body, contentType)
	if err != nil {
		return outgoing{}, err
	}
	q, _ := url.ParseQuery(u.RawQuery)
	return outgoing{
		method: methodOrGet(method),
		u:      u,
		own:    own,
		header: c.header(hdr, cfg, out, ct, needsEventual(u.Path, q)),
		body:   b,
	}, nil
}

func methodOrGet(m string) string {
	if m == "" {
		return http.MethodGet
	}
	return m
}

// header merges the request's headers, the call options' headers and the
// defaults into a new map owned by the call.
func (c *Client) header(base http.Header, cfg *callConfig, out any, contentType string, eventual bool) http.Header {
	h := make(http.Header, len(base)+len(cfg.header)+4)
	for k, v := range base {
		h[http.CanonicalHeaderKey(k)] = v
	}
	for k, v := range cfg.header {
		h[k] = v
	}
	if contentType != "" {
		h["Content-Type"] = []string{contentType}
	}
	if _, ok := h["Accept"]; !ok && wantsJSON(out) {
		h["Accept"] = c.acceptJSON
	}
	if _, ok := h["User-Agent"]; !ok {
		h["User-Agent"] = c.uaHeader
	}
	if _, ok := h["Consistencylevel"]; !ok && eventual {
		h["Consistencylevel"] = []string{"eventual"}
	}
	return h
}

// send runs the attempt loop: token, editors, round trip, retry decision.
func (c *Client) send(ctx context.Context, o *outgoing, out any, cfg *callConfig) error {
	pol := &c.retry
	if cfg.retry != nil {
		p := cfg.retry.normalized()
		pol = &p
	}
	attempts := pol.MaxAttempts
	if !o.body.replayable() {
		attempts = 1
	}
	hc := c.hc
	if cfg.noRedirect {
		hc = c.hcNoRedi
	}
	for attempt := 1; ; attempt++ {
		req := (&http.Request{
			Method:     o.method,
			URL:        o.u,
			Proto:      "HTTP/1.1",
			ProtoMajor: 1,
			ProtoMinor: 1,
			Header:     o.header,
			Host:       o.u.Host,
		}).WithContext(ctx)
		if err := o.body.attach(req, attempt); err != nil {
			return err
		}
		if err := c.setAuth(ctx, o.header, o.own); err != nil {
			return err
		}
		for _, edit := range cfg.editors {
			if err := edit(req); err != nil {
				return fmt.Errorf("graph: request editor: %w", err)
			}
		}
		var start time.Time
		if c.log != nil {
			start = time.Now()
		}
		resp, err := hc.Do(req)
		if err != nil {
			err = transportError(o, err)
			c.logAttempt(ctx, o, attempt, nil, start, err, -1)
			return err
		}
		if attempt < attempts && pol.retries(o.method, resp) {
			d, ok := pol.delay(attempt, resp.Header.Get("Retry-After"))
			if ok && fitsDeadline(ctx, d) {
				last := newError(o.method, displayURL(o.u, o.own), resp)
				c.logAttempt(ctx, o, attempt, resp, start, nil, d)
				if err := sleep(ctx, d); err != nil {
					return fmt.Errorf("%w while waiting to retry: %w", err, last)
				}
				continue
			}
		}
		c.logAttempt(ctx, o, attempt, resp, start, nil, -1)
		return c.finish(resp, o, out, cfg)
	}
}

// finish turns the final response into the call's result.
func (c *Client) finish(resp *http.Response, o *outgoing, out any, cfg *callConfig) error {
	if cfg.capture != nil {
		*cfg.capture = Response{StatusCode: resp.StatusCode, Header: resp.Header}
	}
	s := resp.StatusCode
	switch {
	case s >= 200 && s < 300:
		return decode(resp, o, out, &c.additional, cfg.maxResponseBytes(c.maxBody))
	case s >= 300 && s < 400 && cfg.noRedirect, keepsBody(resp):
		// A 307/308 reaches here unfollowed only when the redirect rules
		// (redirect.go) or the caller's CheckRedirect stopped it.
		if re := redirectError(resp, o, cfg.noRedirect); re != nil {
			drainClose(resp.Body)
			return re
		}
	}
	return newError(o.method, displayURL(o.u, o.own), resp)
}

// transportError wraps a round-trip error without the URL's query, which
// *url.Error would print.
func transportError(o *outgoing, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return fmt.Errorf("graph: %s %s: %w", o.method, displayURL(o.u, o.own), err)
}
