package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// WithNulls returns a JSON body that is v with each of the named top-level
// members set to null. It is the way to clear a property in a PATCH:
// generated models use pointer fields with omitempty, so a nil field is
// left out of the body and the property keeps its value, while an explicit
// null clears it.
//
//	body := graph.WithNulls(&models.User{DisplayName: graph.Ptr("x")}, "officeLocation")
//	// body encodes as {"displayName":"x","officeLocation":null}
//	err := c.Do(ctx, &graph.Request{Method: "PATCH", Path: "/me", Body: body}, nil)
//
// The returned value's MarshalJSON encodes v with encoding/json, which must
// give a JSON object (otherwise it returns an error), then sets each member
// in members to null, adding the ones that are absent and keeping all other
// members. Members are matched by their exact JSON names; nested members
// cannot be named. The output's members are sorted by name. v is encoded
// each time the body is marshaled, not when WithNulls is called.
func WithNulls(v any, members ...string) json.Marshaler {
	return withNulls{v: v, members: append([]string(nil), members...)}
}

// withNulls is the json.Marshaler returned by WithNulls.
type withNulls struct {
	v       any
	members []string
}

// MarshalJSON encodes w.v as an object with w.members set to null.
func (w withNulls) MarshalJSON() ([]byte, error) {
	data, err := json.Marshal(w.v)
	if err != nil {
		return nil, err
	}
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return nil, fmt.Errorf("graph: WithNulls needs a value that encodes to a JSON object, got %T", w.v)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	null := json.RawMessage("null")
	for _, k := range w.members {
		m[k] = null
	}
	return json.Marshal(m)
}
