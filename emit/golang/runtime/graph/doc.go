// Package graph is the runtime of a generated Microsoft Graph SDK. The
// generated per-workload packages build a Request and call Client.Do; this
// package does everything else: authentication, retries, paging, errors,
// redirects and logging. It imports only the standard library and keeps no
// package-level state.
//
// # Client
//
// NewClient takes Options. One Cloud value (Global, USGovL4, USGovL5DoD,
// China) decides the Graph host, the default token scope
// ("https://<host>/.default") and the only origin the bearer token is ever
// sent to. Version selects "v1.0" (default) or "beta". BaseURL may override
// the URL, but only with https on the cloud's Graph host or with http(s) on
// a loopback host for tests.
//
//	c, err := graph.NewClient(graph.Options{
//		TokenSource: graph.TokenSourceFunc(func(ctx context.Context, scopes []string) (string, error) {
//			return myCredential.Token(ctx, scopes) // cache inside
//		}),
//		Logger: slog.Default(), // optional
//	})
//
// The caller's *http.Client, if any, is copied, never modified. No timeout
// is added: the context passed to each call decides.
//
// # Requests
//
// Do sends a Request (Method, escaped Path relative to the base URL, Query,
// Header, Body) and decodes the JSON response into out; see Do for the rules
// on empty bodies, streams (*io.ReadCloser) and raw bytes (*[]byte).
// ExpandPath fills path templates with escaped, non-empty values. Query
// holds OData options ($select, $filter, ...); query strings are encoded
// with %20 for spaces, and $count=true or $search add "ConsistencyLevel:
// eventual" automatically. DoURL sends to an absolute URL, such as an upload
// session's uploadUrl.
//
// Call options adjust one call: WithHeader, WithQuery, WithRequestEditor,
// WithRetry, NoRetry, CaptureResponse (status and headers, e.g. Location or
// request-id), NoRedirect (a 3xx returns *RedirectError with the Location)
// and AllowForeignNextLink.
//
// # Security
//
// The token is attached only to URLs whose scheme, host and port equal the
// base URL's. It is removed on any redirect hop that leaves that origin
// (net/http alone would keep it across ports and schemes), never sent to a
// foreign @odata.nextLink (an error wrapping ErrForeignLink unless
// AllowForeignNextLink), nor to upload or other foreign URLs given to DoURL.
// Redirects to plain http are refused except on loopback hosts. A 307 or
// 308 (which keeps method and body) is followed to another origin only for
// GET and HEAD; for POST, PUT, PATCH, DELETE and others the call returns a
// *RedirectError naming the target's origin, so a body never travels to a
// host the caller did not choose. On the same origin a 307/308 resends the
// body only if it can be replayed.
// Error messages and logs show URLs without query values, and foreign URLs
// without their path, since both can be capabilities.
//
// # Errors
//
// A non-2xx response is an *Error with the Graph error code, message,
// details, request-id, Retry-After, the URL without query, the raw body (up
// to 64 KiB) and allowlisted response headers. IsNotFound and IsThrottled
// test common cases. A 2xx response without the expected body is an error
// wrapping ErrEmptyBody; Do never returns a zero value with a nil error.
// Options.MaxResponseBytes and WithMaxResponseBytes cap the success bodies
// Do reads (ErrResponseTooLarge); error bodies are read up to 64 KiB.
//
// # Retries
//
// RetryPolicy retries 429, 503 and 504 (DefaultRetryPolicy: 4 attempts,
// 500ms base, 30s cap), honouring Retry-After in decimal seconds or as an
// HTTP date, else exponential backoff with full jitter. Waits end early when
// the context is done, and are skipped when they would outlast its deadline.
// Bodies are encoded once and replayed identically. Options.Retry sets the
// client policy; WithRetry and NoRetry override it per call.
//
// Only idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS, TRACE) are
// retried on every listed status. POST, PATCH and other methods are retried
// only where the service says it did not process the request: 429, and 503
// with a Retry-After header; never after a 504 or a bare 503. No request is
// retried after a transport error, since it may have been sent.
//
// # Paging
//
// NewPager returns a Pager over Page[T] values (Value, NextLink, DeltaLink,
// Count); All turns it into an iter.Seq2 over items. ResumePager continues
// from a saved nextLink or deltaLink.
//
//	for u, err := range graph.All(ctx, graph.NewPager[User](c, req)) {
//		if err != nil { return err }
//		...
//	}
//
// # Logging
//
// With Options.Logger set, each attempt is logged (Debug; Info for retries;
// Warn for failures) with method, URL with every query value REDACTED,
// status, attempt, duration and request-id. Headers and bodies are never
// logged.
package graph
