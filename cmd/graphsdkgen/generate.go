package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/graphsdkgen/graphsdkgen/emit"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// The repository's own run: the pages in apidocs/ become generated/ and specs/.
//go:generate go run . generate -go-out ../../generated -openapi-out ../../specs ../../apidocs

func runGenerate(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("generate", stderr)
	goOut := fs.String("go-out", "", "the Go SDK's `DIR` (required)")
	apiOut := fs.String("openapi-out", "", "the OpenAPI documents' `DIR` (required)")
	goModule := fs.String("go-module", "", "the Go output's module `PATH` when -go-out is not inside a Go module")
	check := fs.Bool("check", false, "write nothing; list files that differ from what is on disk (the lock too) and exit 1 if any")
	lockFile := fs.String("lock", "", "the lock `FILE`: names kept across runs (default GO-OUT/graphsdkgen.lock, one of the generated files)")
	relock := fs.Bool("relock", false, "name everything afresh by the current rules, ignoring the lock (which is rewritten)")
	verbose := fs.Bool("v", false, "print every diagnostic, not only errors and the summary by code")
	diagFile := fs.String("diagnostics", "", "write every diagnostic to `FILE`")
	fs.Bool("q", false, "print only errors and the summary (the default; kept for scripts)")
	if err := fs.Parse(args); err != nil {
		return parseExit(err)
	}
	if *goOut == "" || *apiOut == "" {
		fmt.Fprint(stderr, "graphsdkgen generate: -go-out and -openapi-out are required\n"+usage)
		return 2
	}
	if err := checkRoots(*goOut, *apiOut); err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return 2
	}
	gm, err := readManifest(*goOut)
	if err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return 2
	}
	mod, writeGoMod, err := goModulePath(*goOut, *goModule, gm != nil && gm.files["go.mod"])
	if err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return 2
	}
	lf := lockAt(*goOut, *lockFile)
	lk, err := lf.read(*relock)
	if err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v (fix it, or name everything afresh with -relock)\n", err)
		return 2
	}
	m, ok := load(fs.Args(), stderr)
	if !ok {
		return 2
	}
	out, diags, err := emit.Generate(m, emit.Options{GoModule: mod, GoMod: writeGoMod, Lock: lk, LockFile: lf.inTree})
	all := append(m.Diagnostics, diags...)
	model.SortDiagnostics(all)
	if code := reportDiagnostics(stderr, all, *verbose, *diagFile); code != 0 {
		return code
	}
	if err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\nnothing was written\n", err)
		return 1
	}
	trees := []tree{{dir: *goOut, files: out.Go, owned: ownedGo}, {dir: *apiOut, files: out.OpenAPI, owned: ownedSpec}}
	if *check {
		diffs, err := checkTrees(trees)
		if err != nil {
			fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
			return exitCode(err)
		}
		if d := lf.check(out.Lock); d != "" {
			diffs = append(diffs, d)
		}
		for _, d := range diffs {
			fmt.Fprintln(stdout, d)
		}
		if len(diffs) > 0 {
			fmt.Fprintf(stderr, "graphsdkgen: %d generated files are stale; run make generate\n", len(diffs))
			return 1
		}
		return errorsExit(all)
	}
	w, err := writerFromEnv()
	if err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return 2
	}
	if err := w.writeTrees(trees); err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return exitCode(err)
	}
	if err := lf.write(out.Lock); err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return 1
	}
	return errorsExit(all)
}

// reportDiagnostics prints the error diagnostics (every one with verbose)
// and the summary by code, and writes every one to file when it is set.
// It returns 1 when the file cannot be written, else 0.
func reportDiagnostics(stderr io.Writer, all []model.Diagnostic, verbose bool, file string) int {
	printDiagnostics(stderr, all, "text", !verbose)
	summary(stderr, all)
	if file != "" {
		var buf bytes.Buffer
		printDiagnostics(&buf, all, "text", false)
		if err := writeFileAtomic(file, buf.Bytes()); err != nil {
			fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
			return 1
		}
	}
	if hidden := len(all) - countErrors(all); !verbose && hidden > 0 {
		where := "-v lists them, -diagnostics FILE writes them"
		if file != "" {
			where = "written to " + file
		}
		fmt.Fprintf(stderr, "(%d warnings and infos not listed: %s)\n", hidden, where)
	}
	return 0
}

func countErrors(ds []model.Diagnostic) int {
	n := 0
	for _, d := range ds {
		if d.Severity == model.SeverityError {
			n++
		}
	}
	return n
}
