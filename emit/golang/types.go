package golang

import (
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// goType maps a documented type to Go. Primitives map to Go types; other
// types are kept as raw JSON until typed models exist.
func goType(t model.TypeRef) *jen.Statement {
	var elem *jen.Statement
	switch strings.ToLower(t.Name) {
	case "string", "guid", "uuid", "date", "timeofday", "duration", "datetimeoffset":
		elem = jen.String()
	case "boolean", "bool":
		elem = jen.Bool()
	case "int32", "int", "integer", "int16", "byte", "sbyte":
		elem = jen.Int32()
	case "int64":
		elem = jen.Int64()
	case "double", "single", "decimal", "number", "float":
		elem = jen.Float64()
	case "binary":
		elem = jen.Index().Byte()
	default:
		elem = jen.Qual("encoding/json", "RawMessage")
		if t.Collection {
			return elem
		}
	}
	if t.Collection {
		return jen.Index().Add(elem)
	}
	return elem
}
