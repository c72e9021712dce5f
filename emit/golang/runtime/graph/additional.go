package graph

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
	"sync"
)

// additionalField is the field of a generated model type that holds the
// members of its JSON object it has no field for: OData annotations
// ("members@odata.bind", "@odata.etag"), members of open types, and
// properties newer than the docs the SDK was generated from. Derived types
// have it through their root type.
const additionalField = "AdditionalData"

// Marshal encodes v like json.Marshal and then sets, in every JSON object
// that comes from a struct with a non-empty AdditionalData, those members
// (a member AdditionalData names replaces one the struct has). Do encodes
// request bodies with it, so nested annotations such as a chat member's
// "user@odata.bind" reach Graph.
func Marshal(v any) ([]byte, error) {
	data, err := json.Marshal(v)
	if err != nil || !hasAdditional(reflect.ValueOf(v), 0) {
		return data, err
	}
	tree, err := decodeTree(data)
	if err != nil {
		return nil, err
	}
	walkJSON(reflect.ValueOf(v), tree, func(sv reflect.Value, obj map[string]any) {
		ad := sv.FieldByName(additionalField)
		for _, k := range ad.MapKeys() {
			obj[k.String()] = ad.MapIndex(k).Interface()
		}
	})
	return json.Marshal(tree)
}

// Unmarshal decodes data into v like json.Unmarshal and then fills the
// AdditionalData of every struct in v with the members of its JSON object
// that none of its fields (or its base types' fields) takes.
func Unmarshal(data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return err
	}
	return fillAdditional(data, v, false)
}

// UnmarshalBody decodes a request body so that Marshal gives it back: like
// Unmarshal, and members written as null, which decode to nil fields that
// Marshal leaves out, are kept in AdditionalData as nil. Setting
// AdditionalData["x"] = nil yourself is how a nested member is sent as
// null (SendNull covers top-level members).
func UnmarshalBody(data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return err
	}
	return fillAdditional(data, v, true)
}

// decodeTree decodes JSON into maps, slices and scalars, keeping numbers
// as they are written.
func decodeTree(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data)) // no copy of data besides the decoder's buffer
	dec.UseNumber()
	var tree any
	err := dec.Decode(&tree)
	return tree, err
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// holdsAdditional reports whether a struct type has an AdditionalData map
// of any values (its own or promoted from an embedded base).
func holdsAdditional(t reflect.Type) bool {
	f, ok := t.FieldByName(additionalField)
	return ok && f.Type.Kind() == reflect.Map && f.Type.Key().Kind() == reflect.String
}

// wrapper reports whether a struct is a generated Any wrapper: one field,
// Value, an interface, encoded as the value it holds.
func wrapper(t reflect.Type) bool {
	return t.NumField() == 1 && t.Field(0).Name == "Value" && t.Field(0).Type.Kind() == reflect.Interface &&
		(t.Implements(marshalerType) || reflect.PointerTo(t).Implements(marshalerType))
}

// opaque reports whether values of t encode themselves (time.Time, Date):
// their insides are not walked. Generated wrappers and parameter bodies
// (whose MarshalJSON encodes their fields plus AdditionalProperties) are
// walked.
func opaque(t reflect.Type) bool {
	if wrapper(t) {
		return false
	}
	if _, ok := t.FieldByName("AdditionalProperties"); ok {
		return false
	}
	for _, x := range []reflect.Type{t, reflect.PointerTo(t)} {
		if x.Implements(marshalerType) || x.Implements(textMarshalerType) {
			return true
		}
	}
	return false
}

// walkJSON visits every struct in v that holds AdditionalData together
// with the JSON object it encodes to (node, from decodeTree).
func walkJSON(v reflect.Value, node any, visit func(reflect.Value, map[string]any)) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		obj, ok := node.(map[string]any)
		if !ok || opaque(v.Type()) {
			return
		}
		if wrapper(v.Type()) {
			walkJSON(v.Field(0), node, visit)
			return
		}
		if holdsAdditional(v.Type()) {
			visit(v, obj)
		}
		walkFields(v, obj, visit)
	case reflect.Slice, reflect.Array:
		arr, ok := node.([]any)
		if !ok || v.Type().Elem().Kind() == reflect.Uint8 {
			return
		}
		for i := 0; i < v.Len() && i < len(arr); i++ {
			walkJSON(v.Index(i), arr[i], visit)
		}
	}
}

// walkFields walks a struct's fields, flattening embedded structs as
// encoding/json does.
func walkFields(v reflect.Value, obj map[string]any, visit func(reflect.Value, map[string]any)) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		fv := v.Field(i)
		if f.Anonymous {
			for fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					break
				}
				fv = fv.Elem()
			}
			if fv.Kind() == reflect.Struct {
				walkFields(fv, obj, visit)
			}
			continue
		}
		if name, ok := jsonName(f); ok {
			walkJSON(fv, obj[name], visit)
		}
	}
}

// jsonName is the member name encoding/json gives a field, if it encodes it.
func jsonName(f reflect.StructField) (string, bool) {
	if !f.IsExported() {
		return "", false
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return "", false
	}
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	return name, true
}

// hasAdditional reports whether any struct in v has a non-empty
// AdditionalData, so that Marshal can skip its second pass.
func hasAdditional(v reflect.Value, depth int) bool {
	if depth > 64 {
		return false
	}
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		if opaque(v.Type()) {
			return false
		}
		if holdsAdditional(v.Type()) && v.FieldByName(additionalField).Len() > 0 {
			return true
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && hasAdditional(v.Field(i), depth+1) {
				return true
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return false
		}
		for i := range v.Len() {
			if hasAdditional(v.Index(i), depth+1) {
				return true
			}
		}
	}
	return false
}

// typeCache remembers, per client, which result types hold AdditionalData
// anywhere, so that decoding a type that does not skips the second pass.
type typeCache struct{ m sync.Map } // reflect.Type -> bool

func (c *typeCache) holds(t reflect.Type) bool {
	if v, ok := c.m.Load(t); ok {
		return v.(bool)
	}
	h := typeHolds(t, map[typeUse]bool{})
	c.m.Store(t, h)
	return h
}
