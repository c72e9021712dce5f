package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// The tool's names in an output root. The manifest is the record of what the
// tool owns there; the staging directory and the journal (the journal
// writer's, the fallback) exist only while a run writes (a killed run
// leaves them for the next run to finish or remove). The one-step writer
// stages beside the root instead (siblingPath).
const (
	manifestName = ".graphsdkgen-manifest"
	stagingName  = ".graphsdkgen-staging"
	journalName  = ".graphsdkgen-journal"
	reservedName = ".graphsdkgen-" // prefix of the tool's own names
)

const manifestHeader = "# graphsdkgen manifest: the files (and, ending in /, the directories) graphsdkgen wrote in this directory. Generated; do not edit.\n"

// manifest is what the tool owns in a root: files it wrote and directories
// it created, as slash-separated paths relative to the root.
type manifest struct {
	files map[string]bool
	dirs  map[string]bool
}

// readManifest reads root's manifest; nil when it has none. Every entry must
// be a local path outside the tool's reserved names.
func readManifest(root string) (*manifest, error) {
	p := filepath.Join(root, manifestName)
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	m := &manifest{files: map[string]bool{}, dirs: map[string]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rel, isDir := strings.CutSuffix(line, "/")
		if err := validRel(rel); err != nil {
			return nil, refusal{fmt.Errorf("%s:%d:1: error: %v [manifest-invalid]", p, n, err)}
		}
		if isDir {
			m.dirs[rel] = true
		} else {
			m.files[rel] = true
		}
	}
	return m, sc.Err()
}

// bytes is the manifest file: the header, then every entry sorted.
func (m *manifest) bytes() []byte {
	var lines []string
	for f := range m.files {
		lines = append(lines, f)
	}
	for d := range m.dirs {
		lines = append(lines, d+"/")
	}
	slices.Sort(lines)
	var b bytes.Buffer
	b.WriteString(manifestHeader)
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return b.Bytes()
}

// validRel accepts a clean, local, slash-separated path that names none of
// the tool's reserved files and no parent directory.
func validRel(rel string) error {
	if rel == "" || rel != path.Clean(rel) || !filepath.IsLocal(filepath.FromSlash(rel)) || strings.ContainsAny(rel, "\\\n\r\x00") {
		return fmt.Errorf("path %q is not a clean relative path inside the output directory", rel)
	}
	for _, c := range strings.Split(rel, "/") {
		if c == ".." || strings.HasPrefix(c, reservedName) {
			return fmt.Errorf("path %q is not a clean relative path inside the output directory", rel)
		}
	}
	return nil
}

// ancestors lists rel's parent directories, outermost first.
func ancestors(rel string) []string {
	var out []string
	for i := 0; i < len(rel); i++ {
		if rel[i] == '/' {
			out = append(out, rel[:i])
		}
	}
	return out
}
