package graph

import "encoding/json"

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
	m := make(map[string]any, len(members))
	for _, k := range members {
		m[k] = json.RawMessage("null")
	}
	return withMembers{v: v, members: m, what: "WithNulls"}
}
