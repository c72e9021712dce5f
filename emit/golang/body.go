package golang

import (
	"github.com/dave/jennifer/jen"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// hasParamBody reports whether the page's body is a parameter table.
func hasParamBody(pg *model.Page) bool {
	return pg.RequestBody != nil && pg.RequestBody.Kind == model.BodyParameters && len(pg.RequestBody.Parameters) > 0
}

// genBody emits the struct of a parameter-table request body.
func genBody(f *jen.File, o *names.Op, rt string) {
	pg := o.Page
	if !hasParamBody(pg) {
		return
	}
	name := o.Body
	f.Commentf("%s is the request body of %s.", name, pg.Title)
	seen := map[string]bool{}
	var fields []jen.Code
	for _, p := range pg.RequestBody.Parameters {
		fn := names.Field(p.Name)
		if seen[fn] {
			continue
		}
		seen[fn] = true
		st := jen.Id(fn).Add(goType(p.Type)).Tag(map[string]string{"json": p.Name + ",omitempty"})
		if p.Description != "" {
			st = jen.Comment(oneLine(p.Description)).Line().Add(st)
		}
		fields = append(fields, st)
	}
	f.Type().Id(name).Struct(fields...)
}
