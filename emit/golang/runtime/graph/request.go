package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// Request is what a generated method builds and passes to Client.Do.
type Request struct {
	Method string // default GET
	// Path is the already expanded and escaped path relative to the base
	// URL (see ExpandPath). It starts with '/' and has no query or fragment.
	Path   string
	Query  url.Values  // may be nil; encoded with %20 for spaces
	Header http.Header // may be nil
	// Body is nil for no body. []byte, json.RawMessage and io.Reader are sent
	// as they are (ContentType is then required, except for
	// json.RawMessage). Any other value is JSON-encoded and sent with
	// Content-Type: application/json. Do never closes an io.Reader body.
	Body        any
	ContentType string
}

// outgoing is a fully prepared request, reused for every attempt.
type outgoing struct {
	method string
	u      *url.URL // absolute URL with encoded query; shared by attempts
	own    bool     // url is on the client's origin: attach the token
	header http.Header
	body   reqBody
}

// reqBody holds a request body in a replayable form.
type reqBody struct {
	data  []byte    // encoded or raw bytes; nil if none
	r     io.Reader // a reader body, when data is nil
	seek  io.Seeker // r as a Seeker, when it is one
	start int64     // offset to seek back to
	size  int64     // length of r's content, -1 if unknown
}

// newBody encodes v once, so every attempt sends identical bytes.
func newBody(v any, contentType string) (reqBody, string, error) {
	switch b := v.(type) {
	case nil:
		return reqBody{}, contentType, nil
	case json.RawMessage:
		if contentType == "" {
			contentType = "application/json"
		}
		return reqBody{data: nonNil(b)}, contentType, nil
	case []byte:
		if contentType == "" {
			return reqBody{}, "", errors.New("graph: Request.ContentType is required for a []byte body")
		}
		return reqBody{data: nonNil(b)}, contentType, nil
	case io.Reader:
		if contentType == "" {
			return reqBody{}, "", errors.New("graph: Request.ContentType is required for an io.Reader body")
		}
		return readerBody(b), contentType, nil
	}
	data, err := Marshal(v)
	if err != nil {
		return reqBody{}, "", fmt.Errorf("graph: encoding request body: %w", err)
	}
	if contentType == "" {
		contentType = "application/json"
	}
	return reqBody{data: data}, contentType, nil
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// readerBody snapshots in-memory readers and records the position and size
// of seekable ones.
func readerBody(r io.Reader) reqBody {
	if buf, ok := r.(*bytes.Buffer); ok {
		return reqBody{data: nonNil(buf.Bytes())}
	}
	if s, ok := r.(io.Seeker); ok {
		start, err1 := s.Seek(0, io.SeekCurrent)
		end, err2 := s.Seek(0, io.SeekEnd)
		_, err3 := s.Seek(start, io.SeekStart)
		if err1 == nil && err2 == nil && err3 == nil {
			return reqBody{r: r, seek: s, start: start, size: end - start}
		}
	}
	return reqBody{r: r, size: -1}
}

// replayable reports whether the body can be sent more than once.
func (b *reqBody) replayable() bool { return b.r == nil || b.seek != nil }

// attach sets the body of an attempt's request.
func (b *reqBody) attach(req *http.Request, attempt int) error {
	switch {
	case b.data != nil:
		data := b.data
		req.ContentLength = int64(len(data))
		if len(data) == 0 {
			req.Body, req.GetBody = http.NoBody, nil
			return nil
		}
		req.Body = io.NopCloser(bytes.NewReader(data))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
	case b.seek != nil:
		if attempt > 1 {
			if _, err := b.seek.Seek(b.start, io.SeekStart); err != nil {
				return fmt.Errorf("graph: rewinding request body: %w", err)
			}
		}
		req.ContentLength = b.size
		req.Body = io.NopCloser(b.r)
		if b.size == 0 {
			req.Body = http.NoBody
		}
	case b.r != nil:
		req.ContentLength = 0 // unknown: chunked
		req.Body = io.NopCloser(b.r)
	}
	return nil
}
