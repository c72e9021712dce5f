package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"sync"

	"github.com/graphsdkgen/graphsdkgen/emit/apichange"
	"github.com/graphsdkgen/graphsdkgen/emit/lock"
	"github.com/graphsdkgen/graphsdkgen/parser"
)

// exitBreaking is diff's exit code when it finds a breaking change:
// distinct from 1 (the comparison failed) and 2 (usage), so that a CI job
// can tell "this change breaks callers" from "the tool did not run".
const exitBreaking = 3

// runDiff compares two docs trees (or generated Go outputs) and prints
// what changed for a caller: exit 0 when nothing breaks, 3 when something
// does, 1 when the comparison failed, 2 for a usage error.
func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("diff", stderr)
	format := fs.String("format", "text", "text, json or markdown (for a pull-request comment)")
	lockFile := fs.String("lock", "", "generate OLD's SDK with the lock `FILE` (the one the SDK commits; default: named by the rules); NEW's always gets OLD's lock")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to `FILE`")
	if err := fs.Parse(args); err != nil {
		return parseExit(err)
	}
	switch *format {
	case apichange.FormatText, apichange.FormatJSON, apichange.FormatMarkdown:
	default:
		fmt.Fprintf(stderr, "graphsdkgen diff: unknown -format %q\n", *format)
		return 2
	}
	if fs.NArg() != 2 {
		fmt.Fprint(stderr, "graphsdkgen diff: want two directories, OLD and NEW\n"+usage)
		return 2
	}
	for _, d := range fs.Args() {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			fmt.Fprintf(stderr, "graphsdkgen diff: %s is not a directory\n", d)
			return 2
		}
	}
	var opts apichange.Options
	if *lockFile != "" {
		data, err := os.ReadFile(*lockFile)
		if err == nil {
			opts.Lock, err = lock.Parse(data)
		}
		if err != nil {
			fmt.Fprintf(stderr, "graphsdkgen diff: -lock: %v\n", err)
			return 1
		}
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "graphsdkgen diff: %v\n", err)
			return 1
		}
		defer stop()
	}
	// Both trees' models and SDKs are alive at once, and garbage
	// collection took a third of the CPU at the default GOGC: collect less
	// often (about 2 GB at the peak on the whole 2021 corpus pair) unless
	// GOGC says otherwise.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	var ins [2]apichange.Input
	var errs [2]error
	var wg sync.WaitGroup
	for i, d := range fs.Args() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ins[i], errs[i] = diffInput(d)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
			return 1
		}
	}
	r, err := apichange.Diff(ins[0], ins[1], opts)
	if err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return 1
	}
	if err := r.Write(stdout, *format); err != nil {
		fmt.Fprintf(stderr, "graphsdkgen: %v\n", err)
		return 1
	}
	if r.Breaking > 0 {
		return exitBreaking
	}
	return 0
}

// diffInput reads a side: a generated Go output when dir is one
// (apichange.ReadGenerated), else a docs tree, parsed. The pages'
// diagnostics are not printed: lint reports them.
func diffInput(dir string) (apichange.Input, error) {
	t, ok, err := apichange.ReadGenerated(dir)
	if err != nil {
		return apichange.Input{}, err
	}
	if ok {
		return apichange.Input{Name: dir, Go: &t}, nil
	}
	m, err := parser.New().Load([]string{dir})
	if err != nil {
		return apichange.Input{}, err
	}
	return apichange.Input{Name: dir, Model: m}, nil
}

// startCPUProfile writes a CPU profile to path until stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
