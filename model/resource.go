package model

// Resource kinds: what a route addresses.
const (
	// ResourceUnknown: the walk could not follow the route (Stop says why).
	ResourceUnknown = ""
	// ResourceType: a defined type, one item or a collection (Type.Target).
	ResourceType = "type"
	// ResourcePrimitive: a primitive property (Type.Primitive).
	ResourcePrimitive = "primitive"
	// ResourceStream: bytes ($value, a Stream property).
	ResourceStream = "stream"
	// ResourceCount: the number of items of a collection ($count).
	ResourceCount = "count"
	// ResourceRef: a reference to the resource ($ref).
	ResourceRef = "ref"
	// ResourceOperation: a function or an action; its page says what it
	// returns.
	ResourceOperation = "operation"
)

// Resource is what a route addresses in the resource graph of the API
// (see package apigraph): the type and whether it is one item or a
// collection, with the navigation that leads to it.
type Resource struct {
	Kind string `json:"kind,omitempty"`
	// Type is the resource's type: Target for a defined type, Primitive
	// for a primitive, Collection for a collection.
	Type TypeRef `json:"type,omitzero"`
	// Owner is the qualified name of the type whose navigation the last
	// segment follows ("microsoft.graph.user" for /me/messages), empty at
	// a root; Nav is that navigation ("messages"), or the root's segment.
	Owner string `json:"owner,omitempty"`
	Nav   string `json:"nav,omitempty"`
	// Stop says where and why the walk stopped, for an unknown resource.
	Stop string `json:"stop,omitempty"`
}

// Addresser is the resource graph as the operations need it: what a route
// addresses, and how the types relate. Package apigraph implements it.
type Addresser interface {
	// Address walks a route of a version through the graph.
	Address(version string, r Route) Resource
	// IsA reports whether the type named typ (qualified) is base or
	// derives from it.
	IsA(version, typ, base string) bool
	// Lookup is the qualified name of the type a bare name names, compared
	// without case, or "".
	Lookup(version, name string) string
}
