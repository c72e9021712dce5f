package graph

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
)

// cyclingPages serves /v1.0/users as A → B → C → back to B (respelled: host
// upper-cased, query reordered), a cycle longer than one page.
func cyclingPages(t *testing.T) (*Client, *recorder, string) {
	var base string
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Query().Get("$skiptoken") {
		case "":
			writeJSON(w, 200, `{"value":[{"id":"a"}],"@odata.nextLink":"`+base+`/v1.0/users?$skiptoken=B&$top=1"}`)
		case "B":
			writeJSON(w, 200, `{"value":[{"id":"b"}],"@odata.nextLink":"`+base+`/v1.0/users?$skiptoken=C&$top=1"}`)
		case "C":
			respelled := strings.Replace(base, "http://127.0.0.1", "HTTP://127.0.0.1", 1)
			writeJSON(w, 200, `{"value":[{"id":"c"}],"@odata.nextLink":"`+respelled+`/v1.0/users?$top=1&$skiptoken=B"}`)
		}
	})
	base = srv.URL
	return newClient(t, srv, Options{}), rec, base
}

func TestPagerCycle(t *testing.T) {
	c, rec, _ := cyclingPages(t)
	p := NewPager[user](c, &Request{Path: "/users"})
	var err error
	for i := 0; i < 10 && p.More(); i++ {
		if _, err = p.NextPage(context.Background()); err != nil {
			break
		}
	}
	if !errors.Is(err, ErrPagingCycle) {
		t.Fatalf("err = %v, want ErrPagingCycle", err)
	}
	if !strings.Contains(err.Error(), "page 3") || !strings.Contains(err.Error(), "page 2") || strings.Contains(err.Error(), "skiptoken") {
		t.Errorf("error text %q", err)
	}
	if rec.count() != 3 || !p.More() {
		t.Errorf("requests %d, more %v", rec.count(), p.More())
	}
}

func TestAllCycle(t *testing.T) {
	c, rec, _ := cyclingPages(t)
	var ids string
	var last error
	n := 0
	for u, err := range All(context.Background(), NewPager[user](c, &Request{Path: "/users"})) {
		if n++; n > 10 {
			t.Fatal("All did not stop")
		}
		ids += u.ID
		last = err
	}
	if ids != "abc" || !errors.Is(last, ErrPagingCycle) || rec.count() != 3 {
		t.Errorf("ids %q, err %v, requests %d", ids, last, rec.count())
	}
}

func TestResumePagerCycle(t *testing.T) {
	c, rec, base := cyclingPages(t)
	var ids string
	var last error
	n := 0
	for u, err := range All(context.Background(), ResumePager[user](c, base+"/v1.0/users?$skiptoken=B&$top=1")) {
		if n++; n > 10 {
			t.Fatal("All did not stop")
		}
		ids += u.ID
		last = err
	}
	if ids != "bc" || !errors.Is(last, ErrPagingCycle) || rec.count() != 2 {
		t.Errorf("ids %q, err %v, requests %d", ids, last, rec.count())
	}
}

func TestPagerSelfLinkAndFirstRequestCycle(t *testing.T) {
	// The first page's nextLink is the first request's own URL, given as a
	// path: a cycle of one that the old check (resumed links only) missed.
	srv, rec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, `{"value":[{"id":"a"}],"@odata.nextLink":"/v1.0/users?$top=1"}`)
	})
	c := newClient(t, srv, Options{})
	n := 0
	var last error
	for _, err := range All(context.Background(), NewPager[user](c, &Request{Path: "/users", Query: map[string][]string{"$top": {"1"}}})) {
		if n++; n > 10 {
			t.Fatal("All did not stop")
		}
		last = err
	}
	if !errors.Is(last, ErrPagingCycle) || rec.count() != 1 {
		t.Errorf("err %v, requests %d", last, rec.count())
	}
}
