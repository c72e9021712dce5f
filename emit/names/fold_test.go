package names

import "testing"

func TestFoldKey(t *testing.T) {
	for _, c := range [][2]string{{"Id", "_id"}, {"queryString", "query_string"}, {"UnsubscribeData", "unsubscribeData"}, {"implementationCost ", "implementationCost"}} {
		if FoldKey(c[0]) != FoldKey(c[1]) {
			t.Errorf("FoldKey(%q) = %q, FoldKey(%q) = %q", c[0], FoldKey(c[0]), c[1], FoldKey(c[1]))
		}
	}
	if FoldKey("userId") == FoldKey("user") {
		t.Error("distinct names fold alike")
	}
}

func TestOpenAPIPath(t *testing.T) {
	for in, want := range map[string]string{
		"/me/contactfolders/{Id}/contacts/{id}":         "/me/contactfolders/{Id}/contacts/{id2}",
		"/users/{user-id}/x/{userId}/y/{user_id}":       "/users/{user-id}/x/{userId2}/y/{user_id3}",
		"/users/{id}/messages/{message-id}":             "/users/{id}/messages/{message-id}",
		"/drives/{drive-id}/root:/{item-path}:/content": "/drives/{drive-id}/root:/{item-path}:/content",
	} {
		if got := OpenAPIPath(in); got != want {
			t.Errorf("OpenAPIPath(%q) = %q, want %q", in, got, want)
		}
	}
}
