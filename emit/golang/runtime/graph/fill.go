package graph

import (
	"reflect"
	"slices"
)

// fillAdditional is Unmarshal's second pass: it walks v, already decoded
// from data by json.Unmarshal, alongside data and sets in every struct
// that holds AdditionalData the members of its JSON object that none of
// its fields takes (names compare exactly, as written after unescaping;
// for a name given twice the last value counts). keepNulls also keeps
// there, as nil, the members of known names whose last value is null.
//
// The walk follows v's types: it only looks into the members and elements
// whose Go types may hold AdditionalData somewhere below, finds their byte
// ranges in data without copying it, and decodes (into any, numbers as
// json.Number) only the members that go into AdditionalData. Maps are not
// walked; an Any wrapper is walked through its Value; types that encode
// themselves (time values, Date) are not walked.
func fillAdditional(data []byte, v any, keepNulls bool) error {
	if v == nil {
		return nil
	}
	f := &filler{data: data, keepNulls: keepNulls, plans: map[reflect.Type]*structPlan{}, holding: map[reflect.Type]bool{}}
	rv := reflect.ValueOf(v)
	if !f.holds(rv.Type()) {
		return nil
	}
	start := skipSpace(data, 0)
	end, err := valueEnd(data, start)
	if err != nil {
		return err
	}
	return f.walk(rv, start, end)
}

// filler is the state of one fillAdditional call.
type filler struct {
	data      []byte
	keepNulls bool
	plans     map[reflect.Type]*structPlan
	holding   map[reflect.Type]bool // typeHolds, per type
	spans     []span                // a stack of per-object scratch: each member name's last value
	keys      map[string]string     // the AdditionalData keys made so far, shared between objects
}

// maxKeys bounds how many distinct AdditionalData keys a call shares.
const maxKeys = 1024

// key returns name as a string, the same string for the same name.
func (f *filler) key(name []byte) string {
	if k, ok := f.keys[string(name)]; ok {
		return k
	}
	k := string(name)
	if f.keys == nil {
		f.keys = map[string]string{}
	}
	if len(f.keys) < maxKeys {
		f.keys[k] = k
	}
	return k
}

// span is the byte range [start, end) of a value in data; end 0 is none.
type span struct{ start, end int }

func (f *filler) holds(t reflect.Type) bool {
	h, ok := f.holding[t]
	if !ok {
		h = typeHolds(t, map[typeUse]bool{})
		f.holding[t] = h
	}
	return h
}

func (f *filler) plan(t reflect.Type) *structPlan {
	p, ok := f.plans[t]
	if !ok {
		p = newStructPlan(t, f.holds)
		f.plans[t] = p
	}
	return p
}

// walk visits v and the JSON value data[start:end] it was decoded from.
func (f *filler) walk(v reflect.Value, start, end int) error {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		if f.data[start] != '{' {
			return nil
		}
		p := f.plan(v.Type())
		switch {
		case p.opaque:
			return nil
		case p.wrapper:
			return f.walk(v.Field(0), start, end)
		case p.ad == nil && len(p.walk) == 0:
			return nil
		}
		return f.object(v, p, start)
	case reflect.Slice, reflect.Array:
		if f.data[start] != '[' || !f.holds(v.Type().Elem()) || v.Type().Elem().Kind() == reflect.Uint8 {
			return nil
		}
		s := scanSeq(f.data, start)
		for i := 0; i < v.Len(); i++ {
			_, es, ee, ok, err := s.next()
			if err != nil || !ok {
				return err
			}
			if err := f.walk(v.Index(i), es, ee); err != nil {
				return err
			}
		}
	}
	return nil
}

// object visits struct v, whose plan is p, and the JSON object at
// data[start]: it fills AdditionalData, then walks the fields that may
// hold some with their members' last values.
func (f *filler) object(v reflect.Value, p *structPlan, start int) error {
	base := len(f.spans)
	f.spans = slices.Grow(f.spans, len(p.names))[:base+len(p.names)]
	clear(f.spans[base:])
	defer func() { f.spans = f.spans[:base] }()
	ad := additionalData{v: v, index: p.ad}
	s := scanSeq(f.data, start)
	for {
		key, vs, ve, ok, err := s.next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		name, err := memberName(key)
		if err != nil {
			return err
		}
		if slot, known := p.slots[string(name)]; known {
			f.spans[base+slot] = span{vs, ve}
			continue
		}
		if p.ad == nil || ad.dead {
			continue
		}
		x, err := anyValue(f.data[vs:ve])
		if err != nil {
			return err
		}
		ad.set(f.key(name), x)
	}
	if p.ad != nil && f.keepNulls {
		for slot, sp := range f.spans[base : base+len(p.names)] {
			if sp.end > 0 && f.data[sp.start] == 'n' && !ad.dead {
				ad.set(p.names[slot], nil)
			}
		}
	}
	for _, w := range p.walk {
		sp := f.spans[base+w.slot]
		if sp.end == 0 {
			continue
		}
		fv, ok := fieldAt(v, w.path)
		if !ok {
			continue
		}
		if err := f.walk(fv, sp.start, sp.end); err != nil {
			return err
		}
	}
	return nil
}

// additionalData sets members of a struct's AdditionalData map, making
// the map (and a nil embedded base holding it) on first use.
type additionalData struct {
	v     reflect.Value // the struct
	index []int         // of its AdditionalData field
	m     reflect.Value // the map, once looked up
	fast  map[string]any
	dead  bool // the map is nil and cannot be set: nothing is added
}

func (a *additionalData) set(k string, x any) {
	if !a.m.IsValid() {
		m, ok := a.field()
		if !ok {
			a.dead = true
			return
		}
		a.m = m
		if a.m.IsNil() {
			if !a.m.CanSet() {
				a.dead = true
				return
			}
			a.m.Set(reflect.MakeMap(a.m.Type()))
		}
		if a.m.Type() == mapOfAny && a.m.CanInterface() {
			a.fast = a.m.Interface().(map[string]any)
		}
	}
	if a.fast != nil {
		a.fast[k] = x
		return
	}
	a.m.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(&x).Elem())
}

// field returns the AdditionalData field, allocating a nil embedded base
// on the way as encoding/json does to set a promoted field; ok is false
// when such a base cannot be set.
func (a *additionalData) field() (reflect.Value, bool) {
	v := a.v
	for i, x := range a.index {
		if i > 0 {
			for v.Kind() == reflect.Pointer {
				if v.IsNil() {
					if !v.CanSet() {
						return reflect.Value{}, false
					}
					v.Set(reflect.New(v.Type().Elem()))
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v, true
}

var mapOfAny = reflect.TypeFor[map[string]any]()
