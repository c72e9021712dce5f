package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

var corpusRouteRE = regexp.MustCompile(`^\s*(GET|POST|PATCH|PUT|DELETE)\s+(/|https://)`)

// httpRequestLines returns the non-blank lines of the code fences in the
// "## HTTP request" sections of file, with their line numbers.
func httpRequestLines(t *testing.T, file string) (lines []string, nums []int) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	inSection, inFence := false, false
	for i, l := range strings.Split(string(src), "\n") {
		if !inFence && strings.HasPrefix(l, "## ") {
			inSection = strings.HasPrefix(strings.ToLower(strings.TrimSpace(l[3:])), "http request")
			continue
		}
		if !inSection {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			inFence = !inFence
			continue
		}
		if inFence && strings.TrimSpace(l) != "" {
			lines, nums = append(lines, l), append(nums, i+1)
		}
	}
	return lines, nums
}

// checkRoute reports what is wrong with a route parseRoute accepted.
func checkRoute(r model.Route) string {
	names := map[string]bool{}
	for _, p := range r.Params {
		if p.Name == "" {
			return "empty parameter name"
		}
		if names[p.Name] {
			return "parameter " + p.Name + " twice in Params"
		}
		names[p.Name] = true
	}
	var inPath []string
	for _, m := range regexp.MustCompile(`\{([^{}]*)\}`).FindAllStringSubmatch(r.Path, -1) {
		inPath = append(inPath, m[1])
	}
	if len(inPath) != len(r.Params) {
		return "Path and Params disagree"
	}
	for i, n := range inPath {
		if n != r.Params[i].Name {
			return "Path and Params disagree on " + n
		}
	}
	if !strings.HasPrefix(r.Path, "/") || strings.ContainsAny(r.Path, " ?") {
		return "bad Path " + r.Path
	}
	return ""
}

func TestRouteCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/*/api-reference/*/api/*.md")
	if len(files) == 0 {
		t.Skip("corpus not found at ../../shared/corpus")
	}
	var considered, good, total int
	var failures []string
	codes := map[string]int{}
	for _, file := range files {
		lines, nums := httpRequestLines(t, file)
		for i, l := range lines {
			total++
			d := &diags{}
			pos := model.Pos{File: file, Line: nums[i], Col: 1}
			r, _, ok := parseRoute(strings.TrimSpace(l), pos, d)
			for _, dg := range d.list {
				codes[dg.Code]++
			}
			if !corpusRouteRE.MatchString(l) || strings.Contains(l, "...") {
				continue
			}
			considered++
			why := ""
			if !ok {
				why = "rejected"
				for _, dg := range d.list {
					why += ": " + dg.Message
				}
			} else {
				why = checkRoute(r)
			}
			if why == "" {
				good++
			} else {
				failures = append(failures, pos.String()+": "+strings.TrimSpace(l)+": "+why)
			}
		}
	}
	t.Logf("route lines in HTTP request fences: %d; considered: %d; parsed ok with unique names: %d (%.2f%%)", total, considered, good, 100*float64(good)/float64(max(1, considered)))
	t.Logf("diagnostics by code: %v", codes)
	for i, f := range failures {
		if i == 20 {
			break
		}
		t.Logf("failure: %s", f)
	}
	if considered == 0 || float64(good) < 0.99*float64(considered) {
		t.Errorf("only %d of %d route lines parse", good, considered)
	}
}

func TestRouteDump(t *testing.T) {
	if os.Getenv("ROUTE_DUMP") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../../shared/corpus/*/api-reference/*/api/*.md")
	out, _ := os.Create(os.Getenv("ROUTE_DUMP"))
	defer out.Close()
	for _, file := range files {
		lines, nums := httpRequestLines(t, file)
		for i, l := range lines {
			d := &diags{}
			r, v, ok := parseRoute(strings.TrimSpace(l), model.Pos{File: filepath.Base(file), Line: nums[i], Col: 1}, d)
			fmt.Fprintf(out, "%v\t%s\t%s\t%s\t%s\t%v\t%v\n", ok, v, strings.TrimSpace(l), r.Path, r.Query, r.Params, d.list)
		}
	}
}
