package parser

import (
	"path/filepath"
	"testing"
)

func TestDocsRoot(t *testing.T) {
	for _, tc := range []struct {
		arg, page, want string
	}{
		{"/d", "/d/v1.0/api/x.md", "/d"},
		{"/d/v1.0", "/d/v1.0/api/x.md", "/d"},
		{"/d/v1.0/api", "/d/v1.0/api/x.md", "/d"},
		{"/d/beta/resources", "/d/beta/resources/x.md", "/d"},
		{"/d/v1.0/api", "/d/v1.0/api/sub/x.md", "/d"},
		{"/top", "/top/api-reference/beta/api/x.md", "/top/api-reference"},
		// the nearest version folder wins
		{"/d", "/d/v1.0/api/beta/x.md", "/d/v1.0/api"},
		// outside the layout: the argument
		{"/d", "/d/pages/x.md", "/d"},
		{"/d/pages", "/d/pages/x.md", "/d/pages"},
		// a version folder more than one level above the argument does
		// not widen the root
		{"/home/beta/repo/docs", "/home/beta/repo/docs/x.md", "/home/beta/repo/docs"},
		{"/home/beta/repo", "/home/beta/repo/x.md", "/home/beta/repo"},
		{"/home/beta/repo", "/home/beta/repo/api/x.md", "/home/beta/repo"},
		{"/beta/api", "/beta/api/y.md", "/"},
	} {
		arg, page := filepath.FromSlash(tc.arg), filepath.FromSlash(tc.page)
		if got := docsRoot(arg, page); got != filepath.FromSlash(tc.want) {
			t.Errorf("docsRoot(%s, %s) = %s, want %s", tc.arg, tc.page, got, tc.want)
		}
	}
}
