package golang

import (
	"path"

	"github.com/dave/jennifer/jen"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// typer maps type references to Go for code in one package of one version.
type typer struct {
	types   *names.Types
	version string
	pkg     string // the Go package being emitted
	module  string // import path of the output root
	rt      string // import path of the runtime
}

// named is the Go type of a named type as seen from t.pkg.
func (t *typer) named(tn *names.TypeName, id string) *jen.Statement {
	if tn.Package == t.pkg {
		return jen.Id(id)
	}
	return jen.Qual(path.Join(t.module, VersionDir(t.version), tn.Package), id)
}

// primitive is the Go type of an Edm primitive; Json, Stream and unknown
// primitives are json.RawMessage (any JSON value).
func (t *typer) primitive(p string) (typ *jen.Statement, raw bool) {
	switch p {
	case model.PrimString, model.PrimGuid:
		return jen.String(), false
	case model.PrimBoolean:
		return jen.Bool(), false
	case model.PrimByte:
		return jen.Uint8(), false
	case model.PrimSByte:
		return jen.Int8(), false
	case model.PrimInt16:
		return jen.Int16(), false
	case model.PrimInt32:
		return jen.Int32(), false
	case model.PrimInt64:
		return jen.Int64(), false
	case model.PrimSingle:
		return jen.Float32(), false
	case model.PrimDouble, model.PrimDecimal:
		return jen.Float64(), false
	case model.PrimDateTimeOffset:
		return jen.Qual("time", "Time"), false
	case model.PrimDate:
		return jen.Qual(t.rt, "Date"), false
	case model.PrimTimeOfDay:
		return jen.Qual(t.rt, "TimeOfDay"), false
	case model.PrimDuration:
		return jen.Qual(t.rt, "Duration"), false
	case model.PrimBinary:
		return jen.Index().Byte(), true
	}
	return jen.Qual("encoding/json", "RawMessage"), true
}

// elem is the Go type of one value of r (no collection, no pointer) and
// whether it is nil-able as it is (a slice or json.RawMessage) or an
// interface.
func (t *typer) elem(r model.TypeRef) (typ *jen.Statement, nilable bool) {
	if tn := t.types.Ref(t.version, r); tn != nil {
		if tn.Poly {
			return t.named(tn, tn.Any), false
		}
		return t.named(tn, tn.Name), false
	}
	if r.Primitive != "" {
		return t.primitive(r.Primitive)
	}
	return jen.Qual("encoding/json", "RawMessage"), true
}

// field is the Go type of a model struct field: a slice for a collection
// (nil is absent), otherwise a pointer (nil is absent, so that false, 0 and
// "" can be sent), except for types that are nil-able already.
func (t *typer) field(r model.TypeRef) *jen.Statement {
	e, nilable := t.elem(r.Elem())
	if r.Collection {
		return jen.Index().Add(e)
	}
	if nilable {
		return e
	}
	return jen.Op("*").Add(e)
}

// fieldPointer reports whether field(r) is a pointer.
func (t *typer) fieldPointer(r model.TypeRef) bool {
	_, nilable := t.elem(r.Elem())
	return !r.Collection && !nilable
}

// jsonTag is a struct field's json tag. A pointer is omitempty: that
// leaves out nil only, where omitzero would also leave out a pointer to a
// zero time or date (their IsZero methods), so that the zero time an
// example sends ("0001-01-01T00:00:00Z": all of a chat's history) could
// not be sent. Other fields are omitzero: nil is left out, an empty slice
// is sent ([] clears a list).
func jsonTag(name string, pointer bool) map[string]string {
	if pointer {
		return map[string]string{"json": name + ",omitempty"}
	}
	return map[string]string{"json": name + ",omitzero"}
}

// value is the Go type of a result or a parameter-table body member: a
// slice for a collection, the element type otherwise; pointer says whether
// a struct-typed value is to be a pointer.
func (t *typer) value(r model.TypeRef) *jen.Statement {
	e, _ := t.elem(r.Elem())
	if r.Collection {
		return jen.Index().Add(e)
	}
	return e
}

// isStruct reports whether a single value of r is a generated struct (not
// an enum, not a Poly wrapper, not a collection).
func (t *typer) isStruct(r model.TypeRef) bool {
	tn := t.types.Ref(t.version, r)
	return tn != nil && !r.Collection && !tn.Poly && tn.Type.Kind != model.TypeEnum
}
