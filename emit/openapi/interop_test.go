package openapi

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	yaml "gopkg.in/yaml.v3"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
)

// TestGoldenDocumentsInterop checks, on the golden documents, what
// linters and generators need of a document (issue 13): nullable only
// beside a type, a discriminator only on the root of a hierarchy, no
// property or path parameter names that fold alike, 4XX/5XX/default
// responses, described tags, a license and no unused component schemas.
func TestGoldenDocumentsInterop(t *testing.T) {
	files, err := filepath.Glob("../../golden/*/*.openapi.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden documents: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(filepath.Dir(f)), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var doc map[string]any
			if err := yaml.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			checkInterop(t, doc)
		})
	}
}

func checkInterop(t *testing.T, doc map[string]any) {
	t.Helper()
	info := obj(doc["info"])
	if lic := obj(info["license"]); lic["name"] != "CC-BY-4.0" || lic["url"] != "https://creativecommons.org/licenses/by/4.0/" {
		t.Errorf("info.license = %v", info["license"])
	}
	for _, tag := range doc["tags"].([]any) {
		if obj(tag)["description"] == nil {
			t.Errorf("tag %v has no description", obj(tag)["name"])
		}
	}
	schemas := obj(obj(doc["components"])["schemas"])
	walk(doc, "", func(path string, m map[string]any) {
		if m["nullable"] == true && m["type"] == nil {
			t.Errorf("%s: nullable without type", path)
		}
	})
	used := map[string]bool{}
	walk(obj(doc["paths"]), "paths", func(_ string, m map[string]any) {
		if r, ok := m["$ref"].(string); ok {
			used[r] = true
		}
	})
	for changed := true; changed; {
		changed = false
		for name, s := range schemas {
			if !used[schemaRef(name)] {
				continue
			}
			walk(s, name, func(_ string, m map[string]any) {
				for _, r := range refsIn(m) {
					if !used[r] {
						used[r], changed = true, true
					}
				}
			})
		}
	}
	for name, s := range schemas {
		if !used[schemaRef(name)] && name != "ODataError" {
			t.Errorf("component schema %s is not used", name)
		}
		// A discriminator is only on a hierarchy's root: no base has one,
		// and the schema's own part holds no property a base has.
		inherited := map[string]string{}
		var own map[string]any
		base := ""
		if all, ok := obj(s)["allOf"].([]any); ok {
			base = strings.TrimPrefix(obj(all[0])["$ref"].(string), schemaRef(""))
			own = obj(all[1])
		} else {
			own = obj(s)
		}
		for b := base; b != ""; {
			bs := obj(schemas[b])
			bown, next := bs, ""
			if all, ok := bs["allOf"].([]any); ok {
				next = strings.TrimPrefix(obj(all[0])["$ref"].(string), schemaRef(""))
				bown = obj(all[1])
			}
			if bown["discriminator"] != nil && own["discriminator"] != nil {
				t.Errorf("%s has a discriminator below %s's", name, b)
			}
			for p := range obj(bown["properties"]) {
				inherited[names.FoldKey(p)] = b + "." + p
			}
			b = next
		}
		seen := map[string]string{}
		for p := range obj(own["properties"]) {
			k := names.FoldKey(p)
			if k == "" || p != strings.TrimSpace(p) {
				t.Errorf("%s: property %q is not a name", name, p)
			}
			if q, ok := inherited[k]; ok {
				t.Errorf("%s: property %q again (%s)", name, p, q)
			}
			if q, ok := seen[k]; ok {
				t.Errorf("%s: properties %q and %q fold alike", name, p, q)
			}
			seen[k] = p
		}
	}
	for path, item := range obj(doc["paths"]) {
		seen := map[string]bool{}
		for _, p := range strings.Split(path, "{")[1:] {
			k := names.FoldKey(p[:strings.IndexByte(p, '}')])
			if seen[k] {
				t.Errorf("%s: path parameters fold alike", path)
			}
			seen[k] = true
		}
		for method, op := range obj(item) {
			rs := obj(obj(op)["responses"])
			for _, code := range []string{"4XX", "5XX", "default"} {
				if obj(rs[code])["$ref"] != "#/components/responses/error" {
					t.Errorf("%s %s: no %s error response", method, path, code)
				}
			}
		}
	}
}

func obj(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// walk calls fn on every map in v, depth first, with its JSON path.
func walk(v any, path string, fn func(string, map[string]any)) {
	switch x := v.(type) {
	case map[string]any:
		fn(path, x)
		for k, c := range x {
			walk(c, path+"/"+k, fn)
		}
	case []any:
		for _, c := range x {
			walk(c, path+"/*", fn)
		}
	}
}

// refsIn are the schema references a map makes itself: $ref and a
// discriminator's mapping.
func refsIn(m map[string]any) []string {
	var out []string
	if r, ok := m["$ref"].(string); ok {
		out = append(out, r)
	}
	if d := obj(m["discriminator"]); d != nil {
		for _, r := range obj(d["mapping"]) {
			out = append(out, r.(string))
		}
	}
	return out
}
