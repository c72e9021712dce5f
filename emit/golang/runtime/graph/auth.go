package graph

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
)

// TokenSource supplies OAuth 2.0 bearer tokens. The Client calls Token once
// per request attempt with the request's context and the configured scopes;
// implementations are expected to cache and refresh tokens themselves.
// The azidentity adapter lives outside this package so that it imports only
// the standard library.
type TokenSource interface {
	Token(ctx context.Context, scopes []string) (string, error)
}

// TokenSourceFunc adapts a function to the TokenSource interface.
type TokenSourceFunc func(ctx context.Context, scopes []string) (string, error)

// Token calls f(ctx, scopes).
func (f TokenSourceFunc) Token(ctx context.Context, scopes []string) (string, error) {
	return f(ctx, scopes)
}

// origin is a URL's scheme and host:port, lowercased, default port removed.
// The bearer token is only ever sent to the client's own origin.
type origin struct {
	scheme, host string
}

func originOf(u *url.URL) origin {
	scheme := strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Host)
	switch {
	case scheme == "https" && strings.HasSuffix(host, ":443"):
		host = host[:len(host)-len(":443")]
	case scheme == "http" && strings.HasSuffix(host, ":80"):
		host = host[:len(host)-len(":80")]
	}
	return origin{scheme, host}
}

// isLoopback reports whether host (without port) is localhost, 127.0.0.0/8
// or ::1.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.Unmap().IsLoopback()
}

// setAuth attaches a fresh token to h when own is true and a TokenSource is
// configured, and removes any Authorization header when own is false.
func (c *Client) setAuth(ctx context.Context, h http.Header, own bool) error {
	if !own {
		delete(h, "Authorization")
		return nil
	}
	if c.tokens == nil {
		return nil
	}
	tok, err := c.tokens.Token(ctx, c.scopes)
	if err != nil {
		return fmt.Errorf("graph: acquiring token: %w", err)
	}
	if tok == "" {
		return errors.New("graph: acquiring token: TokenSource returned an empty token")
	}
	h["Authorization"] = c.bearer(tok)
	return nil
}

// bearerValue caches the Authorization header value of the last token, so
// an unchanged token costs no allocation. The slice is shared read-only.
type bearerValue struct {
	token string
	value []string
}

func (c *Client) bearer(tok string) []string {
	if b := c.lastBearer.Load(); b != nil && b.token == tok {
		return b.value
	}
	b := &bearerValue{tok, []string{"Bearer " + tok}}
	c.lastBearer.Store(b)
	return b.value
}
