package graph

// Ptr returns a pointer to a copy of v, for optional fields in literals.
func Ptr[T any](v T) *T { return &v }
