package graph

import (
	"context"
	"errors"
	"net/http"
	"sync/atomic"
	"testing"
)

// threePages serves /v1.0/users in three pages; the last has a deltaLink.
func threePages(t *testing.T) (*Client, *recorder, string) {
	var base string
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Query().Get("$skiptoken") {
		case "":
			writeJSON(w, 200, `{"@odata.count":5,"value":[{"id":"1"},{"id":"2"}],"@odata.nextLink":"`+base+`/v1.0/users?$skiptoken=p2"}`)
		case "p2":
			writeJSON(w, 200, `{"value":[{"id":"3"},{"id":"4"}],"@odata.nextLink":"`+base+`/v1.0/users?$skiptoken=p3"}`)
		case "p3":
			writeJSON(w, 200, `{"value":[{"id":"5"}],"@odata.deltaLink":"`+base+`/v1.0/users/delta?$deltatoken=d1"}`)
		}
	})
	base = srv.URL
	return newClient(t, srv, Options{}), rec, base
}

func TestPagerThreePages(t *testing.T) {
	c, rec, base := threePages(t)
	ctx := context.Background()
	q := &Query{Count: true, Select: []string{"id"}}
	p := NewPager[user](c, &Request{Path: "/users", Query: q.Values(), Header: http.Header{"Prefer": {"odata.maxpagesize=2"}}})
	var pages []Page[user]
	for p.More() {
		pg, err := p.NextPage(ctx)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, pg)
	}
	if len(pages) != 3 {
		t.Fatalf("%d pages", len(pages))
	}
	if pages[0].Count == nil || *pages[0].Count != 5 {
		t.Errorf("count %v", pages[0].Count)
	}
	if pages[2].DeltaLink != base+"/v1.0/users/delta?$deltatoken=d1" || p.DeltaLink() != pages[2].DeltaLink {
		t.Errorf("deltaLink %q", pages[2].DeltaLink)
	}
	if len(pages[1].Value) != 2 || pages[1].Value[1].ID != "4" {
		t.Errorf("page 2 %+v", pages[1])
	}
	for i, r := range rec.reqs {
		if r.Header.Get("Prefer") != "odata.maxpagesize=2" || r.Header.Get("ConsistencyLevel") != "eventual" {
			t.Errorf("request %d headers %v", i, r.Header)
		}
		if rec.auth[i] != "Bearer "+testToken {
			t.Errorf("request %d Authorization %q", i, rec.auth[i])
		}
	}
	if rec.reqs[1].URL.RawQuery != "$skiptoken=p2" {
		t.Errorf("nextLink not verbatim: %q", rec.reqs[1].URL.RawQuery)
	}
	if _, err := p.NextPage(ctx); !errors.Is(err, ErrNoMorePages) {
		t.Errorf("after last page: %v", err)
	}
}

func TestAllIterator(t *testing.T) {
	c, _, _ := threePages(t)
	var ids string
	for u, err := range All(context.Background(), NewPager[user](c, &Request{Path: "/users"})) {
		if err != nil {
			t.Fatal(err)
		}
		ids += u.ID
	}
	if ids != "12345" {
		t.Errorf("ids %q", ids)
	}
	// Early break stops fetching.
	c, rec, _ := threePages(t)
	for u := range All(context.Background(), NewPager[user](c, &Request{Path: "/users"})) {
		if u.ID == "1" {
			break
		}
	}
	if rec.count() != 1 {
		t.Errorf("fetched %d pages after break", rec.count())
	}
}

func TestResumePager(t *testing.T) {
	c, rec, base := threePages(t)
	p := NewPager[user](c, &Request{Path: "/users"})
	if _, err := p.NextPage(context.Background()); err != nil {
		t.Fatal(err)
	}
	saved := p.NextLink()
	if saved != base+"/v1.0/users?$skiptoken=p2" {
		t.Fatalf("NextLink %q", saved)
	}
	var ids string
	for u, err := range All(context.Background(), ResumePager[user](c, saved)) {
		if err != nil {
			t.Fatal(err)
		}
		ids += u.ID
	}
	if ids != "345" || rec.count() != 3 {
		t.Errorf("ids %q after %d requests", ids, rec.count())
	}
	if ResumePager[user](c, "").More() {
		t.Error("empty link has more")
	}
}

func TestPagerErrorIsRetryable(t *testing.T) {
	var fail atomic.Bool
	fail.Store(true)
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if fail.Load() {
			writeJSON(w, 500, `{"error":{"code":"x","message":"y"}}`)
			return
		}
		writeJSON(w, 200, `{"value":[{"id":"1"}]}`)
	})
	c := newClient(t, srv, Options{})
	p := NewPager[user](c, &Request{Path: "/users"})
	if _, err := p.NextPage(context.Background()); err == nil || !p.More() {
		t.Fatalf("err %v, more %v", err, p.More())
	}
	fail.Store(false)
	pg, err := p.NextPage(context.Background())
	if err != nil || len(pg.Value) != 1 || p.More() {
		t.Errorf("retry page: %v %+v", err, pg)
	}
}

func TestFailedPager(t *testing.T) {
	want := errors.New("bad argument")
	p := FailedPager[int](want)
	if !p.More() {
		t.Fatal("a failed pager must report More so that the error is seen")
	}
	if _, err := p.NextPage(context.Background()); err != want {
		t.Errorf("NextPage error = %v, want %v", err, want)
	}
	n := 0
	for _, err := range All(context.Background(), FailedPager[int](want)) {
		n++
		if err != want {
			t.Errorf("All yielded %v, want %v", err, want)
		}
	}
	if n != 1 {
		t.Errorf("All yielded %d times, want 1", n)
	}
}

func TestTypedHeaderOptions(t *testing.T) {
	var cfg callConfig
	for _, o := range []CallOption{WithConsistencyLevel("eventual"), WithPrefer(`outlook.timezone="UTC"`, "return=minimal"), WithIfMatch(`W/"1"`), WithIfNoneMatch(`W/"2"`), WithWorkbookSession("s")} {
		o(&cfg)
	}
	for k, want := range map[string]string{"ConsistencyLevel": "eventual", "Prefer": `outlook.timezone="UTC", return=minimal`, "If-Match": `W/"1"`, "If-None-Match": `W/"2"`, "Workbook-Session-Id": "s"} {
		if got := cfg.header.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
}
