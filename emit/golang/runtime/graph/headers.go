package graph

import "strings"

// Typed options for the request headers the Graph docs document.

// WithConsistencyLevel sets ConsistencyLevel, "eventual" for advanced
// directory queries. Do sets it by itself for $count and $search.
func WithConsistencyLevel(level string) CallOption { return WithHeader("ConsistencyLevel", level) }

// WithPrefer sets Prefer to the given preferences, joined with ", "
// (outlook.timezone="Pacific Standard Time", outlook.body-content-type="text",
// return=minimal, respond-async, odata.maxpagesize=50, …).
func WithPrefer(prefs ...string) CallOption { return WithHeader("Prefer", strings.Join(prefs, ", ")) }

// WithIfMatch sets If-Match: the update or delete applies only if the
// resource's ETag still is etag.
func WithIfMatch(etag string) CallOption { return WithHeader("If-Match", etag) }

// WithIfNoneMatch sets If-None-Match: the response is 304 Not Modified
// when the resource's ETag still is etag.
func WithIfNoneMatch(etag string) CallOption { return WithHeader("If-None-Match", etag) }

// WithWorkbookSession sets Workbook-Session-Id for Excel workbook calls.
func WithWorkbookSession(id string) CallOption { return WithHeader("Workbook-Session-Id", id) }
