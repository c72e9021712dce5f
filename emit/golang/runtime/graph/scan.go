package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"unicode/utf8"
)

// The functions here find the byte ranges of JSON values inside one
// buffer, without copying or decoding them, for the AdditionalData pass
// (fill.go). They expect JSON that json.Unmarshal has already accepted; on
// other input they return errMalformed instead of a result, and they never
// read outside the buffer.

// errMalformed reports input the scanner cannot follow.
var errMalformed = errors.New("graph: malformed JSON")

// skipSpace returns the index of the first non-space byte at or after i.
func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// valueEnd returns the index just past the JSON value that starts at
// data[i].
func valueEnd(data []byte, i int) (int, error) {
	if i >= len(data) {
		return 0, errMalformed
	}
	switch data[i] {
	case '"':
		return stringEnd(data, i)
	case '{', '[':
		depth := 0
		for i < len(data) {
			switch data[i] {
			case '"':
				end, err := stringEnd(data, i)
				if err != nil {
					return 0, err
				}
				i = end
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1, nil
				}
			}
			i++
		}
		return 0, errMalformed
	}
	j := i // a number, true, false or null
	for j < len(data) {
		switch data[j] {
		case ',', '}', ']', ' ', '\t', '\n', '\r', ':', '"', '{', '[':
			if j == i {
				return 0, errMalformed
			}
			return j, nil
		}
		j++
	}
	return j, nil
}

// stringEnd returns the index just past the JSON string whose opening
// quote is data[i].
func stringEnd(data []byte, i int) (int, error) {
	for j := i + 1; j < len(data); {
		k := bytes.IndexByte(data[j:], '"')
		if k < 0 {
			break
		}
		j += k
		escapes := 0 // backslashes right before the quote
		for data[j-1-escapes] == '\\' {
			escapes++
		}
		if escapes%2 == 0 {
			return j + 1, nil
		}
		j++
	}
	return 0, errMalformed
}

// seqScan steps through the members of a JSON object or the elements of a
// JSON array. Each step gives a value's range as [start, end).
type seqScan struct {
	data  []byte
	i     int  // next byte to look at
	close byte // '}' or ']'
	more  bool // a value has been read: the next needs a comma
}

// scanSeq starts a seqScan over the object or array at data[i].
func scanSeq(data []byte, i int) seqScan {
	close := byte('}')
	if data[i] == '[' {
		close = ']'
	}
	return seqScan{data: data, i: i + 1, close: close}
}

// next returns the next member of an object (key is its name as written,
// quotes and escapes included) or element of an array (key is nil). ok is
// false at the end.
func (s *seqScan) next() (key []byte, start, end int, ok bool, err error) {
	d := s.data
	i := skipSpace(d, s.i)
	if i < len(d) && d[i] == s.close {
		s.i = i + 1
		return nil, 0, 0, false, nil
	}
	if s.more {
		if i >= len(d) || d[i] != ',' {
			return nil, 0, 0, false, errMalformed
		}
		i = skipSpace(d, i+1)
	}
	s.more = true
	if s.close == '}' {
		if i >= len(d) || d[i] != '"' {
			return nil, 0, 0, false, errMalformed
		}
		k, err := stringEnd(d, i)
		if err != nil {
			return nil, 0, 0, false, err
		}
		key = d[i:k]
		i = skipSpace(d, k)
		if i >= len(d) || d[i] != ':' {
			return nil, 0, 0, false, errMalformed
		}
		i = skipSpace(d, i+1)
	}
	end, err = valueEnd(d, i)
	if err != nil {
		return nil, 0, 0, false, err
	}
	s.i = end
	return key, i, end, true, nil
}

// plainString reports whether the JSON string raw (quotes included)
// decodes to its own bytes: no escapes, valid UTF-8.
func plainString(raw []byte) bool {
	in := raw[1 : len(raw)-1]
	return bytes.IndexByte(in, '\\') < 0 && utf8.Valid(in)
}

// memberName returns the decoded name of an object member written as raw
// (quotes included). A plain name is a slice of raw, not a copy.
func memberName(raw []byte) ([]byte, error) {
	if plainString(raw) {
		return raw[1 : len(raw)-1], nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, err
	}
	return []byte(s), nil
}

// anyValue decodes the JSON value raw as json.Decoder with UseNumber
// decodes it into an any: maps, slices, strings, json.Number, bools, nil.
func anyValue(raw []byte) (any, error) {
	switch raw[0] {
	case 'n':
		return nil, nil
	case 't':
		return true, nil
	case 'f':
		return false, nil
	case '"':
		if plainString(raw) {
			return string(raw[1 : len(raw)-1]), nil
		}
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	case '{', '[':
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		var x any
		err := dec.Decode(&x)
		return x, err
	}
	return json.Number(raw), nil
}
