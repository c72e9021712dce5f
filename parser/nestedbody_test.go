package parser

import (
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// A "### Request body" under "## HTTP request" is the page's body
// (driveitem-copy), its "| Name | Value | Description |" table typed by
// the Value column; a later "### Link types" table is not part of it.
func TestNestedRequestBody(t *testing.T) {
	src := otherRoutesFront + strings.ReplaceAll(`## HTTP request

'''http
POST /me/drive/items/{item-id}/copy
'''

### Request body

In the request body, provide a JSON object with the following parameters.

| Name            | Value                                          | Description |
|:----------------|:-----------------------------------------------|:------------|
| parentReference | [ItemReference](../resources/itemreference.md) | Optional. Where the copy goes. |
| name            | string                                         | Optional. The new name. |

### Link types

| Type value | Description |
|:-----------|:------------|
| view       | Read only.  |

## Response

Returns 202 Accepted.
`, "'''", "```")
	pg, _ := parseTestPage(t, "v1.0/api/widget-copy.md", src)
	b := pg.RequestBody
	if b == nil || b.Kind != model.BodyParameters || len(b.Parameters) != 2 {
		t.Fatalf("body %+v", b)
	}
	if p := b.Parameters[0]; p.Name != "parentReference" || p.Type.Link != "../resources/itemreference.md" {
		t.Errorf("first parameter %+v, want parentReference typed by its Value cell", p)
	}
	if p := b.Parameters[1]; p.Name != "name" || p.Type.Raw != "string" {
		t.Errorf("second parameter %+v, want name string", p)
	}
	if len(pg.Routes) != 1 {
		t.Errorf("routes %+v", pg.Routes)
	}
}

// A Request body section that says none is needed, with the action's
// parameters under "## Parameters" (driveitem-createuploadsession): the
// parameters are the body.
func TestActionParametersBesideEmptyBody(t *testing.T) {
	src := otherRoutesFront + strings.ReplaceAll(`## Create an upload session

### HTTP request

'''http
POST /me/drive/items/{itemId}/createUploadSession
'''

### Request body

No request body is required.
However, you can specify properties in the request body.

## Parameters

| Parameter | Type | Description
|:---|:---|:---
| item | [driveItemUploadableProperties](../resources/driveItemUploadableProperties.md) | Data about the file.
| deferCommit | Boolean | Defer.

## Response

If successful, this method returns a 200 OK response code.
`, "'''", "```")
	pg, _ := parseTestPage(t, "v1.0/api/widget-createuploadsession.md", src)
	b := pg.RequestBody
	if b == nil || b.Kind != model.BodyParameters || len(b.Parameters) != 2 || len(pg.FunctionParameters) != 0 {
		t.Fatalf("body %+v, function parameters %+v", b, pg.FunctionParameters)
	}
}

// Tables under a Request body's "### Link types" and "### Scope types"
// list the values of one parameter (driveitem-createlink): their rows are
// not parameters; each is a param-table-values info.
func TestValueTablesAreNotParameters(t *testing.T) {
	src := otherRoutesFront + strings.ReplaceAll(`## HTTP request

'''http
POST /me/drive/items/{itemId}/createLink
'''

## Request body

The request should be a JSON object with the following properties.

| Property | Type   | Description |
|:---------|:-------|:------------|
| type     | String | The type of sharing link to create. |
| scope    | String | The scope of link to create. |

### Link types

| Type value | Description |
|:-----------|:------------|
| view       | Read only.  |
| edit       | Read-write. |

### Scope types

| Value        | Description |
|:-------------|:------------|
| anonymous    | Anyone.     |

## Response

Returns 200 OK.
`, "'''", "```")
	pg, ds := parseTestPage(t, "v1.0/api/driveitem-createlink.md", src)
	var names []string
	for _, p := range pg.RequestBody.Parameters {
		names = append(names, p.Name)
	}
	if strings.Join(names, " ") != "type scope" {
		t.Errorf("body parameters %v, want type scope", names)
	}
	n := 0
	for _, d := range ds {
		if d.Code == "param-table-values" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d param-table-values, want 2: %v", n, ds)
	}
}
