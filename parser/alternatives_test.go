package parser

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A body or response sentence that offers several resource types joined by
// "or" (or commas) records the others as alternatives; other links in the
// sentence do not count.
func TestAlternatives(t *testing.T) {
	page := func(body, response string) string {
		return "---\ntitle: x\ndoc_type: apiPageType\n---\n# Create namedLocation\n\n## HTTP request\n\n```http\nPOST /identity/conditionalAccess/namedLocations\n```\n\n## Request body\n\n" + body +
			"\n\n## Response\n\n" + response + "\n"
	}
	cases := []struct {
		body, response string
		bodyAlt, resp  []string
	}{
		{"In the request body, supply a JSON representation of an [ipNamedLocation](../resources/ipnamedlocation.md) or [countryNamedLocation](../resources/countrynamedlocation.md) object.",
			"If successful, this method returns a `201 Created` response code and a new [ipNamedLocation](../resources/ipnamedlocation.md) or [countryNamedLocation](../resources/countrynamedlocation.md) object in the response body.",
			[]string{"countryNamedLocation"}, []string{"countryNamedLocation"}},
		{"In the request body, supply a JSON representation of a [user](../resources/user.md), [group](../resources/group.md), or [device](../resources/device.md) object.",
			"If successful, this method returns a `200 OK` response code and a [user](../resources/user.md) object with its [manager](../resources/manager.md) in the response body.",
			[]string{"group", "device"}, nil},
	}
	for _, tc := range cases {
		pg, _ := New().ParsePage("api/x.md", "v1.0/api/x.md", []byte(page(tc.body, tc.response)))
		var body, resp []string
		for _, a := range pg.RequestBody.Alternatives {
			body = append(body, a.Name)
		}
		for _, a := range pg.Response.Alternatives {
			resp = append(resp, a.Name)
		}
		if !cmp.Equal(body, tc.bodyAlt) || !cmp.Equal(resp, tc.resp) {
			t.Errorf("%q: body alternatives %v, response %v; want %v, %v", tc.body, body, resp, tc.bodyAlt, tc.resp)
		}
	}
}
