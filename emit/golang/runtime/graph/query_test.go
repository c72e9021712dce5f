package graph

import (
	"context"
	"net/http"
	"net/url"
	"testing"
)

func TestQueryValues(t *testing.T) {
	var nilQ *Query
	if nilQ.Values() != nil || (&Query{}).Values() != nil {
		t.Error("empty query not nil")
	}
	q := &Query{Select: []string{"id", "displayName"}, Expand: []string{"manager"}, OrderBy: []string{"displayName desc"},
		Filter: "startswith(displayName,'A b')", Search: `"displayName:x"`, Top: 5, Skip: 10, Count: true}
	got := encodeQuery(q.Values())
	want := `$count=true&$expand=manager&$filter=startswith(displayName,'A%20b')&$orderby=displayName%20desc&$search=%22displayName:x%22&$select=id,displayName&$skip=10&$top=5`
	if got != want {
		t.Errorf("encodeQuery =\n%s\nwant\n%s", got, want)
	}
	// Round trip through a standard parser.
	v, err := url.ParseQuery(got)
	if err != nil || v.Get("$filter") != q.Filter || v.Get("$search") != q.Search {
		t.Errorf("round trip: %v %v", v, err)
	}
	if e := encodeQuery(url.Values{"k": {"a+b&c=d;e%"}}); e != "k=a%2Bb%26c%3Dd%3Be%25" {
		t.Errorf("special chars: %s", e)
	}
}

func TestQueryOnTheWire(t *testing.T) {
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, `{"value":[]}`) })
	c := newClient(t, srv, Options{})
	ctx := context.Background()
	var pg Page[user]

	q := &Query{Filter: "displayName eq 'A B'", Count: true}
	if err := c.Do(ctx, &Request{Path: "/users", Query: q.Values()}, &pg); err != nil {
		t.Fatal(err)
	}
	r := rec.reqs[0]
	if r.URL.RawQuery != "$count=true&$filter=displayName%20eq%20'A%20B'" {
		t.Errorf("RawQuery %q", r.URL.RawQuery)
	}
	if r.Header.Get("ConsistencyLevel") != "eventual" {
		t.Error("no ConsistencyLevel for $count")
	}

	if err := c.Do(ctx, &Request{Path: "/users"}, &pg, WithQuery("$search", `"a b"`), WithHeader("X-Extra", "1")); err != nil {
		t.Fatal(err)
	}
	r = rec.reqs[1]
	if r.URL.RawQuery != "$search=%22a%20b%22" || r.Header.Get("ConsistencyLevel") != "eventual" || r.Header.Get("X-Extra") != "1" {
		t.Errorf("RawQuery %q headers %v", r.URL.RawQuery, r.Header)
	}

	if err := c.Do(ctx, &Request{Path: "/users", Query: (&Query{Top: 1}).Values()}, &pg); err != nil {
		t.Fatal(err)
	}
	if rec.reqs[2].Header.Get("ConsistencyLevel") != "" {
		t.Error("ConsistencyLevel without $count/$search")
	}

	if err := c.Do(ctx, &Request{Path: "/users/$count"}, nil); err != nil {
		t.Fatal(err)
	}
	if rec.reqs[3].Header.Get("ConsistencyLevel") != "eventual" {
		t.Error("no ConsistencyLevel for /$count")
	}

	// Caller's explicit value wins.
	_ = c.Do(ctx, &Request{Path: "/users", Query: q.Values(), Header: http.Header{"Consistencylevel": {"session"}}}, &pg)
	if rec.reqs[4].Header.Get("ConsistencyLevel") != "session" {
		t.Error("caller's ConsistencyLevel overridden")
	}
}
