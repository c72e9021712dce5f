package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// SendMember sets a top-level member of the request body, replacing a
// member of that name. It is how a call sends what a model type has no
// field for: OData annotations such as "members@odata.bind" or
// "@odata.id", or a property newer than the docs the SDK was generated
// from:
//
//	c.PostGroups(ctx, &models.Group{DisplayName: graph.Ptr("g")},
//		graph.SendMember("members@odata.bind", []string{"https://graph.microsoft.com/v1.0/users/u1"}))
//
// value is encoded with encoding/json (a json.RawMessage is sent as it is).
// It applies to bodies that encode to a JSON object.
func SendMember(name string, value any) CallOption {
	return func(c *callConfig) {
		if c.members == nil {
			c.members = map[string]any{}
		}
		c.members[name] = value
	}
}

// withMembers is a body with top-level members set over it; what names
// the function that made it, for errors.
type withMembers struct {
	v       any
	members map[string]any
	what    string
}

// MarshalJSON encodes w.v as an object with w.members set.
func (w withMembers) MarshalJSON() ([]byte, error) {
	data, err := Marshal(w.v)
	if err != nil {
		return nil, err
	}
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return nil, fmt.Errorf("graph: %s needs a value that encodes to a JSON object, got %T", w.what, w.v)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	for k, v := range w.members {
		b, err := json.Marshal(v)
		if err != nil {
			return nil, fmt.Errorf("graph: %s %q: %w", w.what, k, err)
		}
		m[k] = b
	}
	return json.Marshal(m)
}
