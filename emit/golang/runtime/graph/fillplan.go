package graph

import "reflect"

// structPlan is what the AdditionalData pass (fill.go) needs to know about
// a struct type, worked out once per type and call.
type structPlan struct {
	opaque  bool           // encodes itself (opaque): not walked
	wrapper bool           // a generated Any wrapper: walked through Value
	ad      []int          // index of AdditionalData; nil when the struct has none
	slots   map[string]int // member name -> slot, for every name a field takes (jsonNames)
	names   []string       // slot -> member name
	walk    []fieldWalk    // fields whose values may hold AdditionalData, in field order
}

// fieldWalk is a field the pass descends into: its index path (through
// embedded structs) and the slot of its member name.
type fieldWalk struct {
	path []int
	slot int
}

// newStructPlan works out t's plan. holds reports whether values of a type
// may contain a struct with AdditionalData. Embedded structs are flattened
// as encoding/json does (and as jsonNames does).
func newStructPlan(t reflect.Type, holds func(reflect.Type) bool) *structPlan {
	p := &structPlan{opaque: opaque(t), wrapper: wrapper(t)}
	if p.opaque || p.wrapper {
		return p
	}
	if holdsAdditional(t) {
		f, _ := t.FieldByName(additionalField)
		p.ad = f.Index
	}
	p.slots = map[string]int{}
	var add func(t reflect.Type, path []int, outer map[reflect.Type]bool)
	add = func(t reflect.Type, path []int, outer map[reflect.Type]bool) {
		for i := range t.NumField() {
			f := t.Field(i)
			at := append(path[:len(path):len(path)], i)
			if f.Anonymous {
				ft := f.Type
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct && !outer[ft] { // a struct embedding itself is not followed
					outer[ft] = true
					add(ft, at, outer)
					delete(outer, ft)
				}
				continue
			}
			name, ok := jsonName(f)
			if !ok {
				continue
			}
			slot, ok := p.slots[name]
			if !ok {
				slot = len(p.names)
				p.slots[name] = slot
				p.names = append(p.names, name)
			}
			if holds(f.Type) {
				p.walk = append(p.walk, fieldWalk{path: at, slot: slot})
			}
		}
	}
	add(t, nil, map[reflect.Type]bool{t: true})
	return p
}

// fieldAt returns the field of struct v at path, stepping through embedded
// pointers; ok is false when one of them is nil.
func fieldAt(v reflect.Value, path []int) (reflect.Value, bool) {
	for i, x := range path {
		if i > 0 {
			for v.Kind() == reflect.Pointer {
				if v.IsNil() {
					return reflect.Value{}, false
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v, true
}

// typeHolds reports whether values of t may contain a struct with
// AdditionalData that the AdditionalData pass would reach: through
// pointers, slices and arrays (not of bytes), interfaces (whose dynamic
// types are not known here), the fields of structs that do not encode
// themselves, with embedded structs flattened. Maps are not walked.
func typeHolds(t reflect.Type, seen map[typeUse]bool) bool {
	if seen[typeUse{t, false}] {
		return false
	}
	seen[typeUse{t, false}] = true
	switch t.Kind() {
	case reflect.Pointer:
		return typeHolds(t.Elem(), seen)
	case reflect.Slice, reflect.Array:
		return t.Elem().Kind() != reflect.Uint8 && typeHolds(t.Elem(), seen)
	case reflect.Interface:
		return true
	case reflect.Struct:
		if opaque(t) {
			return false
		}
		return wrapper(t) || holdsAdditional(t) || fieldsHold(t, seen)
	}
	return false
}

// typeUse is a type as a value (embedded false) or as an embedded struct
// whose fields are flattened into the outer one (embedded true).
type typeUse struct {
	t        reflect.Type
	embedded bool
}

// fieldsHold reports whether one of struct t's encoded fields, embedded
// structs flattened, may hold AdditionalData.
func fieldsHold(t reflect.Type, seen map[typeUse]bool) bool {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct && !seen[typeUse{ft, true}] {
				seen[typeUse{ft, true}] = true
				if fieldsHold(ft, seen) {
					return true
				}
			}
			continue
		}
		if _, ok := jsonName(f); ok && typeHolds(f.Type, seen) {
			return true
		}
	}
	return false
}
