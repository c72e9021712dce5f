package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// mdLinkRE finds the targets of Markdown links to pages.
var mdLinkRE = regexp.MustCompile(`\]\(\s*<?([^()<>\s#?]+\.md)`)

// onlyClosure is what `lint -only` reads for the named pages: the pages
// themselves and every resource page they lead to through links
// (transitively, inside the pages' version folder), which define the
// types their examples are checked against. The whole tree is not parsed:
// a few hundred pages take a fraction of a second where the tree takes
// many seconds.
func onlyClosure(pages []string) []string {
	seen := map[string]bool{}
	var out, queue []string
	add := func(p string) {
		p = filepath.Clean(p)
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
			queue = append(queue, p)
		}
	}
	for _, p := range pages {
		add(p)
	}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		// Only regular files, not links, FIFOs or oversized pages, are
		// read for their links (the parser's reader then applies its own
		// checks to what it is given).
		if fi, err := os.Lstat(p); err != nil || !fi.Mode().IsRegular() || fi.Size() > 4<<20 {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		vroot := versionRoot(p)
		for _, m := range mdLinkRE.FindAllSubmatch(data, -1) {
			target := string(m[1])
			if strings.Contains(target, "://") || filepath.IsAbs(target) {
				continue
			}
			t := filepath.Join(filepath.Dir(p), filepath.FromSlash(target))
			if vroot == "" || !strings.HasPrefix(t, vroot+string(filepath.Separator)) {
				continue
			}
			if filepath.Base(filepath.Dir(t)) != "resources" {
				continue
			}
			if fi, err := os.Lstat(t); err == nil && fi.Mode().IsRegular() {
				add(t)
			}
		}
	}
	return out
}

// versionRoot is the nearest enclosing beta or v1.0 folder of a page, or
// "".
func versionRoot(p string) string {
	for d := filepath.Dir(p); d != filepath.Dir(d); d = filepath.Dir(d) {
		if b := filepath.Base(d); b == "beta" || b == "v1.0" {
			return d
		}
	}
	return ""
}
