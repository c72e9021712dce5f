package model

import (
	"encoding/json"
	"testing"
)

// A DELETE of a reference takes the body its page documents only when an
// example of the page sends the reference (serviceprincipal-delete-owners);
// a DELETE page that mentions the object without sending it takes none.
func TestBodyOnReadRouteReference(t *testing.T) {
	body := `{"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}"}`
	withExample := &Page{
		RequestBody: &Body{Kind: BodyResource, Type: TypeRef{Name: "directoryObject"}},
		Examples:    []Example{{Request: &ExampleRequest{Method: "DELETE", Body: body, JSON: json.RawMessage(body)}}},
	}
	if !BodyOnReadRoute(withExample, "DELETE") {
		t.Error("DELETE whose example sends @odata.id: no body")
	}
	if BodyOnReadRoute(withExample, "GET") {
		t.Error("GET of a reference page: body")
	}
	without := &Page{RequestBody: &Body{Kind: BodyReference}, Examples: []Example{{Request: &ExampleRequest{Method: "DELETE"}}}}
	if BodyOnReadRoute(without, "DELETE") {
		t.Error("DELETE whose example sends nothing: body")
	}
}
