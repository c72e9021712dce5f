package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
)

// largePage returns a collection page of at least size bytes.
func largePage(size int) []byte {
	var b strings.Builder
	b.WriteString(`{"@odata.nextLink":"https://graph.microsoft.com/v1.0/users?$skiptoken=x","value":[`)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"%08d-5fad-4d73-a9f5-3c356e68a038","displayName":"Megan Bowen %d","mail":"MeganB%d@contoso.com","extra":%d}`, i, i, i, i)
	}
	b.WriteString(`]}`)
	return []byte(b.String())
}

// oldDecode is the decode path before streaming, as a baseline: the whole
// body read with io.ReadAll (the old readAll grew the same way for bodies
// over 16 MiB or without Content-Length), json.Unmarshal, then for types with
// AdditionalData a second pass over a string copy of the body that decodes
// it whole into a tree (fillTreeRef).
func oldDecode(body io.Reader, out any, additional *typeCache) error {
	b, err := io.ReadAll(body)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, out); err != nil {
		return err
	}
	if !additional.holds(reflect.TypeOf(out)) {
		return nil
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.UseNumber()
	var tree any
	if err := dec.Decode(&tree); err != nil {
		return err
	}
	fillTreeRef(tree, out, false)
	return nil
}

// BenchmarkDecodeLargePage decodes a 32 MiB collection page, with and
// without a Content-Length, into a page of plain structs and a page of
// generated-style models (AdditionalData), by the old path and the new
// (sized-capped: with MaxResponseBytes >= the length, which lets decode
// trust Content-Length above 16 MiB).
// Compare B/op between old and new sub-benchmarks of the same run;
// first-pass is new without the AdditionalData pass (readBody and
// json.Unmarshal only), so new minus first-pass is what the pass costs.
func BenchmarkDecodeLargePage(b *testing.B) {
	data := largePage(32 << 20)
	o := &outgoing{method: "GET", u: &url.URL{Scheme: "https", Host: "graph.microsoft.com", Path: "/v1.0/users"}, own: true}
	for _, tc := range []struct {
		name   string
		newOut func() any
	}{
		{"struct", func() any { return new(Page[user]) }},
		{"AdditionalData", func() any { return new(Page[modelUser]) }},
	} {
		n := int64(len(data))
		for _, body := range []struct {
			name          string
			length, limit int64
		}{{"chunked", -1, 0}, {"sized", n, 0}, {"sized-capped", n, n}} {
			ln, length, limit := body.name, body.length, body.limit
			b.Run(tc.name+"/"+ln+"/old", func(b *testing.B) {
				var cache typeCache
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					if err := oldDecode(bytes.NewReader(data), tc.newOut(), &cache); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(tc.name+"/"+ln+"/first-pass", func(b *testing.B) {
				// The new path without its AdditionalData pass: what
				// any pass adds is new minus this.
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					buf, err := readBody(bytes.NewReader(data), length, limit)
					if err != nil {
						b.Fatal(err)
					}
					if err := json.Unmarshal(buf, tc.newOut()); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(tc.name+"/"+ln+"/new", func(b *testing.B) {
				var cache typeCache
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					resp := &http.Response{StatusCode: 200, ContentLength: length, Body: io.NopCloser(bytes.NewReader(data))}
					if err := decode(resp, o, tc.newOut(), &cache, limit); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
