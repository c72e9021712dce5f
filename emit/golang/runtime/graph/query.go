package graph

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Query holds the OData system query options of a collection or entity GET.
// Zero fields are omitted. Search values usually need double quotes, e.g.
// `"displayName:budget"`, as the Graph docs show.
type Query struct {
	Select, Expand, OrderBy []string
	Filter, Search          string
	Top, Skip               int32 // 0 = not sent
	Count                   bool  // $count=true; adds ConsistencyLevel: eventual
}

// Values returns the options as $select, $expand, $orderby, $filter,
// $search, $top, $skip and $count parameters. It is nil-safe and returns nil
// when nothing is set. Client.Do encodes spaces as %20, not '+'.
func (q *Query) Values() url.Values {
	if q == nil {
		return nil
	}
	var v url.Values
	set := func(k, val string) {
		if v == nil {
			v = make(url.Values, 4)
		}
		v[k] = []string{val}
	}
	if len(q.Select) > 0 {
		set("$select", strings.Join(q.Select, ","))
	}
	if len(q.Expand) > 0 {
		set("$expand", strings.Join(q.Expand, ","))
	}
	if len(q.OrderBy) > 0 {
		set("$orderby", strings.Join(q.OrderBy, ","))
	}
	if q.Filter != "" {
		set("$filter", q.Filter)
	}
	if q.Search != "" {
		set("$search", q.Search)
	}
	if q.Top != 0 {
		set("$top", strconv.FormatInt(int64(q.Top), 10))
	}
	if q.Skip != 0 {
		set("$skip", strconv.FormatInt(int64(q.Skip), 10))
	}
	if q.Count {
		set("$count", "true")
	}
	return v
}

// encodeQuery encodes v sorted by key like url.Values.Encode, but percent-
// encodes spaces as %20 and leaves OData punctuation ($ ' ( ) , : / @ ! *)
// readable.
func encodeQuery(v url.Values) string {
	if len(v) == 0 {
		return ""
	}
	keys := make([]string, 0, 8)
	n := 0
	for k, vs := range v {
		keys = append(keys, k)
		for _, s := range vs {
			n += len(k) + len(s) + 2
		}
	}
	slices.Sort(keys)
	var b strings.Builder
	b.Grow(n + n/4)
	for _, k := range keys {
		for _, s := range v[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			escapeQueryTo(&b, k)
			b.WriteByte('=')
			escapeQueryTo(&b, s)
		}
	}
	return b.String()
}

func escapeQueryTo(b *strings.Builder, s string) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		if queryKeep(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
}

func queryKeep(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	switch c {
	case '-', '.', '_', '~', '$', '\'', '(', ')', ',', ':', '/', '@', '!', '*':
		return true
	}
	return false
}

// needsEventual reports whether a request needs ConsistencyLevel: eventual:
// $count=true, $search, or a /$count path segment (advanced queries).
func needsEventual(path string, q url.Values) bool {
	if strings.Contains(path, "/$count") {
		return true
	}
	for k, vs := range q {
		k = strings.TrimPrefix(k, "$")
		switch {
		case strings.EqualFold(k, "search"):
			if len(vs) > 0 && vs[0] != "" {
				return true
			}
		case strings.EqualFold(k, "count"):
			if len(vs) > 0 && strings.EqualFold(vs[0], "true") {
				return true
			}
		}
	}
	return false
}

// MergeQuery returns the union of the query parameters a route fixes
// (fixed, written into the route by the docs) and the caller's (extra);
// the caller's values replace fixed ones of the same name.
func MergeQuery(fixed, extra url.Values) url.Values {
	out := make(url.Values, len(fixed)+len(extra))
	for k, v := range fixed {
		out[k] = v
	}
	for k, v := range extra {
		out[k] = v
	}
	return out
}
