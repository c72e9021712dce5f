package names

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"github.com/graphsdkgen/graphsdkgen/parser"
)

// corpusAPI is the 2021 shared corpus's api-reference, from
// GRAPHSDKGEN_CORPUS or ../shared/corpus beside the repository; the corpus
// tests skip without it.
func corpusAPI(t *testing.T) string {
	if testing.Short() {
		t.Skip("corpus: -short")
	}
	root := os.Getenv("GRAPHSDKGEN_CORPUS")
	if root == "" {
		root = filepath.Join("..", "..", "..", "shared", "corpus")
	}
	in := filepath.Join(root, "graph-docs-2021", "api-reference")
	if _, err := os.Stat(in); err != nil {
		t.Skip(err)
	}
	return in
}

// TestCorpusNames reports, per version of the 2021 corpus, how many
// operations live in their route root's package and how many names end in
// a number, and holds them to the rules: ≥ 99% in their root's package and
// no ordinal suffixes.
func TestCorpusNames(t *testing.T) {
	m, err := parser.New().Load([]string{corpusAPI(t)})
	if err != nil {
		t.Fatal(err)
	}
	ops, diags := Assign(m)
	type stat struct{ ops, inRoot, digit, ordinal int }
	stats := map[string]*stat{}
	for _, o := range ops {
		s := stats[o.Version]
		if s == nil {
			s = &stat{}
			stats[o.Version] = s
		}
		s.ops++
		if o.Package == Package(Root(o.Route)) {
			s.inRoot++
		}
		if n := o.Name; unicode.IsDigit(rune(n[len(n)-1])) {
			s.digit++
		}
		if !pathDerived(o) {
			s.ordinal++
			t.Logf("not path-derived: %s %s %s", o.ID(), o.Route.Method, o.Route.Path)
		}
	}
	collisions := 0
	for _, d := range diags {
		if d.Code == "name-collision" || d.Code == "route-spelling" {
			collisions++
		}
	}
	for v, s := range stats {
		t.Logf("%s: %d operations, %d (%.2f%%) in their root's package, %d names end in a digit, %d not path-derived (ordinals)",
			v, s.ops, s.inRoot, 100*float64(s.inRoot)/float64(s.ops), s.digit, s.ordinal)
		if float64(s.inRoot) < 0.99*float64(s.ops) {
			t.Errorf("%s: only %d of %d operations in their root's package", v, s.inRoot, s.ops)
		}
		if s.ordinal > 0 {
			t.Errorf("%s: %d names carry an ordinal", v, s.ordinal)
		}
	}
	t.Logf("%d name-collision and route-spelling diagnostics", collisions)
}

// pathDerived reports whether an operation's name is its route's name in
// some form (see Form), rather than one with an ordinal.
func pathDerived(o *Op) bool {
	for f := FormShort; f <= FormSpelled; f++ {
		if n := method(o.Route, f, Singular); n == o.Name || n+"Op" == o.Name {
			return true
		}
	}
	return false
}
