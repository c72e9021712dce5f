package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const userResourcePage = "---\ntitle: \"user resource type\"\ndescription: \"A user.\"\ndoc_type: resourcePageType\n---\n\n# user resource type\n\nNamespace: microsoft.graph\n\nRepresents a user.\n\n" +
	"## Properties\n\n| Property | Type | Description |\n|:---------|:-----|:------------|\n| id | String | The key. |\n| displayName | String | The name. |\n\n" +
	"## JSON representation\n\n```json\n{\n  \"id\": \"String\",\n  \"displayName\": \"String\"\n}\n```\n"

// docsTree lays out dir/apidocs as the Graph docs are: the seed page in
// beta/api, an API page whose permissions come from v1.0/includes, and a
// resource page in v1.0/resources.
func docsTree(t *testing.T, dir string) string {
	t.Helper()
	seedData, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	d := filepath.Join(dir, "apidocs")
	page := strings.Replace(minimalPage("GET /users/{id}", "Get user"),
		"|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|User.Read|\n|Delegated (personal Microsoft account)|User.Read|\n|Application|User.Read.All|\n",
		"[!INCLUDE [permissions-table](../includes/permissions/user-get-permissions.md)]\n", 1)
	for rel, data := range map[string]string{
		"beta/api/" + filepath.Base(seed):                   string(seedData),
		"v1.0/api/user-get.md":                              page,
		"v1.0/resources/user.md":                            userResourcePage,
		"v1.0/includes/permissions/user-get-permissions.md": "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|User.ReadBasic.All|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application|User.Read.All|\n",
	} {
		p := filepath.Join(d, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// TestArgumentSpellingsGiveTheSameBytes: the docs tree, its version
// folders, their api/ and resources/ folders, the pages one by one, a path
// through .. and a relative path all give byte-identical output, and -check
// with one spelling accepts what another wrote (`// Source:` paths are
// relative to the docs root).
func TestArgumentSpellingsGiveTheSameBytes(t *testing.T) {
	dir := t.TempDir()
	d := docsTree(t, dir)
	wd, _ := os.Getwd()
	relD, err := filepath.Rel(wd, d)
	if err != nil {
		t.Fatal(err)
	}
	spellings := []struct {
		name string
		args []string
	}{
		{"tree", []string{d}},
		{"version folders", []string{filepath.Join(d, "beta"), filepath.Join(d, "v1.0")}},
		{"api and resources folders", []string{filepath.Join(d, "beta", "api"), filepath.Join(d, "v1.0", "api"), filepath.Join(d, "v1.0", "resources")}},
		{"pages", []string{filepath.Join(d, "v1.0", "resources", "user.md"), filepath.Join(d, "beta", "api", filepath.Base(seed)), filepath.Join(d, "v1.0", "api", "user-get.md")}},
		{"dot-dot", []string{d + string(filepath.Separator) + ".." + string(filepath.Separator) + "apidocs"}},
		{"relative", []string{relD}},
		{"tree twice", []string{d, filepath.Join(d, "v1.0", "api")}},
	}
	var want string
	for i, sp := range spellings {
		t.Run(sp.name, func(t *testing.T) {
			g, s := filepath.Join(dir, "out", sp.name, "G"), filepath.Join(dir, "out", sp.name, "S")
			args := append([]string{"generate", "-q", "-go-out", g, "-openapi-out", s, "-go-module", "example.com/sdk"}, sp.args...)
			if code, _, stderr := runCLI(t, args...); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			got := treeDigest(t, g) + treeDigest(t, s)
			if i == 0 {
				want = got
				for _, w := range []string{"// Source: v1.0/api/user-get.md\n", "// Source: v1.0/resources/user.md\n", "// Source: beta/api/" + filepath.Base(seed) + "\n", "User.ReadBasic.All"} {
					if !strings.Contains(got, w) {
						t.Errorf("output lacks %q", w)
					}
				}
				return
			}
			if got != want {
				t.Errorf("output differs from the one for %s", spellings[0].name)
			}
			// -check with this spelling accepts the first spelling's output.
			g0, s0 := filepath.Join(dir, "out", spellings[0].name, "G"), filepath.Join(dir, "out", spellings[0].name, "S")
			check := append([]string{"generate", "-check", "-q", "-go-out", g0, "-openapi-out", s0, "-go-module", "example.com/sdk"}, sp.args...)
			if code, out, stderr := runCLI(t, check...); code != 0 {
				t.Errorf("-check: exit %d\n%s%s", code, out, stderr)
			}
		})
	}
}
