package main

import (
	"net/http"
	"net/http/httptest"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/examplecheck"
	"github.com/graphsdkgen/graphsdkgen/emit/golang"
	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// replayReport is what replaying a tree's examples gave.
type replayReport struct {
	stats      golang.ReplayStats
	pass, fail int
	// passRepaired counts the passes whose example body was repaired JSON.
	passRepaired int
	failClasses  map[string]int
	failExamples map[string]string
	failures     []string       // class, test, first error line
	verdicts     map[string]int // docs, ambiguous, generator
	verdictCodes map[string]int // the verdict with its codes or reason
	// decodeFails counts the cases whose response did not decode into the
	// method's result type, whatever else failed.
	decodeFails int
}

var classRE = regexp.MustCompile(`(request-mismatch|openapi|body-type|status|empty-body|decode): ([^;\n]{0,600})`)

// startValidator serves the OpenAPI documents under specsDir: a request to
// /<version>/<path> is answered 204 when it validates against that
// version's document with openapi3filter, else with the reason. The
// replay tests in the output forward every request they receive to it.
func startValidator(t *testing.T, specsDir string) string {
	t.Helper()
	srv := httptest.NewServer(nil)
	t.Cleanup(srv.Close)
	rs := map[string]routers.Router{}
	for _, v := range []string{model.VersionBeta, model.VersionV1} {
		doc, err := openapi3.NewLoader().LoadFromFile(filepath.Join(specsDir, v, "openapi.json"))
		if err != nil {
			continue
		}
		doc.Servers = openapi3.Servers{{URL: srv.URL + "/" + v}}
		r, err := gorillamux.NewRouter(doc)
		if err != nil {
			t.Fatalf("router for %s: %v", v, err)
		}
		rs[v] = r
	}
	srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, _, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
		router := rs[v]
		if router == nil {
			http.Error(w, "no document for version "+v, http.StatusNotFound)
			return
		}
		route, params, err := router.FindRoute(r)
		if err != nil {
			http.Error(w, "no operation for "+r.Method+" "+r.URL.Path+": "+err.Error(), http.StatusNotFound)
			return
		}
		in := &openapi3filter.RequestValidationInput{Request: r, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, MultiError: false}}
		if err := openapi3filter.ValidateRequest(r.Context(), in); err != nil {
			http.Error(w, firstLine(err.Error()), http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	return srv.URL
}

// replayModule is the module path of the Go output the replay runs in.
const replayModule = "example.com/corpus"

// replay writes the replay tests for m into the Go output at goDir (module
// example.com/corpus) and runs them.
func replay(t *testing.T, m *model.Model, goDir, specsDir string) replayReport {
	t.Helper()
	ops, _ := names.Assign(m)
	types := assignTypes(m, ops)
	files, st := golang.Replay(m, ops, types, golang.Config{Module: replayModule})
	// The example check gives each failure's verdict its evidence.
	check, err := examplecheck.Check(m, ops, types, examplecheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checked := check.ByKey()
	for _, f := range files {
		if err := writeFileAtomic(filepath.Join(goDir, filepath.FromSlash(f.Path)), f.Data); err != nil {
			t.Fatal(err)
		}
	}
	rep := replayReport{stats: st, failClasses: map[string]int{}, failExamples: map[string]string{}, verdicts: map[string]int{}, verdictCodes: map[string]int{}}
	cmd := exec.Command("go", "test", "-json", "-run", "TestReplay", "./...")
	cmd.Dir = goDir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GRAPHSDKGEN_VALIDATOR="+startValidator(t, specsDir))
	out, _ := cmd.Output()
	outputs := map[string]*strings.Builder{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var ev struct{ Action, Package, Test, Output string }
		if json.Unmarshal(sc.Bytes(), &ev) != nil || !strings.HasPrefix(ev.Test, "TestReplay/") {
			if json.Unmarshal(sc.Bytes(), &ev) == nil && ev.Action == "output" && strings.Contains(ev.Output, "[build failed]") {
				t.Errorf("replay tests of %s do not build", ev.Package)
			}
			continue
		}
		key := ev.Package + " " + ev.Test
		switch ev.Action {
		case "output":
			if outputs[key] == nil {
				outputs[key] = &strings.Builder{}
			}
			outputs[key].WriteString(ev.Output)
		case "pass":
			rep.pass++
			if st.Repaired[strings.TrimPrefix(ev.Package, replayModule+"/")+" "+strings.TrimPrefix(ev.Test, "TestReplay/")] {
				rep.passRepaired++
			}
		case "fail":
			rep.fail++
			text := ""
			if outputs[key] != nil {
				text = outputs[key].String()
			}
			class := "other"
			if m := classRE.FindStringSubmatch(text); m != nil {
				class = m[1]
			}
			rep.failClasses[class]++
			if strings.Contains(text, "decode: ") {
				rep.decodeFails++
			}
			v, cite := verdict(checked[replayKey(ev.Package, ev.Test)])
			kind, _, _ := strings.Cut(v, ":")
			rep.verdicts[kind]++
			rep.verdictCodes[v]++
			rep.failures = append(rep.failures, kind+"\t"+class+"\t"+replayKey(ev.Package, ev.Test)+"\t"+firstLine(classRE.FindString(text))+"\t"+v+"\t"+strings.Join(cite, "; "))
			if _, ok := rep.failExamples[class]; !ok {
				rep.failExamples[class] = strings.TrimPrefix(ev.Test, "TestReplay/") + ": " + firstLine(classRE.FindString(text))
			}
		}
	}
	if f := os.Getenv("GRAPHSDKGEN_REPLAY_FAILURES"); f != "" {
		slices.Sort(rep.failures)
		// Appended: a corpus run replays both eras.
		w, err := os.OpenFile(f, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err == nil {
			_, err = w.WriteString(strings.Join(rep.failures, "\n") + "\n")
			if cerr := w.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			t.Error(err)
		}
	}
	return rep
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func (r replayReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "example pairs %d, replayed %d: pass %d, fail %d (%s of pairs replayed cleanly)\n",
		r.stats.Pairs, r.stats.Emitted, r.pass, r.fail, fmtPct(r.pass, r.stats.Pairs))
	fmt.Fprintf(&b, "of the passes, %d replay a body that is JSON only without its comments, trailing commas or stray spaces (%s of pairs pass with JSON as written)\n",
		r.passRepaired, fmtPct(r.pass-r.passRepaired, r.stats.Pairs))
	fmt.Fprintf(&b, "JSON responses decoded into the operation's type: %s\n", fmtPct(r.stats.Decoded-r.decodeFails, r.stats.Decoded))
	var ks []string
	for k := range r.stats.Skipped {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	for _, k := range ks {
		fmt.Fprintf(&b, "  not replayed, %s: %d, e.g. %s\n", k, r.stats.Skipped[k], r.stats.SkippedExample[k])
	}
	ks = ks[:0]
	for k := range r.failClasses {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	for _, k := range ks {
		fmt.Fprintf(&b, "  failed, %s: %d, e.g. %s\n", k, r.failClasses[k], r.failExamples[k])
	}
	ks = ks[:0]
	for k := range r.verdicts {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	for _, k := range ks {
		fmt.Fprintf(&b, "  failures by verdict, %s: %d\n", k, r.verdicts[k])
	}
	ks = ks[:0]
	for k := range r.verdictCodes {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	for _, k := range ks {
		fmt.Fprintf(&b, "    %s: %d\n", k, r.verdictCodes[k])
	}
	return b.String()
}

// TestReplaySeed replays the seed page's example through the generated
// client: the small set that runs in make test.
func TestReplaySeed(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go test on the output")
	}
	dir := t.TempDir()
	x := copySeed(t, dir)
	m, _, _, _ := generateTo(t, x, dir)
	rep := replay(t, m, filepath.Join(dir, "go"), filepath.Join(dir, "specs"))
	t.Log(rep)
	if rep.stats.Emitted != 1 || rep.pass != 1 || rep.fail != 0 {
		t.Errorf("seed replay: %v", rep)
	}
}

// TestReplayTodo replays the examples of the golden todo pages (list, get,
// create, update with a null, delete, a list of a derived type, and an
// upload of raw bytes)
// through the typed generated methods: request bodies decode strictly into
// the model types, requests validate against the emitted OpenAPI
// document, and responses decode into the model types.
func TestReplayTodo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go test on the output")
	}
	dir := t.TempDir()
	m, _, _, _ := generateTo(t, filepath.Join("..", "..", "golden", "todo", "input"), dir)
	rep := replay(t, m, filepath.Join(dir, "go"), filepath.Join(dir, "specs"))
	t.Log(rep)
	if rep.stats.Emitted != 7 || rep.pass != 7 || rep.fail != 0 {
		t.Errorf("todo replay: %v", rep)
	}
}

// assignTypes names the model's types, as emit.Generate does.
func assignTypes(m *model.Model, ops []*names.Op) *names.Types {
	ts, _ := names.AssignTypes(m.Types, ops)
	return ts
}
