package graph

import (
	"strings"
	"testing"
)

func TestExpandPath(t *testing.T) {
	for _, tc := range []struct {
		tmpl   string
		values []string
		want   string
	}{
		{"/users/{user-id}", []string{"ada@contoso.com"}, "/users/ada@contoso.com"},
		{"/users/{id}/messages/{mid}", []string{"a b", "x/y?z#w"}, "/users/a%20b/messages/x%2Fy%3Fz%23w"},
		{"/items/{id}", []string{"x:/evil:"}, "/items/x%3A%2Fevil%3A"},
		{"/reports/getEmailActivityCounts(period='{period}')", []string{"D7"}, "/reports/getEmailActivityCounts(period='D7')"},
		{"/sites/getByPath(path='{path}')", []string{"O'Brien"}, "/sites/getByPath(path='O%27%27Brien')"},
		{"/drives/{drive-id}/root:/{item-path}:/content", []string{"d1", "Docs/My File.txt"}, "/drives/d1/root:/Docs/My%20File.txt:/content"},
		{"/drives/{drive-id}/root:/{item-path}", []string{"d1", "/a/b"}, "/drives/d1/root:/a/b"},
		{"/me/drive/root:{item-path}:", []string{"/a/b:c"}, "/me/drive/root:/a/b%3Ac:"},
		{"/me", nil, "/me"},
	} {
		got, err := ExpandPath(tc.tmpl, tc.values...)
		if err != nil || got != tc.want {
			t.Errorf("ExpandPath(%q, %q) = %q, %v; want %q", tc.tmpl, tc.values, got, err, tc.want)
		}
	}
}

func TestExpandPathErrors(t *testing.T) {
	for _, tc := range []struct {
		tmpl   string
		values []string
		want   string // in the error
	}{
		{"/users/{user-id}", []string{""}, "{user-id} is empty"},
		{"/users/{user-id}", nil, "{user-id}: no value"},
		{"/users/{user-id}", []string{"a", "b"}, "1 placeholders, got 2"},
		{"/users/{user-id}", []string{".."}, "{user-id} must not be"},
		{"/drive/root:/{item-path}:", []string{"a/../b"}, "{item-path}"},
		{"/drive/root:/{item-path}:", []string{"a//b"}, "{item-path}"},
		{"/users/{oops", []string{"a"}, "unclosed"},
	} {
		_, err := ExpandPath(tc.tmpl, tc.values...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ExpandPath(%q, %q) error = %v; want %q", tc.tmpl, tc.values, err, tc.want)
		}
	}
}
