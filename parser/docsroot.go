package parser

import "path/filepath"

// The docs root of a page is the directory its includes and symlinks must
// stay inside and the one its relative path (Page.File, the `// Source:`
// header) is taken from. In the Graph layout it is the parent of the
// version folder: for .../api-reference/v1.0/api/x.md it is
// .../api-reference and the page is v1.0/api/x.md, however the argument was
// spelled (the docs tree, a version folder, its api/ or resources/ folder, a
// page in it, or any path that cleans to those). Outside that layout the
// docs root is the directory argument, or a page argument's folder.

// isVersionDir reports whether a folder name is an API version of the Graph
// layout.
func isVersionDir(name string) bool { return name == "beta" || name == "v1.0" }

// docsRoot returns the docs root of page, an absolute clean path found
// under arg, the absolute clean directory argument (for a page argument,
// the page's folder). The nearest version folder among the page's
// ancestors counts when it is below arg, arg itself, or arg's parent when
// arg is its api/ or resources/ folder: `generate docs/v1.0/api` reaches
// docs/v1.0/includes, but a folder named beta higher up (a checkout under
// /home/runner/beta/) does not widen the root.
func docsRoot(arg, page string) string {
	limit := arg
	if b := filepath.Base(arg); b == "api" || b == "resources" {
		limit = filepath.Dir(arg)
	}
	for d := filepath.Dir(page); ; d = filepath.Dir(d) {
		if isVersionDir(filepath.Base(d)) {
			return filepath.Dir(d)
		}
		if d == limit || d == filepath.Dir(d) {
			return arg
		}
	}
}

// inside reports whether path is root or below it; both are absolute and
// clean.
func inside(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && filepath.IsLocal(rel)
}
