package parser

import (
	"path"
	"path/filepath"
	"strings"
)

// uniqueRel makes the relative paths of inputs unique. A page's relative
// path is its identity in the model (Page.File, Operation.Page,
// Type.Page): two input roots holding the same layout (two eras of the
// docs given together) would otherwise give two pages one identity, and an
// operation would point into the wrong page's routes. A relative path that
// several inputs share takes its root directory's name in front
// ("graph-docs-2021/api-reference/v1.0/api/x.md"), or the path as given
// when the roots' names are the same too. inputs are sorted by rel, then
// file; the order is kept.
func uniqueRel(inputs []input) {
	count := map[string]int{}
	for _, in := range inputs {
		count[in.rel]++
	}
	for i, in := range inputs {
		if count[in.rel] < 2 {
			continue
		}
		file := filepath.ToSlash(in.file)
		root := strings.TrimSuffix(strings.TrimSuffix(file, in.rel), "/")
		inputs[i].rel = path.Join(path.Base(root), in.rel)
	}
	again := map[string]int{}
	for _, in := range inputs {
		again[in.rel]++
	}
	for i, in := range inputs {
		if again[in.rel] > 1 {
			inputs[i].rel = filepath.ToSlash(in.file)
		}
	}
}
