package parser

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

var (
	statusRE     = regexp.MustCompile(`\b([1-5][0-9][0-9])\b(?:\s+[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)?`)
	nothingRE    = regexp.MustCompile(`(?i)(nothing|doesn't return anything|does not return anything|no response body|empty (response )?body|not return a response body)`)
	collectionOf = regexp.MustCompile(`(?i)collection of|\bcollection\b|\blist of\b|array of`)
	streamRE     = regexp.MustCompile(`(?i)\bstream\b|binary|\bcontent of the\b`)
	redirectRE   = regexp.MustCompile(`(?i)redirect|\b302\b`)
	returnsRE    = regexp.MustCompile(`(?i)\breturns?\b`)
	primitiveRE  = regexp.MustCompile(`(?i)\b(String|Boolean|Int32|Int64|Double|DateTimeOffset|Guid|integer|number)\b`)
)

// readResponse reads the status code and what the body holds.
func (w *walker) readResponse(s *section) {
	resp := &model.Response{Pos: s.pos, Kind: model.ResponseUnknown}
	w.page.Response = resp
	paras := w.paragraphs(s)
	if len(paras) == 0 {
		w.d.warnf(s.pos, "response-empty", "the Response section says nothing")
		return
	}
	p := responseParagraph(paras)
	resp.Pos, resp.Text = p.pos, p.text
	for _, m := range statusRE.FindAllStringSubmatch(p.text, -1) {
		code, _ := strconv.Atoi(m[1])
		if code < 100 || code > 599 {
			continue
		}
		resp.Codes = append(resp.Codes, code)
		if resp.Status == 0 && code < 400 {
			resp.Status = code
		}
	}
	if resp.Status == 0 {
		w.d.warnf(p.pos, "response-status", "no success status code in %q", firstSentence(p.text))
	}
	lnk := resourceLink([]cell{p})
	text := p.text
	if q, ok := typeParagraph(paras, p); lnk == nil && ok {
		// driveitem-createlink: "returns a single [Permission](…)
		// resource", then "The response will be 201 Created … or 200
		// OK …": the codes from one paragraph, the type from the other.
		lnk, text = resourceLink([]cell{q}), q.text+"\n"+p.text
		resp.Text = text
	}
	switch {
	case resp.Status == 204 || resp.Status == 202 || nothingRE.MatchString(text):
		// 202 Accepted: the body, if any, is not the resource; a
		// Location or Operation-Location header says where to look.
		resp.Kind = model.ResponseNothing
	case resp.Status == 302 || redirectRE.MatchString(text) && lnk == nil:
		resp.Kind = model.ResponseRedirect
	case lnk != nil && collectionOf.MatchString(text):
		resp.Kind = model.ResponseCollection
		resp.Type = linkType(*lnk, true)
		resp.Alternatives = alternatives(p, lnk, true)
	case lnk != nil:
		resp.Kind = model.ResponseObject
		resp.Type = linkType(*lnk, false)
		resp.Alternatives = alternatives(p, lnk, false)
	case streamRE.MatchString(text):
		resp.Kind = model.ResponseStream
	case primitiveRE.MatchString(text):
		m := primitiveRE.FindString(text)
		resp.Kind = model.ResponsePrimitive
		resp.Type = model.TypeRef{Name: m, Collection: collectionOf.MatchString(text)}
	case resp.Status == 202 || resp.Status == 201 || resp.Status == 200 && !strings.Contains(strings.ToLower(text), "object"):
		// The code only: nothing else is promised.
		resp.Kind = model.ResponseNothing
	default:
		w.d.warnf(p.pos, "response-type", "cannot tell what the response body holds from %q", firstSentence(text))
	}
}

// typeParagraph is the paragraph other than p that links the resource
// the call returns, when p names a success status and links none: the
// first that links a resource, says "return" and names no status of its
// own (an "Error response codes" paragraph names 404).
func typeParagraph(paras []cell, p cell) (cell, bool) {
	for _, q := range paras {
		if q.pos == p.pos || resourceLink([]cell{q}) == nil || statusRE.MatchString(q.text) || !returnsRE.MatchString(q.text) {
			continue
		}
		return q, true
	}
	return cell{}, false
}

// responseParagraph picks the paragraph that says what a call returns:
// the first naming a success status, else the first linking a resource
// (drive-get: "Each of these methods returns a [Drive resource][…]",
// followed by an "Error response codes" paragraph naming only 404), else
// the first naming any status, else the first.
func responseParagraph(paras []cell) cell {
	for _, q := range paras {
		for _, m := range statusRE.FindAllStringSubmatch(q.text, -1) {
			if code, _ := strconv.Atoi(m[1]); code >= 100 && code < 400 {
				return q
			}
		}
	}
	if lnk := resourceLink(paras); lnk != nil {
		for _, q := range paras {
			if resourceLink([]cell{q}) != nil {
				return q
			}
		}
	}
	for _, q := range paras {
		if statusRE.MatchString(q.text) {
			return q
		}
	}
	return paras[0]
}
