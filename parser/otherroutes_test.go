package parser

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/graphsdkgen/graphsdkgen/model"
)

const otherRoutesFront = "---\ntitle: \"Get widget\"\ndoc_type: apiPageType\n---\n\n# Get widget\n\nNamespace: microsoft.graph\n\n"

// The forms of route lists outside an "## HTTP request" section, modeled on
// site-get, drive-get, drive-list, driveitem-createuploadsession and
// chat-post-members.
func TestOtherRouteSections(t *testing.T) {
	cases := []struct {
		name   string
		body   string
		routes []string // METHOD path
		codes  []string // codes of the page's diagnostics, in order
	}{
		{name: "one H2 per way to address (site-get)", body: `## Permissions

|Permission type|Permissions|
|:---|:---|
|Application|Sites.Read.All|

## Get the tenant's root site

<!-- { "blockType": "ignored" } -->

'''http
GET /sites/root
GET /sites/contoso.sharepoint.com
'''

## Access a site by server-relative URL

'''http
GET /sites/{hostname}:/{server-relative-path}
'''

## Example

### Request

'''http
GET /sites/{site-id}
'''

### Response

'''http
HTTP/1.1 200 OK
'''
`, routes: []string{"GET /sites/root", "GET /sites/{siteId}", "GET /sites/{hostname}:/{server-relative-path}"},
			codes: []string{"route-outside-http-section", "route-literal-id", "route-outside-http-section"}},
		{name: "HTTP request H3s under topic H2s, in tab groups (drive-get)", body: `## Get current user's OneDrive

### HTTP request

# [HTTP](#tab/http)
<!-- { "blockType": "request", "name": "get-drive-default" } -->

'''msgraph-interactive
GET /me/drive
'''
# [C#](#tab/csharp)
[!INCLUDE [sample-code](../includes/snippets/csharp/get-drive-default-csharp-snippets.md)]

---

## Get a drive by ID

### HTTP request

'''msgraph-interactive
GET /drives/{drive-id}
'''

### Path parameters

|Parameter|Type|Description|
|:---|:---|:---|
|drive-id|string|The ID.|

## Response

'''http
HTTP/1.1 200 OK
'''
`, routes: []string{"GET /me/drive", "GET /drives/{drive-id}"},
			codes: []string{"route-outside-http-section", "route-outside-http-section"}},
		{name: "request fences right under topic H2s (drive-list)", body: `## List a group's drives

'''msgraph-interactive
GET /groups/{groupId}/drives
'''

## List the current user's drives

'''http
GET https://graph.microsoft.com/v1.0/me/drives
'''
`, routes: []string{"GET /groups/{groupId}/drives", "GET /me/drives"},
			codes: []string{"route-outside-http-section", "route-outside-http-section", "route-full-url"}},
		{name: "examples, bodies and upload URLs are not routes (driveitem-createuploadsession)", body: `## Create an upload session

### HTTP request

'''http
POST /drives/{driveId}/items/{itemId}/createUploadSession
POST /me/drive/items/{itemId}/createUploadSession
'''

### Request body

'''json
{ "item": {} }
'''

## Parameters

### Request

'''http
POST /me/drive/root:/{item-path}:/createUploadSession
'''

## Upload bytes to the upload session

'''http
PUT https://sn3302.up.1drv.com/up/fe6987415ace7X4e1eF866337
'''

## Completing a file

'''
PUT https://sn3302.up.1drv.com/up/fe6987415ace7X4e1eF866337
Content-Length: 21
'''

'''http
POST /me/drive/items/{itemId}/createUploadSession
Content-Type: application/json

{}
'''

## Examples

'''http
POST /me/drive/special/approot:/{name}:/createUploadSession
'''
`, routes: []string{"POST /drives/{driveId}/items/{itemId}/createUploadSession", "POST /me/drive/items/{itemId}/createUploadSession"},
			codes: []string{"route-outside-http-section"}},
		{name: "route fence left in Permissions (chat-post-members)", body: `## Permissions

|Permission type|Permissions|
|:---|:---|
|Application|Chat.ReadWrite.All|

<!-- { "blockType": "ignored"} -->
'''http
POST /chats/{chat-id}/members
'''

## Request headers

| Header | Value |
|:---|:---|
| Authorization | Bearer {token}. Required. |
`, routes: []string{"POST /chats/{chat-id}/members"},
			codes: []string{"route-outside-http-section"}},
		{name: "query examples and asides are not routes", body: `## HTTP request

'''http
GET /me/events/{id}/attachments
'''

## Optional query parameters

'''http
GET https://graph.microsoft.com/v1.0/me/events/{id}?$expand=attachments
'''

## Get thumbnails while listing items

'''http
GET /me/drive/items/{item-id}/children?$expand=thumbnails
'''

## Remarks

'''http
GET /drives/{remoteItem-driveId}/items/{remoteItem-id}
'''

## Optional query parameters

### HTTP request

'''http
POST /me/events/{id}/cancel
'''
`, routes: []string{"GET /me/events/{id}/attachments", "POST /me/events/{id}/cancel"},
			codes: []string{"route-outside-http-section"}},
		{name: "a route under HTTP request and again elsewhere is read once", body: `## HTTP request

'''http
GET /widgets/{id}
'''

## Get a widget by its ID

'''http
GET /widgets/{widget-id}
GET /me/widget
'''
`, routes: []string{"GET /widgets/{id}", "GET /me/widget"},
			codes: []string{"route-outside-http-section"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pg, ds := parseTestPage(t, "v1.0/api/widget-get.md", otherRoutesFront+tc.body)
			var got []string
			for _, r := range pg.Routes {
				got = append(got, r.Method+" "+r.Path)
			}
			if diff := cmp.Diff(tc.routes, got); diff != "" {
				t.Errorf("routes (-want +got):\n%s", diff)
			}
			var codes []string
			for _, d := range ds {
				if !strings.HasPrefix(d.Code, "route-") && !strings.HasPrefix(d.Code, "page-") {
					continue
				}
				codes = append(codes, d.Code)
				if d.Pos.Line < 1 || d.Pos.Col < 1 {
					t.Errorf("diagnostic without a position: %v", d)
				}
			}
			if diff := cmp.Diff(tc.codes, codes); diff != "" {
				t.Errorf("codes (-want +got):\n%s\n%v", diff, diagStrings(ds))
			}
		})
	}
}

func TestIsExampleHeading(t *testing.T) {
	for _, h := range []string{"Example", "Examples", "Example 1: Get a drive", "Request", "Response", "Request 2", "Response 1:", "request (upload)"} {
		if !isExampleHeading(h) {
			t.Errorf("%q is not read as an example heading", h)
		}
	}
	for _, h := range []string{"HTTP request", "Request body", "Request headers", "Response headers", "Path parameters", "", "Optional request headers"} {
		if isExampleHeading(h) {
			t.Errorf("%q is read as an example heading", h)
		}
	}
}

// An API page that gives no route says why, at its H1.
func TestPageNoOperation(t *testing.T) {
	cases := []struct{ name, body, why string }{
		{"no HTTP request section", "## Permissions\n\nNone.\n\n## Response\n\nIf successful, this method returns `204 No Content`.\n", "no HTTP request section"},
		{"no fence", "## HTTP request\n\nSee the resource.\n", "has no code block"},
		{"every line rejected", "## HTTP request\n\n'''http\nGET /me/.../messages\n'''\n", "no line of its HTTP request code blocks is a usable route"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pg, ds := parseTestPage(t, "v1.0/api/widget-get.md", otherRoutesFront+tc.body)
			if len(pg.Routes) != 0 {
				t.Fatalf("routes %v", pg.Routes)
			}
			i := slices.IndexFunc(ds, func(d model.Diagnostic) bool { return d.Code == "page-no-operation" })
			if i < 0 {
				t.Fatalf("no page-no-operation in %v", diagStrings(ds))
			}
			if d := ds[i]; d.Pos.Line != 6 || d.Pos.Col != 1 || !strings.Contains(d.Message, tc.why) || d.Severity != model.SeverityWarning {
				t.Errorf("%v, want a warning at the H1 (6:1) saying %q", d, tc.why)
			}
		})
	}
	// A page with a route has none.
	_, ds := parseTestPage(t, "v1.0/api/widget-get.md", otherRoutesFront+"## HTTP request\n\n'''http\nGET /widgets\n'''\n")
	if slices.ContainsFunc(ds, func(d model.Diagnostic) bool { return d.Code == "page-no-operation" }) {
		t.Errorf("page-no-operation on a page with a route: %v", diagStrings(ds))
	}
}

// On the corpus, when present: the pages of issue 11 give every route they
// document.
func TestOtherRouteSectionsCorpus(t *testing.T) {
	root := "../../shared/corpus/graph-docs-2021/api-reference"
	if _, err := os.Stat(root); err != nil {
		t.Skip("corpus not found at " + root)
	}
	want := map[string][]string{
		"v1.0/api/site-get.md": {"GET /sites/root", "GET /sites/{siteId}", "GET /sites/{hostname}:/{server-relative-path}", "GET /groups/{group-id}/sites/root"},
		"v1.0/api/drive-get.md": {"GET /me/drive", "GET /users/{idOrUserPrincipalName}/drive", "GET /groups/{groupId}/drive",
			"GET /sites/{siteId}/drive", "GET /drives/{drive-id}"},
		"beta/api/drive-list.md": {"GET /groups/{groupId}/drives", "GET /sites/{siteId}/drives", "GET /users/{userId}/drives", "GET /me/drives"},
		"v1.0/api/driveitem-createuploadsession.md": {"POST /drives/{driveId}/items/{itemId}/createUploadSession", "POST /groups/{groupId}/drive/items/{itemId}/createUploadSession",
			"POST /me/drive/items/{itemId}/createUploadSession", "POST /sites/{siteId}/drive/items/{itemId}/createUploadSession", "POST /users/{userId}/drive/items/{itemId}/createUploadSession"},
		"beta/api/chat-post-members.md": {"POST /chats/{chat-id}/members"},
	}
	for rel, routes := range want {
		src, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		pg, _ := New().ParsePage(rel, rel, src)
		var got []string
		for _, r := range pg.Routes {
			got = append(got, r.Method+" "+r.Path)
		}
		if diff := cmp.Diff(routes, got); diff != "" {
			t.Errorf("%s: routes (-want +got):\n%s", rel, diff)
		}
	}
}
