package golang

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/graphsdkgen/graphsdkgen/emit/names"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// emitPackage writes client.go and one file per page for a package. A
// page whose file fails is left out and returned as a Failure; when
// client.go fails, the package is, blamed on the page its root comes from.
func emitPackage(p *pkg, types *names.Types, cfg Config) ([]File, []Failure) {
	rt := path.Join(cfg.Module, "graph")
	ty := &typer{types: types, version: p.version, pkg: p.name, module: cfg.Module, rt: rt}
	var files []File
	var fails []Failure
	data, panicked, err := emitFile(func() *jen.File {
		f := newFile(p, rt)
		genClient(f, p, rt)
		return f
	})
	if err != nil {
		return nil, []Failure{{Page: p.methods[0].Page, Panic: panicked, Err: err}}
	}
	files = append(files, File{Path: path.Join(p.dir(), "client.go"), Data: data})

	// One file per page, in page order.
	var order []*model.Page
	byPage := map[*model.Page][]*names.Op{}
	for _, m := range p.methods {
		if _, ok := byPage[m.Page]; !ok {
			order = append(order, m.Page)
		}
		byPage[m.Page] = append(byPage[m.Page], m)
	}
	taken := map[string]bool{"client.go": true, "doc.go": true}
	for _, pg := range order {
		data, panicked, err := emitFile(func() *jen.File {
			f := newFile(p, rt)
			headerComment(f, "Source: "+pg.File)
			genBody(f, byPage[pg], ty)
			for _, m := range byPage[pg] {
				genMethod(f, m, ty)
			}
			return f
		})
		if err != nil {
			fails = append(fails, Failure{Page: pg, Panic: panicked, Err: err})
			continue
		}
		files = append(files, File{Path: path.Join(p.dir(), claimFileName(pg, taken)), Data: data})
	}
	return files, fails
}

func newFile(p *pkg, rt string) *jen.File {
	f := jen.NewFilePathName("", p.name)
	headerComment(f, headerText)
	f.ImportName(rt, "graph")
	return f
}

// fileName is the Go file of a page: its name with characters that carry
// meaning for the go tool (_test, _GOOS suffixes) made harmless.
func fileName(pg *model.Page) string {
	return strings.ReplaceAll(pg.Name, "_", "-") + ".go"
}

// claimFileName is fileName, unless another file of the package has that
// name (client.go, doc.go, the model types' model-*.go, or a page of the
// same name under another input root): then "page-" is put in front, and
// a number after while it is still taken. taken receives the name.
func claimFileName(pg *model.Page, taken map[string]bool) string {
	n := fileName(pg)
	if taken[n] || strings.HasPrefix(n, "model-") {
		base := "page-" + strings.TrimSuffix(n, ".go")
		n = base + ".go"
		for i := 2; taken[n]; i++ {
			n = fmt.Sprintf("%s-%d.go", base, i)
		}
	}
	taken[n] = true
	return n
}

// genClient emits the package's Client type and constructor.
func genClient(f *jen.File, p *pkg, rt string) {
	packageComment(f, packageDoc(p))
	fileComment(f, "Client calls the "+p.name+" routes. Make one with New from a *graph.Client configured for version "+p.version+".")
	f.Type().Id("Client").Struct(jen.Id("c").Op("*").Qual(rt, "Client"))
	fileComment(f, "New returns a Client that sends its requests through c.")
	f.Func().Id("New").Params(jen.Id("c").Op("*").Qual(rt, "Client")).Op("*").Id("Client").Block(
		jen.Return(jen.Op("&").Id("Client").Values(jen.Id("c").Op(":").Id("c"))),
	)
}

// packageDoc says what the package holds: every route whose root (first
// segment) names it (names.Package), and nothing else.
func packageDoc(p *pkg) string {
	roots := rootsOf(p)
	for i, r := range roots {
		roots[i] = "/" + r
	}
	return fmt.Sprintf("Package %s calls the Microsoft Graph %s routes under %s, whatever page documents them, and holds the model types that only those routes use.",
		p.name, p.version, strings.Join(roots, ", "))
}

// rootsOf is the distinct root segments of the package's routes, sorted;
// roots that differ only in case or punctuation share a package.
func rootsOf(p *pkg) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range p.methods {
		r := names.Root(m.Route)
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		out = append(out, p.name)
	}
	slices.Sort(out)
	return out
}
