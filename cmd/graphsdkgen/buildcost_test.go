package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
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
	mem := "peak RSS n/a (no /usr/bin/time)"
	if c.maxRSS >= 0 {
		mem = fmt.Sprintf("peak RSS %5.0f MiB", float64(c.maxRSS)/(1<<20))
	}
	return fmt.Sprintf("%-50s %8s  %s", c.what, c.wall.Round(100*time.Millisecond), mem)
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
	// The peak memory comes from GNU time: a process started straight from
	// this (large) test process inherits its peak RSS figure at exec, so
	// only an intermediary's report on its own child is meaningful.
	args := append([]string{"build"}, pkgs...)
	rss := filepath.Join(t.TempDir(), "rss")
	timeCmd, haveTime := "/usr/bin/time", true
	if _, err := os.Stat(timeCmd); err != nil {
		haveTime = false
	}
	var cmd *exec.Cmd
	if haveTime {
		cmd = exec.Command(timeCmd, append([]string{"-f", "%M", "-o", rss, "go"}, args...)...)
	} else {
		cmd = exec.Command("go", args...)
	}
	cmd.Dir, cmd.Env = dir, env
	t0 := time.Now()
	b, err := cmd.CombinedOutput()
	wall := time.Since(t0)
	if err != nil {
		t.Errorf("go build %s on the emitted Go: %v\n%s", strings.Join(pkgs, " "), err, b)
	}
	c := buildCost{what: what, wall: wall, maxRSS: -1}
	if data, err := os.ReadFile(rss); err == nil {
		if kib, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64); err == nil {
			c.maxRSS = kib * 1024
		}
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
