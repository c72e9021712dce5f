package apichange

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
	"github.com/graphsdkgen/graphsdkgen/parser"
)

// pages is a synthetic docs tree: page path -> text.
type pages map[string]string

// with returns a copy of ps with the pages in more set (an empty text
// removes the page).
func (ps pages) with(more pages) pages {
	out := pages{}
	for k, v := range ps {
		out[k] = v
	}
	for k, v := range more {
		if v == "" {
			delete(out, k)
		} else {
			out[k] = v
		}
	}
	return out
}

// write writes the tree under a new directory and returns it.
func (ps pages) write(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for p, text := range ps {
		f := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// load parses the tree.
func (ps pages) load(t *testing.T) (*model.Model, string) {
	t.Helper()
	dir := ps.write(t)
	m, err := parser.New().Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	return m, dir
}

func apiPage(title, routes, perms, response string) string {
	return `---
title: "` + title + `"
doc_type: apiPageType
---

# ` + title + `

Namespace: microsoft.graph

## Permissions

|Permission type|Permissions (from least to most privileged)|
|:---|:---|
` + perms + `

## HTTP request

` + "```http\n" + routes + "\n```" + `

## Response

` + response + `
`
}

const widgetPerms = `|Delegated (work or school account)|Widget.Read, Widget.ReadWrite|
|Delegated (personal Microsoft account)|Not supported.|
|Application|Widget.Read.All|`

func widgetPage(nameType string) string {
	return `---
title: "widget resource type"
doc_type: resourcePageType
---

# widget resource type

Namespace: microsoft.graph

A widget.

## Properties

| Property | Type | Description |
|:---------|:-----|:------------|
| id | String | The key. Read-only. |
| name | ` + nameType + ` | The name. |
| color | [widgetColor](widgetcolor.md) | The color. |

## JSON representation

<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.widget",
  "keyProperty": "id"
}-->

` + "```json" + `
{
  "id": "String (identifier)",
  "name": "String",
  "color": "String"
}
` + "```\n"
}

func colorPage(members ...string) string {
	s := `---
title: "widgetColor enum type"
doc_type: enumPageType
---

# widgetColor enum type

Namespace: microsoft.graph

## Members

|Member|Value|Description|
|:---|:---|:---|
`
	for i, m := range members {
		s += "|" + m + "|" + string(rune('0'+i)) + "|The color " + m + ".|\n"
	}
	return s
}

const objectResponse = "If successful, this method returns a `200 OK` response code and a [widget](../resources/widget.md) object in the response body."

const listResponse = "If successful, this method returns a `200 OK` response code and a collection of [widget](../resources/widget.md) objects in the response body."

// base is a tree with GET /widgets/{id}, the widget type and its color
// enum, in v1.0.
func base() pages {
	return pages{
		"v1.0/api/widget-get.md":        apiPage("Get widget", "GET /widgets/{id}", widgetPerms, objectResponse),
		"v1.0/resources/widget.md":      widgetPage("String"),
		"v1.0/resources/widgetcolor.md": colorPage("red", "blue"),
	}
}

// withList is base with GET /widgets.
func withList() pages {
	return base().with(pages{"v1.0/api/widget-list.md": apiPage("List widgets", "GET /widgets", widgetPerms, listResponse)})
}

// lineOf is the 1-based line of the first line of text containing s.
func lineOf(t *testing.T, text, s string) int {
	t.Helper()
	for i, l := range strings.Split(text, "\n") {
		if strings.Contains(l, s) {
			return i + 1
		}
	}
	t.Fatalf("%q not in the page", s)
	return 0
}
