package parser

import (
	"regexp"
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

var (
	noBodyRE     = regexp.MustCompile(`(?i)(do not|don't|don’t|dont|not) (supply|send|provide|include) (a|any)? ?request body|no request body|do not (specify|provide|send) a request body|request body (is not|isn't) (required|supported|needed)|body must be empty|^none\.?$|(does not|doesn't|don't|do not) require (a|any) request body|(does not|doesn't) have a request body|has no request body|empty (json|request body)|without a request body`)
	referenceRE  = regexp.MustCompile(`@odata\.id`)
	parametersRE = regexp.MustCompile(`(?i)(json|representation|object) (of|with) the (following )?parameters|following parameters|the parameters`)
	// representationRE finds the unlinked type of "supply a JSON
	// representation for the androidDeviceOwnerEnrollmentProfile object"
	// (Intune's pages, about 1,000).
	representationRE = regexp.MustCompile(`(?i)json representation (?:for|of) (?:the |a |an )?\**([A-Za-z][\w.]*)\** (?:object|resource|entity)`)
	// binaryRE finds bodies of raw bytes: "the binary stream of the file
	// to be uploaded", "the binary data of the photo", "a binary blob
	// containing the bytes of the document".
	binaryRE = regexp.MustCompile(`(?i)\bbinary (stream|data|blob|contents?)\b|\b(contents|bytes) of the (file|document|image|photo)\b`)
	// emptyObjectRE finds the pages whose body is an empty JSON object
	// they ask for ("You need to provide an empty json `{}` as request
	// body"), which noBodyRE would read as no body.
	emptyObjectRE = regexp.MustCompile(`(?i)(provide|supply|send|pass) an empty json (object )?` + "`?" + `\{\s*\}`)
	updateRE      = regexp.MustCompile(`(?i)(values for (the )?relevant fields|fields? that should be updated|properties (to|that should be) update|json representation|supply the|provide the|include the)`)
)

// readBody classifies the request body: none, raw bytes, a parameter
// table, a resource representation or an @odata.id reference.
func (w *walker) readBody(s *section) {
	body := &model.Body{Pos: s.pos, Kind: model.BodyUnknown}
	w.page.RequestBody = body
	paras := w.paragraphs(s)
	if len(paras) > 0 {
		body.Pos = paras[0].pos
		body.Text = paras[0].text
	}
	for _, b := range s.tables() {
		body.Parameters = append(body.Parameters, w.paramTable(b)...)
	}
	var all strings.Builder
	for _, p := range paras {
		all.WriteString(p.text)
		all.WriteByte('\n')
	}
	text := all.String()
	switch {
	case len(body.Parameters) == 0 && emptyObjectRE.MatchString(text):
		// An object of no parameters: the method takes a body to send
		// ({}), where no body would send nothing.
		body.Kind = model.BodyParameters
	case len(body.Parameters) == 0 && noBodyRE.MatchString(text):
		body.Kind = model.BodyNone
	case len(body.Parameters) == 0 && binaryRE.MatchString(text):
		body.Kind = model.BodyBinary
	case referenceRE.MatchString(text) && len(body.Parameters) == 0:
		body.Kind = model.BodyReference
	case resourceLink(paras) != nil && !parametersRE.MatchString(firstSentence(text)):
		body.Kind = model.BodyResource
		body.Type = linkType(*resourceLink(paras), false)
		// The alternatives may be in a later paragraph that links the type
		// again ("In Azure AD B2C provide … socialIdentityProvider,
		// openIdConnectIdentityProvider or an appleIdentityProvider").
		for _, p := range paras {
			if slices.Contains(p.links, *resourceLink(paras)) {
				if body.Alternatives = alternatives(p, resourceLink(paras), false); len(body.Alternatives) > 0 {
					break
				}
			}
		}
	case representationRE.MatchString(firstSentence(text)):
		body.Kind = model.BodyResource
		body.Type = model.TypeRef{Name: representationRE.FindStringSubmatch(firstSentence(text))[1], Raw: firstSentence(text)}
	case len(body.Parameters) > 0:
		body.Kind = model.BodyParameters
	case updateRE.MatchString(text):
		body.Kind = model.BodyResource
	case parametersRE.MatchString(text):
		body.Kind = model.BodyParameters
	default:
		if text == "" {
			w.d.warnf(s.pos, "body-empty", "the Request body section says nothing: write \"Don't supply a request body for this method.\" or describe the body")
		} else {
			w.d.warnf(body.Pos, "body-unknown", "cannot tell what the request body is from %q", firstSentence(text))
		}
	}
}

// resourceLink returns the first link to a resource page in the paragraphs.
func resourceLink(paras []cell) *link {
	for _, p := range paras {
		for _, l := range p.links {
			if isResourceLink(l) {
				return &l
			}
		}
	}
	return nil
}

func firstSentence(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i+1]
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}
