package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildCost is what one `go build` cost: wall time and the peak resident
// memory of the largest process it ran (the go command or a compiler).
type buildCost struct {
	what   string
	wall   time.Duration
	maxRSS int64 // bytes
}

func (c buildCost) String() string {
	return fmt.Sprintf("%-40s %8s  peak RSS %5.0f MiB", c.what, c.wall.Round(100*time.Millisecond), float64(c.maxRSS)/(1<<20))
}

// coldBuild builds pkgs in the module at dir with an empty build cache, after
// warming that cache with the runtime package and the standard library it
// imports, so the figure is the cost of compiling the generated packages.
func coldBuild(t *testing.T, dir, what string, pkgs ...string) buildCost {
	t.Helper()
	cache := t.TempDir()
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOCACHE="+cache)
	warm := exec.Command("go", "build", "./graph")
	warm.Dir, warm.Env = dir, env
	if b, err := warm.CombinedOutput(); err != nil {
		t.Fatalf("warming the build cache: %v\n%s", err, b)
	}
	cmd := exec.Command("go", append([]string{"build"}, pkgs...)...)
	cmd.Dir, cmd.Env = dir, env
	t0 := time.Now()
	b, err := cmd.CombinedOutput()
	wall := time.Since(t0)
	if err != nil {
		t.Errorf("go build %s on the emitted Go: %v\n%s", strings.Join(pkgs, " "), err, b)
	}
	c := buildCost{what: what, wall: wall}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		c.maxRSS = ru.Maxrss * 1024
	}
	return c
}

// workloadDirs lists the generated workload packages of a version that
// exist, by name.
func workloadDir(goDir, version, name string) (string, bool) {
	p := filepath.Join(goDir, version, name)
	_, err := os.Stat(p)
	return "./" + filepath.ToSlash(filepath.Join(version, name)), err == nil
}
