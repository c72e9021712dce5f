package emit

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/lock"
	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/parser"
)

// TestLockRoundTrip: a run given its own lock writes the same files; a
// decoded base the lock puts in a workload package while its derived
// types stay in models (each package would import the other: the base's
// wrapper decodes into them, they embed it) moves to models, leaving
// aliases (type, Poly names) in the package it left, recorded in the new
// lock.
func TestLockRoundTrip(t *testing.T) {
	m, err := parser.New().Load([]string{filepath.Join("..", "golden", "todo", "input")})
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{GoModule: "example.com/sdk", LockFile: lock.FileName}
	first, _, err := Generate(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	l, err := lock.Parse(first.Lock)
	if err != nil {
		t.Fatal(err)
	}
	opts.Lock = l
	again, diags, err := Generate(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Go) != len(first.Go) {
		t.Fatalf("%d files with the lock, %d without", len(again.Go), len(first.Go))
	}
	for i, f := range first.Go {
		if g := again.Go[i]; g.Path != f.Path || !bytes.Equal(g.Data, f.Data) {
			t.Errorf("%s differs with its own lock", f.Path)
		}
	}
	for _, d := range diags {
		if strings.HasPrefix(d.Code, "lock-") {
			t.Errorf("own lock: %s", d)
		}
	}

	const shared = "type v1.0 microsoft.graph.attachmentBase models AttachmentBase "
	if !strings.Contains(string(first.Lock), shared) {
		t.Fatalf("lock lacks %q", shared)
	}
	edited, err := lock.Parse([]byte(strings.Replace(string(first.Lock), shared, "type v1.0 microsoft.graph.attachmentBase me AttachmentBase ", 1)))
	if err != nil {
		t.Fatal(err)
	}
	opts.Lock = edited
	moved, diags, err := Generate(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, d := range diags {
		if strings.HasPrefix(d.Code, "lock-") {
			codes = append(codes, d.Code)
		}
	}
	if len(codes) != 1 || codes[0] != names.CodeLockMoved {
		t.Errorf("lock diagnostics %v", codes)
	}
	for _, d := range diags {
		if d.Code == names.CodeLockMoved && !strings.Contains(d.Message, "me, models would import each other") {
			t.Errorf("lock-moved does not say why: %s", d.Message)
		}
	}
	var alias string
	for _, f := range moved.Go {
		if f.Path == "v1/me/model-attachmentbase.go" {
			alias = string(f.Data)
		}
	}
	for _, want := range []string{"AttachmentBase      = models.AttachmentBase", "AttachmentBaseValue = models.AttachmentBaseValue", "AnyAttachmentBase   = models.AnyAttachmentBase"} {
		if !strings.Contains(alias, want) {
			t.Errorf("alias file lacks %q:\n%s", want, alias)
		}
	}
	if !strings.Contains(string(moved.Lock), "\nalias v1.0 microsoft.graph.attachmentBase me AttachmentBase\n") {
		t.Errorf("the new lock has no alias entry")
	}
}
