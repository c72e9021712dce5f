package parser

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// TestTypeRef reads each type cell shape of FORMAT.md §8 and §12 through
// goldmark, as a table cell, so that links, code spans and emphasis are
// what the parser sees.
func TestTypeRef(t *testing.T) {
	cases := []struct {
		cell string
		want model.TypeRef
	}{
		// Primitives, PascalCase and lower case, Edm-prefixed.
		{"String", model.TypeRef{Name: "String", Raw: "String"}},
		{"Int32", model.TypeRef{Name: "Int32", Raw: "Int32"}},
		{"string", model.TypeRef{Name: "string", Raw: "string"}},
		{"dateTimeOffset", model.TypeRef{Name: "dateTimeOffset", Raw: "dateTimeOffset"}},
		{"GUID", model.TypeRef{Name: "GUID", Raw: "GUID"}},
		{"Edm.String", model.TypeRef{Name: "String", Raw: "Edm.String"}},
		{"`Edm.DateTimeOffset`", model.TypeRef{Name: "DateTimeOffset", Raw: "Edm.DateTimeOffset"}},
		{"`Edm.boolean `", model.TypeRef{Name: "boolean", Raw: "Edm.boolean"}},
		{"`String`", model.TypeRef{Name: "String", Raw: "String"}},
		{"**Boolean**", model.TypeRef{Name: "Boolean", Raw: "Boolean"}},
		// Qualified names: the sub-namespace stays.
		{"microsoft.graph.user", model.TypeRef{Name: "user", Raw: "microsoft.graph.user"}},
		{"microsoft.graph.callRecords.session", model.TypeRef{Name: "callRecords.session", Raw: "microsoft.graph.callRecords.session"}},
		{"Microsoft.Graph.user", model.TypeRef{Name: "user", Raw: "Microsoft.Graph.user"}},
		// Links.
		{"[identitySet](identityset.md)", model.TypeRef{Name: "identitySet", Link: "identityset.md", Raw: "identitySet"}},
		{"[microsoft.graph.callRecords.endpoint](callrecords-endpoint.md)", model.TypeRef{Name: "callRecords.endpoint", Link: "callrecords-endpoint.md", Raw: "microsoft.graph.callRecords.endpoint"}},
		{"[cloudPcStatus](#cloudpcstatus-values)", model.TypeRef{Name: "cloudPcStatus", Link: "#cloudpcstatus-values", Raw: "cloudPcStatus"}},
		{"[recipient](recipient.md) object", model.TypeRef{Name: "recipient", Link: "recipient.md", Raw: "recipient object"}},
		// Collections.
		{"String collection", model.TypeRef{Name: "String", Collection: true, Raw: "String collection"}},
		{"string collection", model.TypeRef{Name: "string", Collection: true, Raw: "string collection"}},
		{"Guid collection", model.TypeRef{Name: "Guid", Collection: true, Raw: "Guid collection"}},
		{"[recipient](recipient.md) collection", model.TypeRef{Name: "recipient", Collection: true, Link: "recipient.md", Raw: "recipient collection"}},
		{"Collection(String)", model.TypeRef{Name: "String", Collection: true, Raw: "Collection(String)"}},
		{"collection(microsoft.graph.alert)", model.TypeRef{Name: "alert", Collection: true, Raw: "collection(microsoft.graph.alert)"}},
		{"Collection([keyValue](keyvalue.md))", model.TypeRef{Name: "keyValue", Collection: true, Link: "keyvalue.md", Raw: "Collection(keyValue)"}},
		{"Collection of String", model.TypeRef{Name: "String", Collection: true, Raw: "Collection of String"}},
		{"routingPolicy collection collection", model.TypeRef{Name: "routingPolicy", Collection: true, Raw: "routingPolicy collection collection"}},
		{"microsoft.graph.callRecords.modality collection", model.TypeRef{Name: "callRecords.modality", Collection: true, Raw: "microsoft.graph.callRecords.modality collection"}},
		// Reference-style links whose reference is not defined, and a
		// link with no closing parenthesis.
		{"[identitySet][]", model.TypeRef{Name: "identitySet", Raw: "[identitySet][]"}},
		{"[driveItem][] collection", model.TypeRef{Name: "driveItem", Collection: true, Raw: "[driveItem][] collection"}},
		{"Collection([itemReference][])", model.TypeRef{Name: "itemReference", Collection: true, Raw: "Collection([itemReference][])"}},
		{"[invitedUserMessageInfo](invitedusermessageinfo.md", model.TypeRef{Name: "invitedUserMessageInfo", Raw: "[invitedUserMessageInfo](invitedusermessageinfo.md"}},
		{"[timeZoneInformation](timezoneinformation.md collection)", model.TypeRef{Name: "timeZoneInformation", Collection: true, Raw: "[timeZoneInformation](timezoneinformation.md collection)"}},
		// Notes after the type word.
		{"String (optional)", model.TypeRef{Name: "String", Raw: "String (optional)"}},
		{"string (readonly)", model.TypeRef{Name: "string", Raw: "string (readonly)"}},
		{"string, maximum size 20", model.TypeRef{Name: "string", Raw: "string, maximum size 20"}},
		{"String (identifier)", model.TypeRef{Name: "String", Raw: "String (identifier)"}},
		{"String (timestamp)", model.TypeRef{Name: "DateTimeOffset", Raw: "String (timestamp)"}},
		{"string (timestamp)", model.TypeRef{Name: "DateTimeOffset", Raw: "string (timestamp)"}},
		{"(Optional) String", model.TypeRef{Name: "String", Raw: "(Optional) String"}},
		{"alertStatus enum", model.TypeRef{Name: "alertStatus", Raw: "alertStatus enum"}},
		// Cells that name no single type keep only Raw.
		{"(boolean or string or number) collection", model.TypeRef{Collection: true, Raw: "(boolean or string or number) collection"}},
		{"appHostedMediaConfig or serviceHostedMediaConfig", model.TypeRef{Raw: "appHostedMediaConfig or serviceHostedMediaConfig"}},
		{"Untyped JSON object", model.TypeRef{Raw: "Untyped JSON object"}},
		{"", model.TypeRef{}},
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	for _, tc := range cases {
		src := []byte("| Property | Type |\n|:--|:--|\n| p | " + tc.cell + " |\n")
		doc := md.Parser().Parse(text.NewReader(src))
		tn, ok := doc.FirstChild().(tableNode)
		if !ok {
			t.Fatalf("%q: no table", tc.cell)
		}
		tab := readTable(tn, src, newLineIndex("x.md", src))
		if got := typeRef(tab.rows[0][1]); !cmp.Equal(got, tc.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", tc.cell, got, tc.want)
		}
	}
}

// TestLinkType checks that prose links give Name and Link, and Raw the
// text as written.
func TestLinkType(t *testing.T) {
	got := linkType(link{text: "microsoft.graph.callRecords.session", dest: "../resources/callrecords-session.md"}, true)
	want := model.TypeRef{Name: "callRecords.session", Collection: true, Link: "../resources/callrecords-session.md", Raw: "microsoft.graph.callRecords.session"}
	if !cmp.Equal(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestCanonicalNamespace(t *testing.T) {
	for in, want := range map[string]string{
		"":                             "microsoft.graph",
		"microsoft.graph":              "microsoft.graph",
		"microsoft.graph.":             "microsoft.graph",
		"Microsoft.Graph":              "microsoft.graph",
		"microsoft.graph.termstore":    "microsoft.graph.termStore",
		"microsoft.graph.callRecords":  "microsoft.graph.callRecords",
		"microsoft.graph.newThing":     "microsoft.graph.newThing",
		"Microsoft.Graph.newThing":     "microsoft.graph.newThing",
		"microsoft.management.service": "microsoft.management.service",
	} {
		if got := canonicalNamespace(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// TestProseTypeLinks checks the types the Request body and Response
// sentences link to: Link is the destination, Raw the link text.
func TestProseTypeLinks(t *testing.T) {
	src := `---
doc_type: apiPageType
---
# Update session

## HTTP request

'''http
PATCH /communications/callRecords/{id}/sessions/{id}
'''

## Request body

In the request body, supply a JSON representation of a [microsoft.graph.callRecords.session](../resources/callrecords-session.md) object.

## Response

If successful, this method returns a ` + "`200 OK`" + ` response code and a collection of [segment](../resources/callrecords-segment.md) objects in the response body.
`
	pg, _ := parseTestPage(t, "v1.0/api/session-update.md", src)
	if pg.RequestBody == nil || pg.Response == nil {
		t.Fatalf("body %+v, response %+v", pg.RequestBody, pg.Response)
	}
	wantBody := model.TypeRef{Name: "callRecords.session", Link: "../resources/callrecords-session.md", Raw: "microsoft.graph.callRecords.session"}
	if !cmp.Equal(pg.RequestBody.Type, wantBody) {
		t.Errorf("body type %+v, want %+v", pg.RequestBody.Type, wantBody)
	}
	wantResp := model.TypeRef{Name: "segment", Collection: true, Link: "../resources/callrecords-segment.md", Raw: "segment"}
	if !cmp.Equal(pg.Response.Type, wantResp) {
		t.Errorf("response type %+v, want %+v", pg.Response.Type, wantResp)
	}
}
