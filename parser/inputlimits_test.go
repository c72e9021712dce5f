//go:build unix

package parser

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// includePage is an API page whose permissions come from the include
// target; the INCLUDE is on line 13, column 1.
func includePage(target string) string {
	return "---\ntitle: \"Get user\"\ndescription: \"d\"\ndoc_type: apiPageType\n---\n\n# Get user\n\nNamespace: microsoft.graph\n\n## Permissions\n\n" +
		"[!INCLUDE [permissions-table](" + target + ")]\n\n" +
		"## HTTP request\n\n```http\nGET /users/{id}\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code.\n"
}

// permTable is a permissions include naming perm.
func permTable(perm string) string {
	return "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|" + perm + "|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application|" + perm + "|\n"
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
}

// loadWithin runs Load and fails the test if it takes longer than a few
// seconds (a FIFO opened for reading blocks forever).
func loadWithin(t *testing.T, p *Parser, paths ...string) *model.Model {
	t.Helper()
	type result struct {
		m   *model.Model
		err error
	}
	done := make(chan result, 1)
	go func() {
		m, err := p.Load(paths)
		done <- result{m, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.m
	case <-time.After(10 * time.Second):
		t.Fatal("Load hangs")
		return nil
	}
}

func codesOf(ds []model.Diagnostic, file string) []string {
	var out []string
	for _, d := range ds {
		if d.Pos.File == file {
			out = append(out, d.Code)
		}
	}
	return out
}

// TestIncludeStaysInsideDocsRoot: a permissions include is read only when
// it stays inside the docs root, whether it leaves through .. or through a
// symlink; otherwise an include-outside-root error at the INCLUDE line and
// the outside text is not read.
func TestIncludeStaysInsideDocsRoot(t *testing.T) {
	tmp := t.TempDir()
	docs := filepath.Join(tmp, "docs")
	write(t, filepath.Join(tmp, "outside", "permissions", "secret.md"), permTable("Secret.Read.All"))
	write(t, filepath.Join(docs, "v1.0", "includes", "permissions", "ok.md"), permTable("User.Read.All"))
	symlink(t, filepath.Join(tmp, "outside", "permissions", "secret.md"), filepath.Join(docs, "v1.0", "includes", "permissions", "link.md"))
	symlink(t, filepath.Join(tmp, "outside", "permissions"), filepath.Join(docs, "v1.0", "linkdir", "permissions"))
	symlink(t, "ok.md", filepath.Join(docs, "v1.0", "includes", "permissions", "inside-link.md"))
	symlink(t, filepath.Join(docs, "v1.0", "includes", "permissions", "ok.md"), filepath.Join(docs, "v1.0", "includes", "permissions", "inside-abs-link.md"))
	symlink(t, "loop2.md", filepath.Join(docs, "v1.0", "includes", "permissions", "loop.md"))
	symlink(t, "loop.md", filepath.Join(docs, "v1.0", "includes", "permissions", "loop2.md"))
	mkfifo(t, filepath.Join(docs, "v1.0", "includes", "permissions", "fifo.md"))
	for _, tc := range []struct {
		name, target, code, perm string
	}{
		{"inside", "../includes/permissions/ok.md", "", "User.Read.All"},
		{"inside through a symlink", "../includes/permissions/inside-link.md", "", "User.Read.All"},
		{"inside through an absolute symlink", "../includes/permissions/inside-abs-link.md", "", "User.Read.All"},
		{"dot-dot", "../../../outside/permissions/secret.md", "include-outside-root", ""},
		{"dot-dot far", "../../../../../../../../.." + filepath.Join(tmp, "outside", "permissions", "secret.md"), "include-outside-root", ""},
		{"symlinked file", "../includes/permissions/link.md", "include-outside-root", ""},
		{"symlinked folder", "../linkdir/permissions/secret.md", "include-outside-root", ""},
		{"symlink loop", "../includes/permissions/loop.md", "symlink-loop", ""},
		{"fifo", "../includes/permissions/fifo.md", "not-regular-file", ""},
		{"missing", "../includes/permissions/none.md", "include-missing", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := filepath.Join(docs, "v1.0", "api", "user-get.md")
			write(t, page, includePage(tc.target))
			m := loadWithin(t, New(), docs)
			perms, _ := json.Marshal(m.Pages[0].Permissions)
			if strings.Contains(string(perms), "Secret") {
				t.Errorf("text from outside the docs root was read: %s", perms)
			}
			if tc.perm != "" && !strings.Contains(string(perms), tc.perm) {
				t.Errorf("permissions %s lack %s", perms, tc.perm)
			}
			var got []model.Diagnostic
			for _, d := range m.Diagnostics {
				if strings.HasPrefix(d.Code, "include-") || d.Code == "symlink-loop" || d.Code == "not-regular-file" {
					got = append(got, d)
				}
			}
			if tc.code == "" {
				if len(got) > 0 {
					t.Errorf("unexpected diagnostics %v", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("diagnostics %v, want one %s", got, tc.code)
			}
			want := fmt.Sprintf("%s:13:1: error: permissions include %s cannot be read:", page, tc.target)
			if got[0].Code != tc.code || !strings.HasPrefix(got[0].String(), want) {
				t.Errorf("got %s, want %s ... [%s]", got[0], want, tc.code)
			}
		})
	}
}

// TestOnlyRegularFilesInsideTheRootAreRead: FIFOs, devices, symlinks that
// leave the docs root, symlink loops and oversized pages are skipped with
// a diagnostic; the other pages are read, and nothing hangs.
func TestOnlyRegularFilesInsideTheRootAreRead(t *testing.T) {
	tmp := t.TempDir()
	docs := filepath.Join(tmp, "docs")
	api := filepath.Join(docs, "v1.0", "api")
	good := includePage("../includes/permissions/ok.md")
	write(t, filepath.Join(docs, "v1.0", "includes", "permissions", "ok.md"), permTable("User.Read.All"))
	write(t, filepath.Join(api, "good.md"), good)
	write(t, filepath.Join(tmp, "outside", "page.md"), good)
	write(t, filepath.Join(api, "big.md"), good+strings.Repeat("x", 4096))
	symlink(t, "good.md", filepath.Join(api, "inside-link.md"))
	symlink(t, filepath.Join(api, "good.md"), filepath.Join(api, "inside-abs-link.md"))
	symlink(t, "/dev/zero", filepath.Join(api, "zero.md"))
	symlink(t, filepath.Join(tmp, "outside", "page.md"), filepath.Join(api, "outside-link.md"))
	symlink(t, filepath.Join(tmp, "outside"), filepath.Join(api, "outside-dir"))
	symlink(t, "loop2.md", filepath.Join(api, "loop.md"))
	symlink(t, "loop.md", filepath.Join(api, "loop2.md"))
	mkfifo(t, filepath.Join(api, "fifo.md"))

	p := New()
	p.MaxPageSize = int64(len(good)) + 1024
	m := loadWithin(t, p, docs)
	read := map[string]bool{}
	for _, pg := range m.Pages {
		read[pg.File] = true
	}
	for _, tc := range []struct {
		file, code string // code "" means the page is read
	}{
		{"good.md", ""},
		{"inside-link.md", ""},
		{"inside-abs-link.md", ""},
		{"big.md", "page-too-large"},
		{"zero.md", "symlink-outside-root"},
		{"outside-link.md", "symlink-outside-root"},
		{"loop.md", "symlink-loop"},
		{"loop2.md", "symlink-loop"},
		{"fifo.md", "not-regular-file"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			file := filepath.Join(api, tc.file)
			codes := codesOf(m.Diagnostics, file)
			if read["v1.0/api/"+tc.file] != (tc.code == "") {
				t.Errorf("read = %v, want %v", !read["v1.0/api/"+tc.file], tc.code == "")
			}
			if tc.code != "" && !slices.Equal(codes, []string{tc.code}) {
				t.Errorf("diagnostics %v, want [%s]", codes, tc.code)
			}
		})
	}
	if read["v1.0/api/outside-dir/page.md"] {
		t.Error("the walk followed a symlinked folder out of the docs root")
	}
	// A FIFO given as an argument does not hang either.
	m = loadWithin(t, New(), filepath.Join(api, "fifo.md"))
	if codes := codesOf(m.Diagnostics, filepath.Join(api, "fifo.md")); !slices.Equal(codes, []string{"not-regular-file"}) || len(m.Pages) != 0 {
		t.Errorf("FIFO argument: pages %d, diagnostics %v", len(m.Pages), codes)
	}
}
