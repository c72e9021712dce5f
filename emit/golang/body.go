package golang

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// hasParamBody reports whether the page's body is a parameter table.
func hasParamBody(pg *model.Page) bool {
	return pg.RequestBody != nil && pg.RequestBody.Kind == model.BodyParameters && len(pg.RequestBody.Parameters) > 0
}

// isBinaryBody says the operation's request body is raw bytes
// (names.Op.BodyKind): the method takes an io.Reader and its content type.
func isBinaryBody(o *names.Op) bool {
	return o.BodyKind() == model.BodyBinary
}

// isRefBody says the operation's request body is a reference: the method
// takes a graph.Ref.
func isRefBody(o *names.Op) bool {
	return o.BodyKind() == model.BodyReference
}

// genBody emits the struct of a parameter-table request body. Strings,
// enums and slices are values (empty means absent); other primitives and
// structs are pointers, so that false and 0 can be sent and an absent
// time or struct is left out. Members the docs do not list
// travel in AdditionalProperties.
func genBody(f *jen.File, ops []*names.Op, ty *typer) {
	rt := ty.rt
	// The page's operations share the struct; one whose body is typed by
	// a reconciled model type (bodyType) does not use it.
	var o *names.Op
	for _, op := range ops {
		if hasParamBody(op.Page) && bodyType(op, ty) == nil {
			o = op
			break
		}
	}
	if o == nil {
		return
	}
	pg := o.Page
	name := o.Body
	fileComment(f, fmt.Sprintf("%s is the request body of %s.", name, pg.Title))
	seen := map[string]bool{}
	var fields []jen.Code
	var known []jen.Code
	for _, p := range pg.RequestBody.Parameters {
		fn := names.Field(p.Name)
		if fn == "" || seen[fn] || fn == "AdditionalProperties" {
			continue
		}
		seen[fn] = true
		typ := ty.value(p.Type)
		pointer := valuePointer(p.Type) || ty.isStruct(p.Type)
		if pointer {
			typ = jen.Op("*").Add(typ)
		}
		st := jen.Id(fn).Add(typ).Tag(jsonTag(p.Name, pointer))
		if p.Description != "" {
			st = comment(oneLine(p.Description)).Line().Add(st)
		}
		fields = append(fields, st)
		known = append(known, jen.Lit(p.Name))
	}
	fields = append(fields, comment("AdditionalProperties holds members the docs do not list; they are sent as they are.").Line().
		Id("AdditionalProperties").Map(jen.String()).Qual("encoding/json", "RawMessage").Tag(map[string]string{"json": "-"}))
	f.Type().Id(name).Struct(fields...)

	fileComment(f, "MarshalJSON encodes the body with its AdditionalProperties.")
	f.Func().Params(jen.Id("b").Id(name)).Id("MarshalJSON").Params().Parens(jen.List(jen.Index().Byte(), jen.Error())).Block(
		jen.Type().Id("plain").Id(name),
		jen.Return(jen.Qual(rt, "MarshalWithExtra").Call(jen.Id("plain").Parens(jen.Id("b")), jen.Id("b").Dot("AdditionalProperties"))),
	)
	fileComment(f, "UnmarshalJSON decodes the body, keeping unlisted members in AdditionalProperties.")
	f.Func().Params(jen.Id("b").Op("*").Id(name)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.Type().Id("plain").Id(name),
		jen.List(jen.Id("extra"), jen.Err()).Op(":=").Qual(rt, "UnmarshalWithExtra").Call(append([]jen.Code{jen.Id("data"), jen.Parens(jen.Op("*").Id("plain")).Parens(jen.Id("b"))}, known...)...),
		jen.Id("b").Dot("AdditionalProperties").Op("=").Id("extra"),
		jen.Return(jen.Err()),
	)
}

// valuePointer reports whether a body field of primitive type t is a
// pointer: every primitive but strings and GUIDs (empty means absent),
// binary (a slice) and untyped JSON, so that false, 0 and a zero time can
// be sent and an unset one is left out.
func valuePointer(t model.TypeRef) bool {
	if t.Collection || t.Primitive == "" {
		return false
	}
	switch t.Primitive {
	case model.PrimString, model.PrimGuid, model.PrimBinary, model.PrimJSON, model.PrimStream:
		return false
	}
	return true
}
