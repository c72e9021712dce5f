package parser

import (
	"cmp"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/graphsdkgen/graphsdkgen/model"
	"github.com/graphsdkgen/graphsdkgen/model/apigraph"
)

// input is one page to read: its path as given (for positions), its
// absolute path, its docs root (absolute) and its path relative to that
// root (Page.File).
type input struct {
	file, abs, root, rel string
	dir                  *docsDir // the open docs root
}

// Load reads every *.md page under the given files and directories
// (recursively), parses them in parallel and builds the model. Pages are
// sorted by their path relative to their docs root (see docsRoot), so the
// result depends neither on how the arguments are spelled nor on their
// order, the directory listing or the goroutines. Directory walks do not
// follow symlinked folders; a page is read only when it is a regular file
// inside its docs root (readInside). Errors reading a file become
// diagnostics; Load itself fails only when an argument does not exist.
func (p *Parser) Load(paths []string) (*model.Model, error) {
	var inputs []input
	add := func(arg, file string) error {
		abs, err := filepath.Abs(file)
		if err != nil {
			return err
		}
		root := docsRoot(arg, abs)
		rel, _ := filepath.Rel(root, abs)
		inputs = append(inputs, input{file: file, abs: abs, root: root, rel: filepath.ToSlash(rel)})
		return nil
	}
	for _, arg := range paths {
		st, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			abs, err := filepath.Abs(arg)
			if err != nil {
				return nil, err
			}
			if err := add(filepath.Dir(abs), arg); err != nil {
				return nil, err
			}
			continue
		}
		absArg, err := filepath.Abs(arg)
		if err != nil {
			return nil, err
		}
		err = filepath.WalkDir(arg, func(path string, de fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if de.IsDir() && path != arg && (strings.HasPrefix(de.Name(), ".") || de.Name() == "includes") {
				return filepath.SkipDir
			}
			if !de.IsDir() && strings.HasSuffix(de.Name(), ".md") {
				return add(absArg, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	// A page found through two arguments is read once, under the wider
	// docs root (the longer relative path).
	slices.SortFunc(inputs, func(a, b input) int {
		return cmp.Or(cmp.Compare(a.abs, b.abs), cmp.Compare(len(b.rel), len(a.rel)), cmp.Compare(a.rel, b.rel), cmp.Compare(a.file, b.file))
	})
	inputs = slices.CompactFunc(inputs, func(a, b input) bool { return a.abs == b.abs })
	slices.SortFunc(inputs, func(a, b input) int {
		return cmp.Or(cmp.Compare(a.rel, b.rel), cmp.Compare(a.abs, b.abs))
	})
	uniqueRel(inputs)
	dirs := map[string]*docsDir{}
	for i, in := range inputs {
		if dirs[in.root] == nil {
			dirs[in.root] = openDocsDir(in.root)
			defer dirs[in.root].close()
		}
		inputs[i].dir = dirs[in.root]
	}
	return p.parseAll(inputs), nil
}

func (p *Parser) parseAll(inputs []input) *model.Model {
	pages := make([]*model.Page, len(inputs))
	ds := make([][]model.Diagnostic, len(inputs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				in := inputs[i]
				src, rerr := p.readInside(in.dir, in.file)
				if rerr != nil {
					ds[i] = []model.Diagnostic{{Pos: model.Pos{File: in.file, Line: 1, Col: 1}, Severity: model.SeverityError, Code: rerr.pageCode(), Message: rerr.Error()}}
					continue
				}
				pages[i], ds[i] = p.parsePage(in, src)
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	m := &model.Model{}
	for i := range inputs {
		if pages[i] != nil {
			m.Pages = append(m.Pages, pages[i])
		}
		m.Diagnostics = append(m.Diagnostics, ds[i]...)
	}
	types, typeDiags := model.BuildTypes(m.Pages)
	m.Types = types
	m.Diagnostics = append(m.Diagnostics, typeDiags...)
	stats, resolveDiags := model.ResolveTypes(m)
	m.TypeStats = stats
	m.Diagnostics = append(m.Diagnostics, resolveDiags...)
	// The resource graph, from all pages, before the operations: a
	// route's owner is the page about what the route addresses.
	g := apigraph.Build(m)
	m.Diagnostics = append(m.Diagnostics, model.RespellRoutes(m.Pages, g)...)
	ops, opDiags := model.BuildOperations(m.Pages, g)
	m.Operations = ops
	m.Diagnostics = append(m.Diagnostics, opDiags...)
	m.Diagnostics = append(m.Diagnostics, model.BodyTables(m)...)
	model.ReconcileOperationTypes(m)
	m.Diagnostics = append(m.Diagnostics, model.PathTypes(m)...)
	model.SortDiagnostics(m.Diagnostics)
	return m
}
