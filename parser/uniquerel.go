package parser

import (
	"path"
	"path/filepath"
	"strings"
)

// uniqueRel makes every input's rel (Page.File) unique. Two docs trees of
// the same layout (the 2021 corpus and the 2026 sample, both
// ".../api-reference/v1.0/api/x.md") give the same page path twice, and an
// operation would point into the wrong page's routes. A relative path that
// several inputs share takes, in front, as many of the last folders of its
// docs root as tell the sharing roots apart
// ("graph-docs-2021/api-reference/v1.0/api/x.md"), so the result still does
// not depend on how the arguments are spelled. The order is kept.
func uniqueRel(inputs []input) {
	groups := map[string][]int{}
	for i, in := range inputs {
		groups[in.rel] = append(groups[in.rel], i)
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		for k := 1; ; k++ {
			seen := map[string]bool{}
			whole := true
			for _, i := range g {
				pre, all := lastDirs(inputs[i].root, k)
				seen[pre] = true
				whole = whole && all
			}
			if len(seen) == len(g) || whole {
				for _, i := range g {
					pre, _ := lastDirs(inputs[i].root, k)
					inputs[i].rel = path.Join(pre, inputs[i].rel)
				}
				break
			}
		}
	}
}

// lastDirs is the last k folders of root, slash-separated, and whether
// that is all of root.
func lastDirs(root string, k int) (string, bool) {
	parts := strings.Split(strings.Trim(filepath.ToSlash(root), "/"), "/")
	if k >= len(parts) {
		return strings.Join(parts, "/"), true
	}
	return strings.Join(parts[len(parts)-k:], "/"), false
}
