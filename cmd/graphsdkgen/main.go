// Command graphsdkgen turns Microsoft Graph API reference pages (Markdown)
// into a Go client SDK and OpenAPI documents.
//
// Usage:
//
//	graphsdkgen generate -go-out DIR -openapi-out DIR [-go-module PATH] [-check] [-lock FILE] [-relock] [-v] [-diagnostics FILE] PATH...
//	graphsdkgen model [-o FILE] PATH...
//	graphsdkgen lint [-format text|json|github|markdown] [-link-base URL] [-examples=false] [-only] PATH...
//	graphsdkgen diff [-format text|json|markdown] OLD NEW
//
// PATH is a page or a directory searched recursively for *.md (directories
// named "includes" are skipped: they hold fragments, read through the pages'
// [!INCLUDE] lines). A page's API version comes from its path (/beta/,
// /v1.0/) or else from its example URLs.
//
// generate writes DIR/<version>/openapi.yaml and .json for -openapi-out, and
// the Go SDK under -go-out: DIR/graph (runtime) and DIR/beta/<package>,
// DIR/v1/<package>. When -go-out is inside a Go module, import paths follow
// from its go.mod; outside one, -go-module names the module and a go.mod is
// written. Everything is generated in memory first. A page or type whose Go
// does not format, or whose OpenAPI operation or schema does not validate,
// is left out with an error diagnostic at its position and the rest is
// generated; if the run as a whole fails, nothing is written. Generated files that are no longer produced are
// removed. With -check, nothing is written: the command lists every file
// that differs from what is on disk and exits 1 if any does.
//
// model prints the intermediate model as JSON (schema: package model's doc).
//
// lint prints diagnostics only, "file:line:col: severity: message [code]".
// It checks every example against its page (emit/examplecheck); -only
// reports on the named pages only, reading them and the resource pages they
// link to. Every command ends with a summary of the diagnostics by code on
// standard error, and exits 0 when no diagnostic is an error, 1 when one is
// (or the run failed), 2 for a usage error.
//
// diff compares two docs trees, or two generated Go outputs (a directory
// with a .graphsdkgen-manifest or graphsdkgen's generated header), and
// prints per API version the operations, parameters, bodies, results,
// types, properties, enum members and least privileged permissions that
// changed, and the Go SDK's API changes (golang.org/x/exp/apidiff), each
// at the page line that caused it, with a semantic version verdict. It
// exits 0 when nothing breaks callers, 3 when something does, 1 when the
// comparison failed, 2 for a usage error.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage:
  graphsdkgen generate -go-out DIR -openapi-out DIR [-go-module PATH] [-check] [-lock FILE] [-relock] [-v] [-diagnostics FILE] PATH...
  graphsdkgen model [-o FILE] PATH...
  graphsdkgen lint [-format text|json|github|markdown] [-link-base URL] [-examples=false] [-only] PATH...
  graphsdkgen diff [-format text|json|markdown] [-lock FILE] [-cpuprofile FILE] OLD NEW
`

// Exit codes: 0 when the run finished with no error diagnostics (warnings
// and infos are fine), 1 when it diagnosed errors or failed (generate still
// writes what it could generate unless the failure is the whole run's), 2
// for a usage error (unknown command or flag, missing or nonexistent PATH).
//
// run is main without the process: it returns the exit code. A panic is
// reported as an internal error with exit code 1, never as a stack trace.
func run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "graphsdkgen: internal error (a bug in graphsdkgen; please report it with the pages): %v\n", r)
			code = 1
		}
	}()
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "generate":
		return runGenerate(args[1:], stdout, stderr)
	case "model":
		return runModel(args[1:], stdout, stderr)
	case "lint":
		return runLint(args[1:], stdout, stderr)
	case "diff":
		return runDiff(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "graphsdkgen: unknown command %q\n%s", args[0], usage)
	return 2
}
