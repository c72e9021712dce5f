package apichange

import (
	"path"
	"sort"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// GoTree is a generated Go SDK: its files relative to the output root
// (emit.Output.Go, or ReadGenerated), the module path its packages are
// imported by, and, when it was generated from pages here, their model
// (changes then point at page lines; without it, at pages only).
type GoTree struct {
	Module string
	Files  []emit.File
	Model  *model.Model
}

// packages groups the tree's .go files by directory (a package's path
// relative to the root), test files left out.
func (t GoTree) packages() (map[string][]emit.File, []string) {
	out := map[string][]emit.File{}
	for _, f := range t.Files {
		if !strings.HasSuffix(f.Path, ".go") || strings.HasSuffix(f.Path, "_test.go") {
			continue
		}
		d := path.Dir(f.Path)
		out[d] = append(out[d], f)
	}
	dirs := make([]string, 0, len(out))
	for d := range out {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	return out, dirs
}

// goVersion is the API version of a package directory: beta/x is beta,
// v1/x v1.0, the runtime (graph) "runtime".
func goVersion(dir string) string {
	first, _, _ := strings.Cut(dir, "/")
	switch first {
	case "beta":
		return model.VersionBeta
	case "v1":
		return model.VersionV1
	case "graph":
		return "runtime"
	}
	return first
}
