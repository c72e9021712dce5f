package graph

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
)

// Redirect rules. "Host" means origin here: scheme, host and port, as for
// the bearer token.
//
//   - The Authorization header is removed on every hop that leaves the
//     client's origin.
//   - A hop to plain http is refused except on loopback hosts.
//   - A 307 or 308, which keeps the method and the body, is followed to
//     another origin only for GET and HEAD. For any other method (POST,
//     PUT, PATCH, DELETE, ...) the call stops and returns a *RedirectError
//     naming the target's origin: the body is never sent to a host the
//     caller did not choose.
//   - A 307 or 308 on the same origin resends the body when it can be
//     replayed (in-memory and JSON bodies; net/http uses GetBody) and
//     otherwise stops with a *RedirectError.
//   - 301, 302 and 303 are followed as net/http does: as a GET without
//     body (HEAD stays HEAD).

const maxRedirects = 10

// checkRedirect wraps the caller's redirect policy with the rules above.
// net/http alone only strips the token when the host name changes (it
// ignores the port and the scheme), and resends a 307 body to any host.
func (c *Client) checkRedirect(next func(*http.Request, []*http.Request) error) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if originOf(req.URL) != c.origin {
			req.Header.Del("Authorization")
		}
		if req.URL.Scheme != "https" && !isLoopback(req.URL.Hostname()) {
			return errors.New("redirect to plain http refused")
		}
		if keepsBody(req.Response) && !safeMethod(req.Method) && originOf(req.URL) != originOf(via[0].URL) {
			return http.ErrUseLastResponse // finish turns it into a *RedirectError
		}
		if next != nil {
			return next(req, via)
		}
		if len(via) >= maxRedirects {
			return fmt.Errorf("graph: stopped after %d redirects", maxRedirects)
		}
		return nil
	}
}

func noRedirect(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

// keepsBody reports whether resp is a redirect that keeps the method and
// body: 307 Temporary Redirect or 308 Permanent Redirect.
func keepsBody(resp *http.Response) bool {
	return resp != nil && (resp.StatusCode == http.StatusTemporaryRedirect || resp.StatusCode == http.StatusPermanentRedirect)
}

func safeMethod(m string) bool { return m == http.MethodGet || m == http.MethodHead }

// redirectError builds the *RedirectError for a 3xx response that was not
// followed, or returns nil if resp has no usable Location.
func redirectError(resp *http.Response, o *outgoing, noRedirect bool) *RedirectError {
	loc, err := resp.Location()
	if err != nil {
		return nil
	}
	e := &RedirectError{StatusCode: resp.StatusCode, Location: loc.String(), Method: o.method, URL: displayURL(o.u, o.own)}
	switch {
	case noRedirect:
		e.Reason = "NoRedirect"
	case !safeMethod(o.method) && originOf(loc) != originOf(o.u):
		e.Reason = o.method + " not resent to another host " + originString(loc)
	case o.body.r != nil:
		e.Reason = "the request body cannot be replayed"
	default:
		e.Reason = "stopped by the HTTP client's CheckRedirect"
	}
	return e
}

// originString renders u's origin, which (unlike the path and query) is
// never a capability.
func originString(u *url.URL) string {
	o := originOf(u)
	return o.scheme + "://" + o.host
}
