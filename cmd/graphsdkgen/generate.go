package main

// The repository's own run: the pages in apidocs/ become generated/ and specs/.
//go:generate go run . generate -q -go-out ../../generated -openapi-out ../../specs ../../apidocs
