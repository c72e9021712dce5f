package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit"
	"github.com/graphsdkgen/graphsdkgen/emit/examplecheck"
	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
	"github.com/graphsdkgen/graphsdkgen/parser"
)

// newFlags is a command's flag set. -h prints the command's usage line
// and every flag (see parseExit: exit 0).
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("graphsdkgen "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage:\n%sflags:\n", commandUsage(name))
		fs.PrintDefaults()
	}
	return fs
}

// commandUsage is the usage line of a command, or all of them.
func commandUsage(name string) string {
	for _, l := range strings.SplitAfter(usage, "\n") {
		if strings.HasPrefix(l, "  graphsdkgen "+name+" ") {
			return l
		}
	}
	return strings.TrimPrefix(usage, "usage:\n")
}

// parseExit is the exit code of a flag parse that failed: 0 for -h (the
// usage was asked for and printed), 2 for a usage error.
func parseExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

// load parses the pages named by paths.
func load(paths []string, stderr io.Writer) (*model.Model, bool) {
	if len(paths) == 0 {
		fmt.Fprint(stderr, "graphsdkgen: no PATH given\n"+usage)
		return nil, false
	}
	m, err := parser.New().Load(paths)
	if err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return nil, false
	}
	return m, true
}

// errorsExit is the exit code of a run that finished: 1 when a diagnostic
// is an error (what could be generated was), else 0.
func errorsExit(ds []model.Diagnostic) int {
	if model.HasErrors(ds) {
		return 1
	}
	return 0
}

func runModel(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("model", stderr)
	outFile := fs.String("o", "", "write the JSON to FILE instead of standard output")
	if err := fs.Parse(args); err != nil {
		return parseExit(err)
	}
	m, ok := load(fs.Args(), stderr)
	if !ok {
		return 2
	}
	data, err := m.JSON()
	if err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return 1
	}
	printDiagnostics(stderr, m.Diagnostics, "text", true)
	summary(stderr, m.Diagnostics)
	if *outFile == "" {
		_, err = stdout.Write(data)
	} else {
		err = writeFileAtomic(*outFile, data)
	}
	if err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return 1
	}
	return errorsExit(m.Diagnostics)
}

func runLint(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("lint", stderr)
	format := fs.String("format", "text", "text, json, github (GitHub Actions workflow commands) or markdown (counts and first findings)")
	examples := fs.Bool("examples", true, "check every example against its page")
	only := fs.Bool("only", false, "PATH are pages: report only on them (reads them and the resource pages they link to)")
	linkBase := fs.String("link-base", "", "markdown: prefix of the links to lines (https://github.com/OWNER/REPO/blob/SHA)")
	if err := fs.Parse(args); err != nil {
		return parseExit(err)
	}
	switch *format {
	case "text", "json", "github", "markdown":
	default:
		fmt.Fprintf(stderr, "graphsdkgen lint: unknown -format %q\n", *format)
		return 2
	}
	paths := fs.Args()
	var keep func(file string) bool
	if *only {
		named := map[string]bool{}
		for _, p := range paths {
			named[filepath.Clean(p)] = true
		}
		keep = func(file string) bool { return named[filepath.Clean(file)] }
		if len(paths) > 0 {
			paths = onlyClosure(paths)
		}
	}
	m, ok := load(paths, stderr)
	if !ok {
		return 2
	}
	all, err := lintDiagnostics(m, *examples, *only, keep)
	if keep != nil {
		all = slices.DeleteFunc(all, func(d model.Diagnostic) bool { return !keep(d.Pos.File) })
	}
	model.SortDiagnostics(all)
	if *format == "markdown" {
		printMarkdown(stdout, all, markdownFirst, *linkBase)
	} else {
		printDiagnostics(stdout, all, *format, false)
	}
	summary(stderr, all)
	if err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return 1
	}
	return errorsExit(all)
}

// lintDiagnostics are the model's diagnostics, the namer's and, with
// examples, the example checks' (on the pages keep accepts, all when nil).
// A whole tree also runs both emitters, whose failure is the error; a
// partial one (lint -only) names the operations only.
func lintDiagnostics(m *model.Model, examples, partial bool, keep func(string) bool) ([]model.Diagnostic, error) {
	all := slices.Clone(m.Diagnostics)
	ops, nameDiags := names.Assign(m)
	var err error
	if partial {
		all = append(all, nameDiags...)
	} else {
		var genDiags []model.Diagnostic
		_, genDiags, err = emit.Generate(m, emit.Options{GoModule: "lint.invalid/sdk"})
		all = append(all, genDiags...)
	}
	if examples && err == nil {
		var only func(pg *model.Page) bool
		if keep != nil {
			only = func(pg *model.Page) bool { return keep(pg.Pos.File) }
		}
		types, typeDiags := names.AssignTypes(m.Types, ops)
		if partial {
			all = append(all, typeDiags...) // a whole tree has them from emit.Generate
		}
		rep, cerr := examplecheck.Check(m, ops, types, examplecheck.Options{Only: only, Partial: partial})
		if cerr != nil {
			return all, cerr
		}
		all = append(all, rep.Diagnostics...)
	}
	return all, err
}

// exitCode is 2 for a refusal (an output root or file the tool may not
// write), 1 for any other failure.
func exitCode(err error) int {
	var r refusal
	if errors.As(err, &r) {
		return 2
	}
	return 1
}
