package graph

import (
	"errors"
	"fmt"
	"io"
)

// ErrResponseTooLarge is wrapped by the error Do returns when a success
// body is longer than the cap set with Options.MaxResponseBytes or
// WithMaxResponseBytes. The error names the cap.
var ErrResponseTooLarge = errors.New("graph: response body too large")

// maxPrealloc bounds the buffer allocated up front from a Content-Length
// the caller has not vouched for with a cap.
const maxPrealloc = 16 << 20

// cappedReader reads at most limit bytes of r and fails with
// ErrResponseTooLarge when there is more. limit <= 0 means no cap.
type cappedReader struct {
	r     io.Reader
	limit int64
	n     int64 // bytes read so far
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.limit <= 0 {
		return c.r.Read(p)
	}
	if c.n > c.limit {
		return 0, c.tooLarge()
	}
	if rest := c.limit + 1 - c.n; int64(len(p)) > rest {
		p = p[:rest] // one byte past the cap tells "longer" from "exactly"
	}
	m, err := c.r.Read(p)
	c.n += int64(m)
	if c.n > c.limit {
		return m - int(c.n-c.limit), c.tooLarge()
	}
	return m, err
}

func (c *cappedReader) tooLarge() error {
	return fmt.Errorf("body exceeds the %d-byte cap (MaxResponseBytes): %w", c.limit, ErrResponseTooLarge)
}

// readBody reads r whole into one buffer. A known length (hint >= 0) sizes
// the buffer exactly when it is below maxPrealloc or within the caller's
// cap; otherwise io.ReadAll reads it (since Go 1.26 it reads into
// growing chunks and copies them once into a right-sized slice, which
// measured cheaper than a doubling buffer).
func readBody(r io.Reader, hint, limit int64) ([]byte, error) {
	if hint < 0 || hint >= maxPrealloc && (limit <= 0 || hint > limit) {
		return io.ReadAll(r)
	}
	b := make([]byte, 0, hint+1) // room to observe EOF without growing
	for {
		m, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+m]
		if err != nil {
			if err == io.EOF {
				return b, nil
			}
			return b, err
		}
		if len(b) == cap(b) { // longer than announced
			rest, err := io.ReadAll(r)
			return append(b, rest...), err
		}
	}
}
