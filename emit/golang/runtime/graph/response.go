package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"reflect"
)

// maxDrain bounds how much of an unwanted body is read so the connection
// can be reused; larger bodies close the connection instead.
const maxDrain = 256 << 10

// decode handles a 2xx response according to the rules documented on Do.
// A body is read once, into one buffer (sized from Content-Length, else
// by io.ReadAll; see readBody) that json.Unmarshal and, for types with
// AdditionalData, the second pass (fillAdditional, which decodes only the
// unknown members) both read without copying it. A
// json.Decoder on the body was measured to allocate more (its buffer
// grows with every refill and it still holds the whole value), see
// BenchmarkDecodeLargePage. limit > 0 caps the body's length.
func decode(resp *http.Response, o *outgoing, out any, additional *typeCache, limit int64) error {
	fail := func(what string, err error) error {
		return fmt.Errorf("graph: %s %s: %s: %w", o.method, displayURL(o.u, o.own), what, err)
	}
	switch dst := out.(type) {
	case nil:
		drainClose(resp.Body)
		return nil
	case *io.ReadCloser:
		*dst = resp.Body
		return nil
	}
	defer drainClose(resp.Body)
	body := &cappedReader{r: resp.Body, limit: limit}
	if limit > 0 && resp.ContentLength > limit {
		return fail("reading response", body.tooLarge())
	}
	empty := func() error {
		return fmt.Errorf("graph: %s %s: %d %s: %w", o.method, displayURL(o.u, o.own),
			resp.StatusCode, http.StatusText(resp.StatusCode), ErrEmptyBody)
	}
	if dst, ok := out.(*[]byte); ok {
		b, err := readBody(body, resp.ContentLength, limit)
		if err != nil {
			return fail("reading response", err)
		}
		*dst = b
		return nil
	}
	b, err := readBody(body, resp.ContentLength, limit)
	if err != nil {
		return fail("reading response", err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return empty()
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fail("decoding response", err)
	}
	if additional.holds(reflect.TypeOf(out)) {
		if err := fillAdditional(b, out, false); err != nil {
			return fail("decoding response", err)
		}
	}
	return nil
}

// wantsJSON reports whether out asks for a decoded JSON value.
func wantsJSON(out any) bool {
	switch out.(type) {
	case nil, *io.ReadCloser, *[]byte:
		return false
	}
	return true
}

// drainClose reads a little of body so the connection can be reused, then
// closes it.
func drainClose(body io.ReadCloser) {
	_, _ = io.CopyN(io.Discard, body, maxDrain)
	body.Close()
}
