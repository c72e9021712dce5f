package golang

import (
	"path"
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// File is one emitted file, its path relative to the output root.
type File struct {
	Path string
	Data []byte
}

// Config says where the output goes.
type Config struct {
	// Module is the import path of the output root (DIR).
	Module string
}

// VersionDir is the output directory of an API version: beta, v1.
func VersionDir(version string) string {
	if version == model.VersionV1 {
		return "v1"
	}
	return version
}

// pkg is one output package: its operations sorted by method name.
type pkg struct {
	version string
	name    string
	methods []*names.Op
}

// Generate emits the runtime, one package per (version, root segment) with
// its operations and the model types only it uses, and a Shared models
// package per version.
// It returns the files sorted by path, and the pages and types whose files
// failed and are left out (see Failure); an error is a failure no page
// caused.
func Generate(m *model.Model, ops []*names.Op, types *names.Types, cfg Config) ([]File, []Failure, error) {
	files, err := runtimeFiles()
	if err != nil {
		return nil, nil, err
	}
	models, fails, err := genModels(types, cfg)
	if err != nil {
		return nil, nil, err
	}
	files = append(files, models...)
	var pkgs []*pkg
	for _, o := range ops {
		if n := len(pkgs); n == 0 || pkgs[n-1].version != o.Version || pkgs[n-1].name != o.Package {
			pkgs = append(pkgs, &pkg{version: o.Version, name: o.Package})
		}
		p := pkgs[len(pkgs)-1]
		p.methods = append(p.methods, o)
	}
	pkgFiles := make([][]File, len(pkgs))
	pkgFails := make([][]Failure, len(pkgs))
	parallel(len(pkgs), func(i int) { pkgFiles[i], pkgFails[i] = emitPackage(pkgs[i], types, cfg) })
	for i := range pkgs {
		files = append(files, pkgFiles[i]...)
		fails = append(fails, pkgFails[i]...)
	}
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return files, fails, nil
}

// dir is the package's directory in the output tree.
func (p *pkg) dir() string { return path.Join(VersionDir(p.version), p.name) }
