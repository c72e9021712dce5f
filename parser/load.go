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
)

// input is one page to read: its path as given and its path relative to
// the argument it was found under.
type input struct {
	file, rel string
}

// Load reads every *.md page under the given files and directories
// (recursively), parses them in parallel and builds the model. Pages are
// sorted by relative path, so the result does not depend on the order of
// the arguments, of the directory listing or of the goroutines.
// Errors reading a file become diagnostics; Load itself fails only when an
// argument does not exist.
func (p *Parser) Load(paths []string) (*model.Model, error) {
	var inputs []input
	for _, root := range paths {
		st, err := os.Stat(root)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			inputs = append(inputs, input{file: root, rel: filepath.ToSlash(filepath.Base(root))})
			continue
		}
		err = filepath.WalkDir(root, func(path string, de fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if de.IsDir() && path != root && (strings.HasPrefix(de.Name(), ".") || de.Name() == "includes") {
				return filepath.SkipDir
			}
			if !de.IsDir() && strings.HasSuffix(de.Name(), ".md") {
				rel, _ := filepath.Rel(root, path)
				inputs = append(inputs, input{file: path, rel: filepath.ToSlash(rel)})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.SortFunc(inputs, func(a, b input) int { return cmp.Or(cmp.Compare(a.rel, b.rel), cmp.Compare(a.file, b.file)) })
	inputs = slices.CompactFunc(inputs, func(a, b input) bool { return a.file == b.file })
	uniqueRel(inputs)
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
				src, err := p.readFile(in.file)
				if err != nil {
					ds[i] = []model.Diagnostic{{Pos: model.Pos{File: in.file}, Severity: model.SeverityError, Code: "read-error", Message: err.Error()}}
					continue
				}
				pages[i], ds[i] = p.ParsePage(in.file, in.rel, src)
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
	ops, opDiags := model.BuildOperations(m.Pages)
	m.Operations = ops
	m.Diagnostics = append(m.Diagnostics, opDiags...)
	types, typeDiags := model.BuildTypes(m.Pages)
	m.Types = types
	m.Diagnostics = append(m.Diagnostics, typeDiags...)
	stats, resolveDiags := model.ResolveTypes(m)
	m.TypeStats = stats
	m.Diagnostics = append(m.Diagnostics, resolveDiags...)
	m.Diagnostics = append(m.Diagnostics, model.BodyTables(m)...)
	model.ReconcileOperationTypes(m)
	model.SortDiagnostics(m.Diagnostics)
	return m
}
