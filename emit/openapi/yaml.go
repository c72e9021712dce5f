package openapi

import (
	"bytes"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"

	yaml "gopkg.in/yaml.v3"
)

// chunkDepth is how deep encodeYAML splits maps into entries it encodes
// on their own: the document, paths and components, and components'
// schemas and parameters.
const chunkDepth = 2

// encodeYAML encodes a JSON-shaped value (maps, slices, scalars) as YAML
// with two-space indentation and map keys in byte order, as encoding/json
// orders them.
//
// yaml.v3 keeps every event of a document until the document ends, which
// makes one 20 MB document cost seconds of copying; so the top levels are
// written here entry by entry, each entry encoded as its own small
// document (concurrently) and indented into place. The bytes do not
// depend on the number of cores.
func encodeYAML(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := writeYAML(&b, v, "", 0); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func writeYAML(b *bytes.Buffer, v any, indent string, depth int) error {
	m, ok := v.(map[string]any)
	if !ok || depth > chunkDepth || len(m) == 0 {
		data, err := yamlDoc(v)
		if err != nil {
			return err
		}
		writeIndented(b, data, indent)
		return nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	// Entries whose value is a non-empty map are split further; the others
	// are encoded as one-entry documents, concurrently.
	out := make([][]byte, len(keys))
	errs := make([]error, len(keys))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				k := keys[i]
				if sub, ok := m[k].(map[string]any); ok && len(sub) > 0 && depth < chunkDepth && plainKeyRE.MatchString(k) {
					var sb bytes.Buffer
					sb.WriteString(k + ":\n")
					errs[i] = writeYAML(&sb, sub, "  ", depth+1)
					out[i] = sb.Bytes()
					continue
				}
				out[i], errs[i] = yamlDoc(map[string]any{k: m[k]})
			}
		}()
	}
	for i := range keys {
		next <- i
	}
	close(next)
	wg.Wait()
	for i := range keys {
		if errs[i] != nil {
			return errs[i]
		}
		writeIndented(b, out[i], indent)
	}
	return nil
}

// plainKeyRE matches the keys written as they are ("paths", "schemas"):
// short, and needing no quotes in YAML.
var plainKeyRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,40}$`)

// yamlDoc encodes one value as a YAML document with two-space indentation.
func yamlDoc(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeIndented writes YAML lines with indent before each non-empty line.
func writeIndented(b *bytes.Buffer, data []byte, indent string) {
	if indent == "" {
		b.Write(data)
		return
	}
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if line == "" {
			continue
		}
		if line != "\n" {
			b.WriteString(indent)
		}
		b.WriteString(line)
	}
}
