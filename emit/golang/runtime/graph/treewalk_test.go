package graph

import "reflect"

// fillTreeRef is the AdditionalData pass as it was before fill.go, kept as
// the reference the new pass is compared with (TestFillMatchesTreeWalk)
// and as the baseline of BenchmarkDecodeLargePage: it fills the
// AdditionalData maps in v from tree, the whole JSON v was decoded from,
// decoded by decodeTree.
func fillTreeRef(tree any, v any, keepNulls bool) {
	walkJSON(reflect.ValueOf(v), tree, func(sv reflect.Value, obj map[string]any) {
		known := jsonNames(sv.Type())
		ad := sv.FieldByName(additionalField)
		for k, x := range obj {
			if known[k] && (x != nil || !keepNulls) {
				continue
			}
			if ad.IsNil() {
				if !ad.CanSet() {
					return
				}
				ad.Set(reflect.MakeMap(ad.Type()))
			}
			ad.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(&x).Elem())
		}
	})
}

// jsonNames is the set of member names a struct's fields take, embedded
// structs flattened.
func jsonNames(t reflect.Type) map[string]bool {
	names := map[string]bool{}
	var add func(t reflect.Type)
	add = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			if f.Anonymous {
				ft := f.Type
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					add(ft)
				}
				continue
			}
			if n, ok := jsonName(f); ok {
				names[n] = true
			}
		}
	}
	add(t)
	return names
}
