package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLintOnly: lint -only reports the named page's findings (its example
// checked against the resource page it links to) and nothing of the
// other pages, which it does not read.
func TestLintOnly(t *testing.T) {
	dir := t.TempDir()
	res := "---\ntitle: widget\ndoc_type: resourcePageType\n---\n\n# widget resource type\n\n## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n| id | String | Id. |\n\n" +
		"## JSON representation\n\n<!-- {\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.widget\"\n} -->\n\n```json\n{\n  \"id\": \"String\"\n}\n```\n"
	api := func(name string) string {
		return "---\ntitle: get\ndoc_type: apiPageType\n---\n\n# Get " + name + "\n\n## HTTP request\n\n```http\nGET /" + name + "/{id}\n```\n\n" +
			"## Response\n\nIf successful, this method returns a `200 OK` response code and a [widget](../resources/widget.md) object in the response body.\n\n" +
			"## Example\n\n```http\nGET https://graph.microsoft.com/v1.0/" + name + "/1\n```\n\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  \"id\": \"1\",\n  \"bogus\": 1\n}\n```\n"
	}
	files := map[string]string{"v1.0/resources/widget.md": res, "v1.0/api/a-get.md": api("a"), "v1.0/api/b-get.md": api("b")}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page := filepath.Join(dir, "v1.0", "api", "a-get.md")
	var out, errb bytes.Buffer
	if code := run([]string{"lint", "-only", page}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := out.String()
	if !strings.Contains(got, page+":30:3: warning: example 1: the response body has \"bogus\", which widget does not have (see "+filepath.Join(dir, "v1.0", "resources", "widget.md")) {
		t.Errorf("no finding on a-get.md:\n%s", got)
	}
	if strings.Contains(got, "b-get.md") || strings.Contains(got, "widget.md:") && !strings.Contains(got, "(see ") {
		t.Errorf("findings outside the named page:\n%s", got)
	}
	// The whole tree reports both pages.
	out.Reset()
	run([]string{"lint", dir}, &out, &errb)
	if !strings.Contains(out.String(), "b-get.md") {
		t.Errorf("whole tree: no finding on b-get.md:\n%s", out.String())
	}
}
