package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// seedWithout copies the seed page to dir/X and removes the lines that
// contain drop from it; it returns X and the page's path.
func seedWithout(t *testing.T, dir, drop string) (string, string) {
	t.Helper()
	x := copySeed(t, dir)
	p := filepath.Join(x, "beta", "api", filepath.Base(seed))
	if drop == "" {
		return x, p
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var keep []string
	for _, l := range strings.Split(string(data), "\n") {
		if !strings.Contains(l, drop) {
			keep = append(keep, l)
		}
	}
	if err := os.WriteFile(p, []byte(strings.Join(keep, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	return x, p
}

func TestDiffExitCodes(t *testing.T) {
	const route = "POST /deviceManagement/comanagedDevices/{managedDeviceId}/deprovision"
	oldX, oldPage := seedWithout(t, t.TempDir(), "")
	newX, _ := seedWithout(t, t.TempDir(), route)

	code, stdout, stderr := runCLI(t, "diff", oldX, oldX)
	if code != 0 || !strings.Contains(stdout, "patch") {
		t.Errorf("same tree: exit %d, %s%s", code, stdout, stderr)
	}
	code, stdout, stderr = runCLI(t, "diff", newX, oldX)
	if code != 0 || !strings.Contains(stdout, "minor") {
		t.Errorf("added route: exit %d, %s%s", code, stdout, stderr)
	}
	code, stdout, stderr = runCLI(t, "diff", oldX, newX)
	if code != exitBreaking {
		t.Fatalf("removed route: exit %d, %s%s", code, stdout, stderr)
	}
	// The removal names the old page at the route's line.
	data, _ := os.ReadFile(oldPage)
	line := 1 + strings.Count(string(data[:strings.Index(string(data), route)]), "\n")
	want := oldPage + ":" + strconv.Itoa(line) + ":1: [beta] BREAKING operation removed: " + route
	if !strings.Contains(stdout, want+"\n") {
		t.Errorf("removed route: want %q in\n%s", want, stdout)
	}
	code, stdout, _ = runCLI(t, "diff", "-format", "markdown", oldX, newX)
	if code != exitBreaking || !strings.HasPrefix(stdout, "## API changes:") {
		t.Errorf("markdown: exit %d, %s", code, stdout)
	}
	code, stdout, _ = runCLI(t, "diff", "-format", "json", oldX, newX)
	if code != exitBreaking || !strings.Contains(stdout, `"verdict": "major"`) {
		t.Errorf("json: exit %d, %s", code, stdout)
	}
}

func TestDiffUsage(t *testing.T) {
	x, _ := seedWithout(t, t.TempDir(), "")
	for _, args := range [][]string{
		{"diff"},
		{"diff", x},
		{"diff", x, x, x},
		{"diff", "-format", "yaml", x, x},
		{"diff", "-nope", x, x},
		{"diff", x, filepath.Join(x, "missing")},
		{"diff", x, filepath.Join(x, "beta", "api", filepath.Base(seed))},
	} {
		if code, _, stderr := runCLI(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2: %s", args, code, stderr)
		}
	}
}

// TestDiffGeneratedOutputs compares two outputs of generate: the Go SDKs
// only, found by their manifests.
func TestDiffGeneratedOutputs(t *testing.T) {
	dir := t.TempDir()
	oldX, _ := seedWithout(t, filepath.Join(dir, "old"), "")
	newX, _ := seedWithout(t, filepath.Join(dir, "new"), "POST /deviceManagement/comanagedDevices/")
	var gs []string
	for i, x := range []string{oldX, newX} {
		g := filepath.Join(dir, "G"+strconv.Itoa(i+1))
		code, _, stderr := runCLI(t, "generate", "-q", "-go-out", g, "-openapi-out", filepath.Join(dir, "S"+strconv.Itoa(i+1)), "-go-module", "example.com/sdk", x)
		if code != 0 {
			t.Fatalf("generate: exit %d: %s", code, stderr)
		}
		gs = append(gs, g)
	}
	code, stdout, stderr := runCLI(t, "diff", gs[0], gs[1])
	if code != exitBreaking || !strings.Contains(stdout, "note: only the Go SDKs were compared") || !strings.Contains(stdout, "BREAKING go removed: beta/devicemanagement.(*Client).") {
		t.Errorf("exit %d:\n%s%s", code, stdout, stderr)
	}
}
