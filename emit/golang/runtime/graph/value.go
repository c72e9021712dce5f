package graph

// Value is the body OData sends for a single primitive or enum result of a
// function, an action or a property path: {"value": x}. Generated methods
// decode into it and return x.
type Value[T any] struct {
	Value T `json:"value"`
}
