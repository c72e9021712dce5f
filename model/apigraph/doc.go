// Package apigraph is the resource graph of the API: what each route of
// the pages addresses, found by walking the route from a root collection
// or singleton through the types' navigation properties, properties,
// casts, functions and actions.
package apigraph
