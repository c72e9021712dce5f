package emit

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/lock"
	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
	"github.com/graphsdkgen/graphsdkgen/parser"
)

// generateTodo generates the todo golden case's pages without a lock,
// writing one.
func generateTodo(t *testing.T) (*model.Model, Options, *Output) {
	t.Helper()
	m, err := parser.New().Load([]string{filepath.Join("..", "golden", "todo", "input")})
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{GoModule: "example.com/sdk", LockFile: lock.FileName}
	first, _, err := Generate(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	return m, opts, first
}

// TestLockRoundTrip: a run given its own lock writes the same files; a
// decoded base the lock puts in a workload package while its derived
// types stay in models (each package would import the other: the base's
// wrapper decodes into them, they embed it) moves to models, leaving
// aliases (type, Poly names) in the package it left, recorded in the new
// lock.
func TestLockRoundTrip(t *testing.T) {
	m, opts, first := generateTodo(t)
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

// TestLockNewReferenceKeptAsJSON: a lock (with its run's import graph: me
// imports models, not the reverse) that keeps taskFileAttachment in me
// while its base attachmentBase, decoded by @odata.type, is in models:
// decoding it in models would import me, which imports models. Nothing
// moves: attachmentBase's decoder has no case for it (lock-json), the
// type stays declared in me, and the new lock records the reference.
func TestLockNewReferenceKeptAsJSON(t *testing.T) {
	m, opts, first := generateTodo(t)
	const at = "type v1.0 microsoft.graph.taskFileAttachment models TaskFileAttachment "
	if !strings.Contains(string(first.Lock), at) || !strings.Contains(string(first.Lock), "\nimport v1.0 me models\n") {
		t.Fatalf("lock lacks %q or me's import of models:\n%s", at, first.Lock)
	}
	edited, err := lock.Parse([]byte(strings.Replace(string(first.Lock), at, "type v1.0 microsoft.graph.taskFileAttachment me TaskFileAttachment ", 1)))
	if err != nil {
		t.Fatal(err)
	}
	opts.Lock = edited
	out, diags, err := Generate(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	var lockDiags []string
	for _, d := range diags {
		if strings.HasPrefix(d.Code, "lock-") {
			lockDiags = append(lockDiags, d.String())
		}
	}
	if len(lockDiags) != 1 || !strings.Contains(lockDiags[0], "values of microsoft.graph.taskFileAttachment, derived from microsoft.graph.attachmentBase, decode as microsoft.graph.attachmentBase in Go") ||
		!strings.Contains(lockDiags[0], "[lock-json]") {
		t.Errorf("lock diagnostics %v", lockDiags)
	}
	files := map[string]string{}
	for _, f := range out.Go {
		files[f.Path] = string(f.Data)
	}
	base, derived := files["v1/models/model-attachmentbase.go"], files["v1/me/model-taskfileattachment.go"]
	if strings.Contains(base, `case "microsoft.graph.taskfileattachment"`) || !strings.Contains(base, "A value of me.TaskFileAttachment decodes as *AttachmentBase: graphsdkgen.lock keeps the reference as JSON") {
		t.Errorf("attachmentBase's decoder:\n%s", base)
	}
	if !strings.Contains(derived, "type TaskFileAttachment struct") || strings.Contains(base, `"example.com/sdk/v1/me"`) {
		t.Errorf("taskFileAttachment in me:\n%s", derived)
	}
	if !strings.Contains(string(out.Lock), "\njson v1.0 microsoft.graph.attachmentBase microsoft.graph.taskFileAttachment\n") {
		t.Errorf("the new lock has no json entry:\n%s", out.Lock)
	}
}
