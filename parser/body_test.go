package parser

import (
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Request body sections are classified by what they say; a body of raw
// bytes is told from a JSON body that merely mentions binary values.
func TestBodyKinds(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The contents of the request body should be the binary stream of the file to be uploaded.", model.BodyBinary},
		{"In the request body, include the binary data of the photo in the request body.", model.BodyBinary},
		{"The request body is a binary blob containing the bytes of the document that are specified as an inclusive byte range in the Range header.", model.BodyBinary},
		{"Do not supply a request body for this method.", model.BodyNone},
		{"In the request body, supply a JSON object with the following parameters. The binary formats (entryId and immutableEntryId) are URL-safe base64 encoded.", model.BodyParameters},
		{"In the request body, supply a reference to the object with `@odata.id`.", model.BodyReference},
		// setUpResourcesFolder: the body is {}, an object of no
		// parameters, not no body (the client dropped it).
		{"You need to provide an empty json `{}` as request body for this method.", model.BodyParameters},
		{"Provide an empty json `{}` as request body for this method.", model.BodyParameters},
		{"This API does not require any request body.", model.BodyNone},
	}
	for _, tc := range cases {
		src := "---\ntitle: x\ndoc_type: apiPageType\n---\n# Upload thing\n\n## HTTP request\n\n```http\nPUT /things/{id}/content\n```\n\n## Request body\n\n" + tc.text + "\n\n## Response\n\nIf successful, this method returns a `204 No Content` response code.\n"
		pg, _ := New().ParsePage("api/x.md", "v1.0/api/x.md", []byte(src))
		if pg.RequestBody == nil || pg.RequestBody.Kind != tc.want {
			t.Errorf("%q: body %+v, want %s", tc.text, pg.RequestBody, tc.want)
		}
	}
}

// TestBodyAlternativesInLaterParagraph: the types a body may be are read
// from the paragraph that lists them, not only from the first paragraph
// that links the first type (identityproviderbase-post-identityproviders:
// the client took only socialIdentityProvider, and an
// openIdConnectIdentityProvider body did not decode).
func TestBodyAlternativesInLaterParagraph(t *testing.T) {
	src := "---\ntitle: x\ndoc_type: apiPageType\n---\n# Create identityProvider\n\n## HTTP request\n\n```http\nPOST /identity/identityProviders\n```\n\n## Request body\n\n" +
		"In the request body, provide a JSON representation of [socialIdentityProvider](../resources/socialidentityprovider.md) object in Azure AD.\n\n" +
		"In Azure AD B2C provide a JSON representation of [socialIdentityProvider](../resources/socialidentityprovider.md), [openIdConnectIdentityProvider](../resources/openidconnectidentityprovider.md) or an [appleIdentityProvider](../resources/appleidentityprovider.md) object.\n\n" +
		"## Response\n\nIf successful, this method returns a `201 Created` response code.\n"
	pg, _ := New().ParsePage("api/x.md", "beta/api/x.md", []byte(src))
	b := pg.RequestBody
	if b == nil || b.Kind != model.BodyResource || b.Type.Name != "socialIdentityProvider" || len(b.Alternatives) != 2 ||
		b.Alternatives[0].Name != "openIdConnectIdentityProvider" || b.Alternatives[1].Name != "appleIdentityProvider" {
		t.Errorf("body %+v, want socialIdentityProvider or openIdConnectIdentityProvider or appleIdentityProvider", b)
	}
}
