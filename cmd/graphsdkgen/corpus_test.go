package main

import (
	"context"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/emit"
	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
	"github.com/graphsdkgen/graphsdkgen/parser"
)

// corpusDir is the shared corpus, named by GRAPHSDKGEN_CORPUS (make corpus
// sets it); the corpus tests skip without it.
func corpusDir(t testing.TB) string {
	d := os.Getenv("GRAPHSDKGEN_CORPUS")
	if d == "" {
		t.Skip("GRAPHSDKGEN_CORPUS not set (make corpus sets it)")
	}
	return d
}

// generateTo runs the whole pipeline on in and writes its output under
// out/go and out/specs, as `graphsdkgen generate` does. gen is the time to
// generate in memory.
func generateTo(tb testing.TB, in, out string) (m *model.Model, res *emit.Output, diags []model.Diagnostic, gen time.Duration) {
	tb.Helper()
	start := time.Now()
	m, err := parser.New().Load([]string{in})
	if err != nil {
		tb.Fatal(err)
	}
	res, diags, err = emit.Generate(m, emit.Options{GoModule: replayModule, GoMod: true})
	if err != nil {
		tb.Fatal(err)
	}
	gen = time.Since(start)
	if err := writeTrees([]tree{{dir: filepath.Join(out, "go"), files: res.Go, owned: ownedGo}, {dir: filepath.Join(out, "specs"), files: res.OpenAPI, owned: ownedSpec}}); err != nil {
		tb.Fatal(err)
	}
	return m, res, diags, gen
}

// TestCorpus generates from each era of the shared corpus, builds and vets
// the Go, validates the OpenAPI documents and prints the coverage table.
func TestCorpus(t *testing.T) {
	root := corpusDir(t)
	for _, era := range []string{"graph-docs-2021", "graph-docs-2026"} {
		t.Run(era, func(t *testing.T) {
			in := filepath.Join(root, era, "api-reference")
			if _, err := os.Stat(in); err != nil {
				t.Skip(err)
			}
			out := t.TempDir()
			if keep := os.Getenv("GRAPHSDKGEN_KEEP"); keep != "" {
				// Keep the output to look at: GRAPHSDKGEN_KEEP=DIR.
				out = filepath.Join(keep, era)
				os.RemoveAll(out)
			}
			start := time.Now()
			m, res, nameDiags, gen := generateTo(t, in, out)
			wall := time.Since(start)
			diags := append(m.Diagnostics, nameDiags...)
			for _, d := range diags {
				if d.Code == "internal-error" {
					t.Errorf("crash: %s", d)
				}
			}
			st := corpusStats(m, diags)
			st.generate, st.wall = gen, wall
			t.Log("\n" + st.table())

			goDir := filepath.Join(out, "go")
			// GRAPHSDKGEN_SKIP_BUILD=1 leaves out the cold builds and vet
			// (minutes), to iterate on the replay.
			skipBuild := os.Getenv("GRAPHSDKGEN_SKIP_BUILD") != ""
			// The build costs (whole output against one workload, each with an
			// empty cache) are measured on the 2021 corpus; the 2026 sample is
			// compiled by vet, below, which fails on what does not build.
			var costs []buildCost
			if !skipBuild && era == "graph-docs-2021" {
				costs = append(costs, coldBuild(t, goDir, "go build ./... (everything)", "./..."))
				for _, v := range []string{"beta", "v1"} {
					for _, w := range []string{"devicemanagement", "me"} {
						if pkg, ok := workloadDir(goDir, v, w); ok {
							costs = append(costs, coldBuild(t, goDir, "go build "+pkg+" (one workload)", pkg))
						}
					}
				}
				var cb strings.Builder
				for _, c := range costs {
					cb.WriteString(c.String() + "\n")
				}
				t.Logf("cold build of the emitted Go (standard library and runtime cached):\n%s", cb.String())
			}
			for _, args := range [][]string{{"vet", "./..."}} {
				if skipBuild {
					break
				}
				cmd := exec.Command("go", args...)
				cmd.Dir = filepath.Join(out, "go")
				cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
				t0 := time.Now()
				if b, err := cmd.CombinedOutput(); err != nil {
					t.Errorf("go %s on the emitted Go: %v\n%s", strings.Join(args, " "), err, b)
				}
				t.Logf("go %s on the emitted Go: %s", strings.Join(args, " "), time.Since(t0).Round(time.Second))
			}
			for _, f := range res.OpenAPI {
				if !strings.HasSuffix(f.Path, ".yaml") {
					continue
				}
				doc, err := openapi3.NewLoader().LoadFromFile(filepath.Join(out, "specs", f.Path))
				if err != nil {
					t.Errorf("%s: %v", f.Path, err)
					continue
				}
				if err := doc.Validate(context.Background()); err != nil {
					t.Errorf("%s does not validate: %v", f.Path, err)
				}
				t.Logf("%s: %d paths, valid", f.Path, doc.Paths.Len())
			}
			rep := replay(t, m, filepath.Join(out, "go"), filepath.Join(out, "specs"))
			t.Logf("example replay:\n%s", rep)
			if py, err := exec.LookPath("python3"); err == nil {
				tool := filepath.Join(root, "..", "tools", "corpus_coverage.py")
				if b, err := exec.Command(py, tool, in, filepath.Join(out, "specs")).CombinedOutput(); err == nil {
					t.Logf("corpus_coverage.py:\n%s", b)
				} else {
					t.Logf("corpus_coverage.py did not run: %v\n%s", err, b)
				}
			}
			// The bars, on the 2021 corpus where they are defined.
			if era == "graph-docs-2021" {
				for kind, n := range st.permKinds {
					if pct(n, st.apiPages) < 99 {
						t.Errorf("permissions for %s on %s of API pages, want >= 99%%", kind, fmtPct(n, st.apiPages))
					}
				}
				if pct(st.typeStats.CellsResolved, st.typeStats.Cells) < 98 {
					t.Errorf("type cells resolved: %s, want >= 98%%", fmtPct(st.typeStats.CellsResolved, st.typeStats.Cells))
				}
				if pct(st.bodyClass, st.apiPages) < 99 || pct(st.respClass, st.apiPages) < 99 {
					t.Errorf("body class on %s, response class on %s of API pages, want >= 99%%", fmtPct(st.bodyClass, st.apiPages), fmtPct(st.respClass, st.apiPages))
				}
			}
		})
	}
}

type stats struct {
	kinds                          map[string]int
	apiPages, withVersion, ops     int
	routes                         int
	permKinds                      map[string]int
	bodyClass, respClass, examples int
	jsonBodies, jsonValid          int
	jsonRepaired                   int // JSON only without comments, trailing commas, stray spaces
	byCode                         map[string]int
	example                        map[string]string
	generate, wall                 time.Duration
	typeKinds                      map[string]int
	properties, polyBases          int
	inWorkload, inShared           int
	typeStats                      model.TypeStats
}

func corpusStats(m *model.Model, diags []model.Diagnostic) *stats {
	st := &stats{kinds: map[string]int{}, permKinds: map[string]int{}, byCode: map[string]int{}, example: map[string]string{}}
	for _, p := range m.Pages {
		st.kinds[p.Kind]++
		if p.Kind != model.KindAPI {
			continue
		}
		st.apiPages++
		if p.Version != "" {
			st.withVersion++
		}
		st.routes += len(p.Routes)
		for _, k := range []string{model.PermDelegatedWork, model.PermDelegatedPersonal, model.PermApplication} {
			if hasKind(p, k) {
				st.permKinds[k]++
			}
		}
		if p.RequestBody != nil && p.RequestBody.Kind != model.BodyUnknown {
			st.bodyClass++
		}
		if p.Response != nil && p.Response.Kind != model.ResponseUnknown {
			st.respClass++
		}
		if len(p.Examples) > 0 {
			st.examples++
		}
		for _, e := range p.Examples {
			if e.Request != nil && looksJSON(e.Request.Body) {
				st.jsonBodies++
				switch {
				case e.Request.JSONRepaired:
					st.jsonRepaired++
				case e.Request.JSON != nil:
					st.jsonValid++
				}
			}
			if e.Response != nil && looksJSON(e.Response.Body) {
				st.jsonBodies++
				switch {
				case e.Response.JSONRepaired:
					st.jsonRepaired++
				case e.Response.JSON != nil:
					st.jsonValid++
				}
			}
		}
	}
	st.ops = len(m.Operations)
	st.typeKinds = map[string]int{}
	for _, t := range m.Types {
		st.typeKinds[t.Version+" "+t.Kind]++
		st.properties += len(t.Properties)
	}
	st.typeStats = m.TypeStats
	ops, _ := names.Assign(m)
	for _, tn := range assignTypes(m, ops).All() {
		if tn.Poly {
			st.polyBases++
		}
		if tn.Package == names.Shared {
			st.inShared++
		} else {
			st.inWorkload++
		}
	}
	for _, d := range diags {
		st.byCode[d.Severity+" "+d.Code]++
		if _, ok := st.example[d.Severity+" "+d.Code]; !ok {
			st.example[d.Severity+" "+d.Code] = d.Pos.String()
		}
	}
	return st
}

func hasKind(p *model.Page, kind string) bool {
	for _, t := range p.Permissions {
		for _, e := range t.Entries {
			if e.Kind == kind && (len(e.Scopes) > 0 || len(e.AllOf) > 0 || e.NotSupported) {
				return true
			}
		}
	}
	return false
}

func looksJSON(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "{") || strings.HasPrefix(s, "[")
}

func pct(n, of int) float64 { return 100 * float64(n) / float64(max(of, 1)) }

func fmtPct(n, of int) string { return fmt.Sprintf("%d/%d (%.2f%%)", n, of, pct(n, of)) }

func (st *stats) table() string {
	var b strings.Builder
	row := func(k, v string) { fmt.Fprintf(&b, "| %-46s | %s |\n", k, v) }
	b.WriteString("| figure | value |\n|---|---|\n")
	for _, k := range slices.Sorted(maps.Keys(st.kinds)) {
		row("pages: "+k, fmt.Sprint(st.kinds[k]))
	}
	row("API pages processed (version known)", fmtPct(st.withVersion, st.apiPages))
	row("route lines read", fmt.Sprint(st.routes))
	row("operations (version, method, path)", fmt.Sprint(st.ops))
	for _, k := range []string{model.PermDelegatedWork, model.PermDelegatedPersonal, model.PermApplication} {
		row("API pages with permissions: "+k, fmtPct(st.permKinds[k], st.apiPages))
	}
	row("API pages with a request body class", fmtPct(st.bodyClass, st.apiPages))
	row("API pages with a response class", fmtPct(st.respClass, st.apiPages))
	row("API pages with examples", fmtPct(st.examples, st.apiPages))
	row("example JSON bodies that parse", fmtPct(st.jsonValid, st.jsonBodies))
	row("example JSON bodies that parse without comments, trailing commas, stray spaces", fmtPct(st.jsonRepaired, st.jsonBodies))
	for _, k := range slices.Sorted(maps.Keys(st.typeKinds)) {
		row("types: "+k, fmt.Sprint(st.typeKinds[k]))
	}
	row("properties and relationships", fmt.Sprint(st.properties))
	row("type cells resolved (primitive or defined type)", fmtPct(st.typeStats.CellsResolved, st.typeStats.Cells))
	row("response types resolved", fmtPct(st.typeStats.ResponsesResolved, st.typeStats.Responses))
	row("request body types resolved", fmtPct(st.typeStats.BodiesResolved, st.typeStats.Bodies))
	row("types in a workload package / in models", fmt.Sprintf("%d / %d", st.inWorkload, st.inShared))
	row("bases decoded by @odata.type", fmt.Sprint(st.polyBases))
	row("generate in memory", st.generate.Round(time.Millisecond).String())
	row("wall time incl. writing", st.wall.Round(time.Millisecond).String())
	var codes []string
	for c := range st.byCode {
		codes = append(codes, c)
	}
	slices.SortFunc(codes, func(a, b string) int {
		if st.byCode[a] != st.byCode[b] {
			return st.byCode[b] - st.byCode[a]
		}
		return strings.Compare(a, b)
	})
	b.WriteString("\n| diagnostics | count | first at |\n|---|---|---|\n")
	for _, c := range codes {
		fmt.Fprintf(&b, "| %s | %d | %s |\n", c, st.byCode[c], st.example[c])
	}
	return b.String()
}
