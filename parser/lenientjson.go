package parser

import (
	"bytes"
	"encoding/json"
	"unicode"
	"unicode/utf8"

	"github.com/tailscale/hujson"
)

// lenientJSON reads an example body that is not valid JSON the way a
// reader of the page does (forgiveJSON). It returns the body as compact
// standard JSON, or false when it is still not JSON: then the example is
// broken, not just untidy.
func lenientJSON(body []byte) ([]byte, bool) {
	std, ok := forgiveJSON(string(body))
	if !ok || !json.Valid([]byte(std)) {
		return nil, false
	}
	var buf bytes.Buffer
	if json.Compact(&buf, []byte(std)) != nil {
		return nil, false
	}
	return buf.Bytes(), true
}

// forgiveJSON blanks out what the docs' JSON has that JSON does not: //
// and /* */ comments and trailing commas (JWCC, read by hujson), and
// Unicode spaces outside strings, such as the no-break spaces pasted into
// many examples. Offsets and line breaks are kept, so that positions stay
// true. ok is false when s is not JSON even so.
func forgiveJSON(s string) (string, bool) {
	std, err := hujson.Standardize(blankOddSpaces([]byte(s)))
	if err != nil {
		return s, false
	}
	return string(std), true
}

// blankOddSpaces returns b with every Unicode space or zero-width
// character outside JSON strings that JSON does not allow as whitespace
// replaced by as many ASCII spaces as it had bytes, so that offsets stay
// put. Inside strings, they are content and are kept.
func blankOddSpaces(b []byte) []byte {
	var out []byte
	inString, escaped := false, false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			switch {
			case escaped:
				escaped = false
			case inString && c == '\\':
				escaped = true
			case c == '"':
				inString = !inString
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if !inString && (unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff') {
			if out == nil {
				out = bytes.Clone(b)
			}
			copy(out[i:i+n], bytes.Repeat([]byte{' '}, n))
		}
		escaped = false
		i += n
	}
	if out == nil {
		return b
	}
	return out
}
