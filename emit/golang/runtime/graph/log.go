package graph

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// displayURL renders u for errors and logs: without query or fragment, and
// for URLs outside the client's origin (upload URLs, preauthenticated
// downloads, foreign links) without the path, which may be a capability.
func displayURL(u *url.URL, own bool) string {
	if !own {
		return u.Scheme + "://" + u.Host + "/[redacted]"
	}
	v := *u
	v.RawQuery, v.ForceQuery, v.Fragment, v.RawFragment = "", false, "", ""
	return v.String()
}

// logURL is displayURL plus the query keys, each value replaced by REDACTED:
// skip and delta tokens and filters can be capabilities or personal data.
func logURL(u *url.URL, own bool) string {
	s := displayURL(u, own)
	if u.RawQuery == "" {
		return s
	}
	var b strings.Builder
	b.WriteString(s)
	for i, kv := range strings.Split(u.RawQuery, "&") {
		if i == 0 {
			b.WriteByte('?')
		} else {
			b.WriteByte('&')
		}
		k, _, _ := strings.Cut(kv, "=")
		if uk, err := url.QueryUnescape(k); err == nil {
			k = uk
		}
		b.WriteString(k)
		b.WriteString("=REDACTED")
	}
	return b.String()
}

// logAttempt writes one record per attempt when a Logger is configured:
// method, redacted URL, status, attempt, duration, request-id and the retry
// delay. It never logs headers such as Authorization, nor bodies.
func (c *Client) logAttempt(ctx context.Context, o *outgoing, attempt int, resp *http.Response, start time.Time, err error, retryIn time.Duration) {
	if c.log == nil {
		return
	}
	level := slog.LevelDebug
	switch {
	case err != nil || resp != nil && resp.StatusCode >= 400 && retryIn < 0:
		level = slog.LevelWarn
	case retryIn >= 0:
		level = slog.LevelInfo
	}
	if !c.log.Enabled(ctx, level) {
		return
	}
	attrs := make([]slog.Attr, 0, 8)
	attrs = append(attrs,
		slog.String("method", o.method),
		slog.String("url", logURL(o.u, o.own)),
		slog.Int("attempt", attempt),
		slog.Duration("duration", time.Since(start)),
	)
	if resp != nil {
		attrs = append(attrs, slog.Int("status", resp.StatusCode))
		if id := resp.Header.Get("Request-Id"); id != "" {
			attrs = append(attrs, slog.String("request_id", id))
		}
	}
	if err != nil {
		attrs = append(attrs, slog.String("error", err.Error()))
	}
	msg := "graph request"
	if retryIn >= 0 {
		msg = "graph request retry"
		attrs = append(attrs, slog.Duration("retry_in", retryIn))
	}
	c.log.LogAttrs(ctx, level, msg, attrs...)
}
