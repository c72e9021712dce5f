package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"reflect"
)

// maxPrealloc bounds the buffer allocated up front from Content-Length.
const maxPrealloc = 16 << 20

// maxDrain bounds how much of an unwanted body is read so the connection
// can be reused; larger bodies close the connection instead.
const maxDrain = 256 << 10

// decode handles a 2xx response according to the rules documented on Do.
func decode(resp *http.Response, o *outgoing, out any, additional *typeCache) error {
	switch dst := out.(type) {
	case nil:
		drainClose(resp.Body)
		return nil
	case *io.ReadCloser:
		*dst = resp.Body
		return nil
	case *[]byte:
		b, err := readAll(resp.Body, resp.ContentLength)
		resp.Body.Close()
		if err != nil {
			return fmt.Errorf("graph: %s %s: reading response: %w", o.method, displayURL(o.u, o.own), err)
		}
		*dst = b
		return nil
	}
	b, err := readAll(resp.Body, resp.ContentLength)
	resp.Body.Close()
	if err != nil {
		return fmt.Errorf("graph: %s %s: reading response: %w", o.method, displayURL(o.u, o.own), err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return fmt.Errorf("graph: %s %s: %d %s: %w", o.method, displayURL(o.u, o.own),
			resp.StatusCode, http.StatusText(resp.StatusCode), ErrEmptyBody)
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("graph: %s %s: decoding response: %w", o.method, displayURL(o.u, o.own), err)
	}
	if additional.holds(reflect.TypeOf(out)) {
		if err := fillAdditional(b, out, false); err != nil {
			return fmt.Errorf("graph: %s %s: decoding response: %w", o.method, displayURL(o.u, o.own), err)
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

// readAll is io.ReadAll with a size hint, so a body with a Content-Length is
// read into one allocation.
func readAll(r io.Reader, hint int64) ([]byte, error) {
	n := int64(512)
	if hint >= 0 && hint < maxPrealloc {
		n = hint + 1 // room to observe EOF without growing
	}
	b := make([]byte, 0, n)
	for {
		m, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+m]
		if err != nil {
			if err == io.EOF {
				return b, nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// drainClose reads a little of body so the connection can be reused, then
// closes it.
func drainClose(body io.ReadCloser) {
	_, _ = io.CopyN(io.Discard, body, maxDrain)
	body.Close()
}
