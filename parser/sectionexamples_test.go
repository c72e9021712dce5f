package parser

import (
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// A page without an Example(s) H2 whose routes sit under a heading of their
// own takes its examples from the "### Request" / "### Response" blocks of
// its sections, and its response type from them, as
// driveitem-createuploadsession does; the request to the upload URL's host
// is not a Graph example.
func TestSectionExamplesGiveTheResponse(t *testing.T) {
	src := otherRoutesFront + strings.ReplaceAll(`## Permissions

|Permission type|Permissions|
|:---|:---|
|Application|Sites.ReadWrite.All|

## Create an upload session

### HTTP request

<!-- { "blockType": "ignored" } -->

'''http
POST /me/drive/items/{itemId}/createUploadSession
'''

## Parameters

| Parameter | Type | Description
|:---|:---|:---
| deferCommit | Boolean | Defer.

### Request

<!-- { "blockType": "request", "name": "create-session" } -->

'''http
POST /me/drive/root:/{item-path}:/createUploadSession
Content-Type: application/json

{"item": {}}
'''

### Response

<!-- { "blockType": "response", "@odata.type": "microsoft.graph.uploadSession" } -->

'''http
HTTP/1.1 200 OK
Content-Type: application/json

{"uploadUrl": "https://sn3302.up.1drv.com/up/x"}
'''

## Upload bytes to the upload session

### Example

'''http
PUT https://sn3302.up.1drv.com/up/fe6987415ace7X4e1eF866337
Content-Length: 26

<bytes 0-25 of the file>
'''

### Response

'''http
HTTP/1.1 202 Accepted
'''

## Remarks

### Request

'''http
GET /me/drive/items/{id}
'''
`, "'''", "```")
	pg, _ := parseTestPage(t, "v1.0/api/widget-createuploadsession.md", src)
	if len(pg.Examples) != 1 || pg.Examples[0].Request == nil || pg.Examples[0].Request.Name != "create-session" || pg.Examples[0].Response == nil {
		t.Fatalf("examples: %+v", pg.Examples)
	}
	if r := pg.Response; r == nil || r.Kind != model.ResponseObject || r.Type.Name != "uploadSession" {
		t.Fatalf("response: %+v", pg.Response)
	}
}

// The "## Parameters" table of a POST page without a Request body section
// is the action's JSON body, not function parameters (action-params-as-body).
func TestActionParametersAreTheBody(t *testing.T) {
	src := otherRoutesFront + strings.ReplaceAll(`## HTTP request

'''http
POST /me/drive/items/{itemId}/createUploadSession
'''

## Parameters

| Parameter | Type | Description
|:---|:---|:---
| item | [driveItemUploadableProperties](../resources/driveItemUploadableProperties.md) | Data about the file.
| deferCommit | Boolean | Defer.

## Response

If successful, this method returns a 200 OK response code.
`, "'''", "```")
	pg, ds := parseTestPage(t, "v1.0/api/widget-createuploadsession.md", src)
	b := pg.RequestBody
	if b == nil || b.Kind != model.BodyParameters || len(b.Parameters) != 2 || b.Parameters[0].Name != "item" || len(pg.FunctionParameters) != 0 {
		t.Fatalf("body %+v, function parameters %+v", b, pg.FunctionParameters)
	}
	found := false
	for _, d := range ds {
		found = found || d.Code == "action-params-as-body"
	}
	if !found {
		t.Error("no action-params-as-body diagnostic")
	}
}
