package apichange

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"sync"
)

// checked is a type-checked tree: its packages by directory (those
// checked), every package directory it has, and what each exported
// declaration of a checked package was generated from (see sourceIndex).
type checked struct {
	pkgs  map[string]*types.Package
	dirs  []string
	has   map[string]bool
	index map[string]map[string]origin // dir -> apidiff object name -> origin
}

// stdImporter imports the standard library from export data, for both
// trees at once (go/importer's importers are not safe for concurrent use).
type stdImporter struct {
	mu  sync.Mutex
	imp types.Importer
}

func (s *stdImporter) Import(p string) (*types.Package, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.imp.Import(p)
}

// typeCheck parses and type-checks the packages of a tree that want
// names, and those they import, from its files in memory, function bodies
// skipped (the API is what is compared): a
// package of the tree is imported by checking it first, the standard
// library through std. Nothing is written and the go command is run only
// by std, for export data of the standard library. Every tree's packages
// get the import paths of module, whatever the tree's own module: apidiff
// matches the types of other packages by path.
func typeCheck(t GoTree, std types.Importer, want map[string]bool) (*checked, error) {
	files, dirs := t.packages()
	c := &checked{pkgs: map[string]*types.Package{}, dirs: dirs, has: map[string]bool{}, index: map[string]map[string]origin{}}
	for _, d := range dirs {
		c.has[d] = true
	}
	fset := token.NewFileSet()
	busy := map[string]bool{}
	var check func(dir string) (*types.Package, error)
	imp := importerFunc(func(p string) (*types.Package, error) {
		if rel, ok := strings.CutPrefix(p, t.Module+"/"); ok {
			if _, ok := files[rel]; ok {
				return check(rel)
			}
		}
		return std.Import(p)
	})
	check = func(dir string) (*types.Package, error) {
		if p := c.pkgs[dir]; p != nil {
			return p, nil
		}
		if busy[dir] {
			return nil, fmt.Errorf("import cycle through %s", dir)
		}
		busy[dir] = true
		var asts []*ast.File
		for _, f := range files[dir] {
			a, err := parser.ParseFile(fset, f.Path, f.Data, parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				return nil, err
			}
			asts = append(asts, a)
		}
		var errs []error
		conf := types.Config{Importer: imp, IgnoreFuncBodies: true, Error: func(err error) { errs = append(errs, err) }}
		p, _ := conf.Check(module+"/"+dir, fset, asts, nil)
		if len(errs) > 0 {
			return nil, fmt.Errorf("type-checking %s: %v (and %d more errors)", dir, errs[0], len(errs)-1)
		}
		c.pkgs[dir] = p
		c.index[dir] = sourceIndex(asts)
		return p, nil
	}
	for _, d := range dirs {
		if !want[d] {
			continue
		}
		if _, err := check(d); err != nil {
			return nil, err
		}
	}
	return c, nil
}

type importerFunc func(string) (*types.Package, error)

func (f importerFunc) Import(p string) (*types.Package, error) { return f(p) }
