package graph

import (
	"crypto/sha256"
	"fmt"
	"net/url"
	"strings"
)

// linkKey identifies a normalized page URL: the first 16 bytes of its
// SHA-256, so that remembering a link costs the same whatever its length.
type linkKey [16]byte

// linkSet remembers every page URL a Pager has fetched, so that an
// @odata.nextLink leading back to any earlier page (A → B → A, not only
// A → A) ends the paging run with ErrPagingCycle instead of paging
// forever. Each remembered page costs a fixed 16-byte key plus map
// overhead.
type linkSet struct {
	pages map[linkKey]int // key -> 1-based number of the page fetched from it
}

// add records that page n was fetched from u.
func (s *linkSet) add(u *url.URL, n int) {
	if s.pages == nil {
		s.pages = make(map[linkKey]int)
	}
	k := keyOf(u)
	if _, ok := s.pages[k]; !ok {
		s.pages[k] = n
	}
}

// check returns an error wrapping ErrPagingCycle if next, the nextLink of
// page n, leads to a page already fetched. A path-only link is resolved
// against the client's base URL, as the Pager does; a link that does not
// parse is left to the request that would follow it.
func (s *linkSet) check(next string, n int, c *Client) error {
	u, err := url.Parse(next)
	if err != nil || s.pages == nil {
		return nil
	}
	if !u.IsAbs() && strings.HasPrefix(next, "/") && !strings.HasPrefix(next, "//") {
		u = c.baseURL.ResolveReference(u)
	}
	earlier, ok := s.pages[keyOf(u)]
	if !ok {
		return nil
	}
	return fmt.Errorf("graph: @odata.nextLink of page %d (%s) leads back to page %d: %w",
		n, displayURL(u, originOf(u) == c.origin), earlier, ErrPagingCycle)
}

// keyOf hashes u after normalization: scheme and host lowercased, default
// port removed, path unescaped, query parameters decoded and sorted by
// name, fragment dropped. Links that differ only in spelling therefore
// count as the same page.
func keyOf(u *url.URL) linkKey {
	o := originOf(u)
	q, err := url.ParseQuery(u.RawQuery)
	query := u.RawQuery
	if err == nil {
		query = q.Encode()
	}
	var b strings.Builder
	b.Grow(len(o.scheme) + len(o.host) + len(u.Path) + len(query) + 8)
	b.WriteString(o.scheme)
	b.WriteString("://")
	b.WriteString(o.host)
	b.WriteByte(0)
	b.WriteString(u.Path)
	b.WriteByte(0)
	b.WriteString(query)
	sum := sha256.Sum256([]byte(b.String()))
	var k linkKey
	copy(k[:], sum[:])
	return k
}
