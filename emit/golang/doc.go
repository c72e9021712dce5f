// Package golang emits the Go SDK from the model with jennifer.
//
// Layout of the output tree (DIR is -go-out):
//
//	DIR/graph/              the runtime: client, auth, retries, errors, paging (copied from runtime/graph)
//	DIR/beta/<package>/     one package per route root segment, for the beta API
//	DIR/v1/<package>/       the same for v1.0
//
// Each package has client.go (its Client and New) and one file per page,
// named after the page, holding the page's request body type and one method
// per route the page owns. Names come from emit/names.
package golang
