package graph

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
)

// DefaultUserAgent is sent when Options.UserAgent is empty.
const DefaultUserAgent = "graphsdkgen-go"

// Options configures a Client. The zero value talks to the global cloud's
// v1.0 endpoint without authentication.
type Options struct {
	// Cloud selects the national cloud; default Global.
	Cloud Cloud
	// Version is the API version path, "v1.0" (default) or "beta".
	Version string
	// BaseURL overrides Cloud.BaseURL(Version) entirely (it includes the
	// version path, if any). It must be https on the cloud's Graph host, or
	// http(s) on a loopback host (127.0.0.0/8, ::1, localhost) for tests.
	BaseURL string
	// TokenSource supplies bearer tokens; nil sends no Authorization header
	// (the HTTPClient may authenticate by itself).
	TokenSource TokenSource
	// Scopes passed to TokenSource; default []string{Cloud.Scope()}.
	Scopes []string
	// HTTPClient sends the requests; default a new http.Client with no
	// timeout (the caller's context deadline rules). The Client works on a
	// copy and never modifies it.
	HTTPClient *http.Client
	// Retry is the client-wide retry policy: nil means DefaultRetryPolicy(),
	// &RetryPolicy{MaxAttempts: 1} turns retries off.
	Retry *RetryPolicy
	// Logger receives one record per attempt; nil disables logging.
	Logger *slog.Logger
	// UserAgent is the User-Agent header; default DefaultUserAgent.
	UserAgent string
	// MaxResponseBytes caps the length of the success bodies Do reads
	// (decoded JSON and *[]byte results; not a stream handed over as
	// *io.ReadCloser). A longer body is an error wrapping
	// ErrResponseTooLarge. Zero or negative means no cap;
	// WithMaxResponseBytes overrides it per call. Error bodies are always
	// capped (64 KiB kept in Error.Body).
	MaxResponseBytes int64
}

// Client sends requests to Microsoft Graph. It is safe for concurrent use;
// apart from a cache of the last Authorization value, nothing in it changes
// after NewClient.
type Client struct {
	base       string   // base URL without trailing slash
	baseURL    *url.URL // parsed base (read-only)
	origin     origin   // the only origin that receives the bearer token
	tokens     TokenSource
	scopes     []string
	hc         *http.Client // follows redirects, token stripped off-origin
	hcNoRedi   *http.Client // returns 3xx responses as they are
	retry      RetryPolicy
	maxBody    int64 // Options.MaxResponseBytes, <= 0 for no cap
	log        *slog.Logger
	uaHeader   []string // shared, read-only header values
	acceptJSON []string
	nocfg      callConfig // shared, read-only config for calls without options

	lastBearer atomic.Pointer[bearerValue] // a cache only; see bearer
	additional typeCache                   // which result types hold AdditionalData
}

// NewClient validates o and returns a Client.
func NewClient(o Options) (*Client, error) {
	cloud := o.Cloud
	if cloud == "" {
		cloud = Global
	}
	if cloud.Host() == "" {
		return nil, fmt.Errorf("graph: unknown cloud %q", string(cloud))
	}
	version := o.Version
	if version == "" {
		version = "v1.0"
	}
	if !validVersion(version) {
		return nil, fmt.Errorf("graph: invalid API version %q", version)
	}
	base, err := parseBaseURL(o.BaseURL, cloud, version)
	if err != nil {
		return nil, err
	}
	c := &Client{
		base:       strings.TrimSuffix(base.String(), "/"),
		baseURL:    base,
		origin:     originOf(base),
		tokens:     o.TokenSource,
		scopes:     slices.Clone(o.Scopes),
		log:        o.Logger,
		maxBody:    o.MaxResponseBytes,
		acceptJSON: []string{"application/json"},
	}
	if len(c.scopes) == 0 {
		c.scopes = []string{cloud.Scope()}
	}
	ua := o.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	c.uaHeader = []string{ua}
	if o.Retry != nil {
		c.retry = o.Retry.normalized()
	} else {
		c.retry = DefaultRetryPolicy()
	}
	hc := http.Client{}
	if o.HTTPClient != nil {
		hc = *o.HTTPClient
	}
	follow, stop := hc, hc
	follow.CheckRedirect = c.checkRedirect(hc.CheckRedirect)
	stop.CheckRedirect = noRedirect
	c.hc, c.hcNoRedi = &follow, &stop
	return c, nil
}

// BaseURL returns the base URL requests are sent to, without a trailing
// slash, e.g. "https://graph.microsoft.com/v1.0".
func (c *Client) BaseURL() string { return c.base }

func validVersion(v string) bool {
	for i := 0; i < len(v); i++ {
		b := v[i]
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '.' || b == '-' || b == '_') {
			return false
		}
	}
	return v != ""
}

// parseBaseURL applies the BaseURL rules documented on Options.
func parseBaseURL(raw string, cloud Cloud, version string) (*url.URL, error) {
	if raw == "" {
		return url.Parse(cloud.BaseURL(version))
	}
	u, err := url.Parse(strings.TrimRight(raw, "/"))
	if err != nil {
		return nil, errors.New("graph: invalid BaseURL")
	}
	if u.Host == "" || u.Opaque != "" || u.User != nil || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		return nil, errors.New("graph: BaseURL must be scheme://host[/path] without user info, query or fragment")
	}
	host := u.Hostname()
	switch {
	case (u.Scheme == "http" || u.Scheme == "https") && isLoopback(host):
		return u, nil
	case u.Scheme == "https" && strings.EqualFold(host, cloud.Host()) && (u.Port() == "" || u.Port() == "443"):
		return u, nil
	case u.Scheme == "https":
		return nil, fmt.Errorf("graph: BaseURL host %q is not the %s cloud's Graph host %q", host, string(cloud), cloud.Host())
	}
	return nil, fmt.Errorf("graph: BaseURL scheme %q: must be https (http only on a loopback host)", u.Scheme)
}
