package model

import "strings"

// The Edm primitives a TypeRef resolves to. Json stands for a value the
// docs call Json or object: any JSON value, by design rather than by
// failure to resolve.
const (
	PrimString         = "String"
	PrimBoolean        = "Boolean"
	PrimByte           = "Byte"
	PrimSByte          = "SByte"
	PrimInt16          = "Int16"
	PrimInt32          = "Int32"
	PrimInt64          = "Int64"
	PrimSingle         = "Single"
	PrimDouble         = "Double"
	PrimDecimal        = "Decimal"
	PrimDateTimeOffset = "DateTimeOffset"
	PrimDate           = "Date"
	PrimTimeOfDay      = "TimeOfDay"
	PrimDuration       = "Duration"
	PrimBinary         = "Binary"
	PrimGuid           = "Guid"
	PrimStream         = "Stream"
	PrimJSON           = "Json"
)

// primitiveAliases maps the lower-cased spellings the docs use for a
// primitive to its Edm name. Rule: an Edm name in any case is that
// primitive; the other entries are spellings measured in the corpus
// (FORMAT.md §8 and §12).
var primitiveAliases = map[string]string{
	"string": PrimString, "str": PrimString, "url": PrimString, "uri": PrimString,
	"boolean": PrimBoolean, "bool": PrimBoolean,
	"byte": PrimByte, "sbyte": PrimSByte,
	"int16": PrimInt16, "short": PrimInt16,
	"int32": PrimInt32, "int": PrimInt32, "integer": PrimInt32,
	"int64": PrimInt64, "long": PrimInt64,
	"single": PrimSingle, "float": PrimSingle,
	"double": PrimDouble, "number": PrimDouble, "numeric": PrimDouble,
	"decimal":        PrimDecimal,
	"datetimeoffset": PrimDateTimeOffset, "datetime": PrimDateTimeOffset, "timestamp": PrimDateTimeOffset,
	"date":      PrimDate,
	"timeofday": PrimTimeOfDay, "time": PrimTimeOfDay,
	"duration": PrimDuration, "timespan": PrimDuration,
	"binary": PrimBinary, "base64": PrimBinary,
	"guid": PrimGuid, "uuid": PrimGuid,
	"stream": PrimStream,
	"json":   PrimJSON, "object": PrimJSON, "any": PrimJSON,
}

// PrimitiveOf returns the Edm primitive a type name spells, or "".
func PrimitiveOf(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.TrimPrefix(n, "edm.")
	return primitiveAliases[n]
}

// IsResolved reports whether the reference resolved to a primitive or a
// defined type.
func (t TypeRef) IsResolved() bool { return t.Primitive != "" || t.Target != "" }

// Elem is the reference without its collection flag.
func (t TypeRef) Elem() TypeRef {
	t.Collection = false
	return t
}
