package golang

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
)

// genAlias declares, in a package a type had to leave (names.TypeName.Was),
// its old name as an alias of the type, with its Poly names and enum
// constants, so that code importing them from there still compiles.
func genAlias(f *jen.File, tn *names.TypeName, was names.Alias, ty *typer) {
	fileComment(f, fmt.Sprintf("%s is %s.%s (%s): the type had to move to package %s (a package that may not import this one now uses it); graphsdkgen.lock keeps these aliases.",
		was.Name, tn.Package, tn.Name, tn.Type.QualifiedName(), tn.Package))
	defs := []jen.Code{jen.Id(was.Name).Op("=").Add(ty.named(tn, tn.Name))}
	if tn.Poly {
		defs = append(defs, jen.Id(was.Name+"Value").Op("=").Add(ty.named(tn, tn.Iface)),
			jen.Id("Any"+was.Name).Op("=").Add(ty.named(tn, tn.Any)))
	}
	f.Type().Defs(defs...)
	var consts []jen.Code
	for _, c := range tn.Consts {
		if c != "" {
			consts = append(consts, jen.Id(c).Op("=").Add(ty.named(tn, c)))
		}
	}
	if len(consts) > 0 {
		f.Const().Defs(consts...)
	}
}
