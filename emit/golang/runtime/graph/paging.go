package graph

import (
	"context"
	"iter"
	"net/http"
)

// Page is one page of a collection response.
type Page[T any] struct {
	Value     []T    `json:"value"`
	NextLink  string `json:"@odata.nextLink,omitempty"`
	DeltaLink string `json:"@odata.deltaLink,omitempty"` // on the last page of a delta round
	Count     *int64 `json:"@odata.count,omitempty"`     // with $count=true
}

// Pager walks the pages of a collection. @odata.nextLink URLs are followed
// verbatim; a link outside the client's origin is an error wrapping
// ErrForeignLink unless AllowForeignNextLink is given (it is then fetched
// without the token). A nextLink that leads back to any page already
// fetched in this run (A → B → A) is not followed: NextPage returns an
// error wrapping ErrPagingCycle instead of sending the request.
// Headers of the first request (Prefer,
// ConsistencyLevel, ...) are sent again with every page; WithQuery options
// apply to the first request only. A Pager is not safe for concurrent use.
type Pager[T any] struct {
	c     *Client
	first *Request // nil once sent, or for a resumed pager
	link  string   // next URL to fetch when first is nil
	hdr   http.Header
	opts  []CallOption
	done  bool
	delta string
	err   error   // set by FailedPager
	seen  linkSet // every URL fetched so far, for cycle detection
	pages int     // pages fetched so far
}

// FailedPager returns a Pager whose NextPage returns err: generated
// methods return it when their arguments are invalid (an empty path
// parameter), so that the error surfaces on first use.
func FailedPager[T any](err error) *Pager[T] {
	return &Pager[T]{err: err}
}

// NewPager returns a Pager whose first page is the response to first.
func NewPager[T any](c *Client, first *Request, opts ...CallOption) *Pager[T] {
	return &Pager[T]{c: c, first: first, opts: opts}
}

// ResumePager returns a Pager that continues from a saved @odata.nextLink or
// @odata.deltaLink. Cycle detection starts afresh with the resumed link.
func ResumePager[T any](c *Client, link string, opts ...CallOption) *Pager[T] {
	return &Pager[T]{c: c, link: link, opts: opts, done: link == ""}
}

// More reports whether NextPage has a page to fetch.
func (p *Pager[T]) More() bool { return !p.done }

// NextLink returns the link the next call to NextPage fetches, "" when there
// is none or the first request has not been sent. Save it to resume later
// with ResumePager.
func (p *Pager[T]) NextLink() string {
	if p.first != nil || p.done {
		return ""
	}
	return p.link
}

// DeltaLink returns the @odata.deltaLink of the last page, once reached.
func (p *Pager[T]) DeltaLink() string { return p.delta }

// NextPage fetches the next page. After an error the Pager is unchanged, so
// the same page can be requested again. After the last page it returns
// ErrNoMorePages.
func (p *Pager[T]) NextPage(ctx context.Context) (Page[T], error) {
	var page Page[T]
	if p.err != nil {
		return page, p.err
	}
	if p.done {
		return page, ErrNoMorePages
	}
	if p.first == nil {
		if err := p.seen.check(p.link, p.pages, p.c); err != nil {
			return page, err
		}
	}
	cfg := p.c.config(p.opts)
	var o outgoing
	var err error
	if p.first != nil {
		o, err = p.c.prepare(p.first, cfg, &page)
		if err == nil {
			p.hdr = o.header.Clone() // before the token is added
		}
	} else {
		o, err = p.c.prepareURL(http.MethodGet, p.link, p.hdr.Clone(), nil, "", &page, cfg, cfg.allowForeign)
	}
	if err != nil {
		return Page[T]{}, err
	}
	if err := p.c.send(ctx, &o, &page, cfg); err != nil {
		return Page[T]{}, err
	}
	p.pages++
	p.seen.add(o.u, p.pages)
	p.first = nil
	p.link = page.NextLink
	p.done = page.NextLink == ""
	if page.DeltaLink != "" {
		p.delta = page.DeltaLink
	}
	return page, nil
}

// All iterates over every item of every page, fetching pages lazily. An
// error is yielded once, with the zero T, and ends the iteration.
func All[T any](ctx context.Context, p *Pager[T]) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for p.More() {
			page, err := p.NextPage(ctx)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, v := range page.Value {
				if !yield(v, nil) {
					return
				}
			}
		}
	}
}
