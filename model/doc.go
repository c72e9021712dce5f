// Package model is graphsdkgen's intermediate model: what the Microsoft Graph
// reference pages say, in plain Go types, with no Markdown and no Go or
// OpenAPI syntax in it. The parser fills it; the emitters read it.
//
// It imports the standard library only (a test holds that line).
//
// # JSON schema
//
// `graphsdkgen model` prints a [Model] as JSON. Field names are the json tags
// of the types in this package; empty fields are omitted. In outline:
//
//	{
//	  "pages": [Page...],              // one per input file, sorted by path
//	  "operations": [Operation...],    // one per (version, method, path), sorted
//	  "diagnostics": [Diagnostic...]   // sorted by file, line, col, code
//	}
//
//	Page: {
//	  "pos": Pos,                      // the page's file, line 1 col 1
//	  "file": "beta/api/x.md",         // path relative to the input root, '/' separated
//	  "name": "x",                     // file name without .md: the docs link's key
//	  "version": "beta" | "v1.0",
//	  "kind": "api" | "resource" | "enum" | "other",
//	  "frontMatter": [{"key","value"}...] in page order,
//	  "title", "description", "h1", "namespace": string,
//	  "notes": [{"pos","kind","text"}],        // kind: note|important|caution|tip|warning
//	  "includes": [{"pos","label","target"}],  // [!INCLUDE] lines that are not snippets
//	  "clouds": ["global","usGovL4","usGovL5DoD","china"],
//	  "permissions": [PermissionTable...],
//	  "routes": [Route...],                    // the HTTP request section, in order
//	  "pathParameters", "functionParameters", "queryParameters": [Param...],
//	  "queryOptions": ["$select", ...],        // OData options the page says it supports
//	  "requestHeaders": [Header...],
//	  "requestBody": Body, "response": Response,
//	  "examples": [Example...]
//	}
//
// Every node that came from the page carries a Pos (file, 1-based line and
// column in bytes).
package model
