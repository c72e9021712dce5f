package graph

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"testing"
)

// TestRefURL: a Ref's @odata.id is completed with the client's service
// root, so one value refers to the entity in the client's cloud and version.
func TestRefURL(t *testing.T) {
	for _, c := range []struct {
		cloud   Cloud
		version string
		ref     Ref
		want    string
	}{
		{Global, "v1.0", RefTo("users", "u1"), "https://graph.microsoft.com/v1.0/users/u1"},
		{Global, "beta", RefTo("groups", "g 1"), "https://graph.microsoft.com/beta/groups/g%201"},
		{USGovL4, "v1.0", RefTo("users", "u1"), "https://graph.microsoft.us/v1.0/users/u1"},
		{China, "v1.0", Ref{ID: "d1"}, "https://microsoftgraph.chinacloudapi.cn/v1.0/directoryObjects/d1"},
		{Global, "v1.0", Ref{ID: "/servicePrincipals/s1"}, "https://graph.microsoft.com/v1.0/servicePrincipals/s1"},
		{Global, "v1.0", Ref{ID: "https://graph.microsoft.com/v1.0/directoryObjects/x"}, "https://graph.microsoft.com/v1.0/directoryObjects/x"},
	} {
		gc, err := NewClient(Options{Cloud: c.cloud, Version: c.version, TokenSource: &staticTokens{}})
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.ref.URL(gc.BaseURL())
		if err != nil || got != c.want {
			t.Errorf("%s %s %+v: %q, %v; want %q", c.cloud, c.version, c.ref, got, err, c.want)
		}
	}
	if _, err := (Ref{}).URL("https://graph.microsoft.com/v1.0"); err == nil {
		t.Error("empty Ref: no error")
	}
}

// TestRefBody: Do sends a Ref body as {"@odata.id": absolute URL} on the
// client's base URL.
func TestRefBody(t *testing.T) {
	var got map[string]string
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		data, _ := io.ReadAll(r.Body)
		_ = json.Unmarshal(data, &got)
		w.WriteHeader(http.StatusNoContent)
	})
	c := newClient(t, srv, Options{})
	for _, body := range []any{RefTo("users", "u1"), &Ref{ID: "users/u1"}} {
		got = nil
		if err := c.Do(context.Background(), &Request{Method: "POST", Path: "/groups/g/members/$ref", Body: body}, nil); err != nil {
			t.Fatal(err)
		}
		if want := srv.URL + "/v1.0/users/u1"; got["@odata.id"] != want || len(got) != 1 {
			t.Errorf("body %v, want @odata.id %s", got, want)
		}
	}
	if err := c.Do(context.Background(), &Request{Method: "POST", Path: "/x/$ref", Body: Ref{}}, nil); err == nil {
		t.Error("empty Ref sent")
	}
}

// TestDownloadRedirectWithoutToken: a stream GET answered with a 302 to a
// pre-authenticated URL on another host is followed, without the bearer
// token, and the caller reads the file; no NoRedirect or DoURL needed.
func TestDownloadRedirectWithoutToken(t *testing.T) {
	files, filesRec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		_, _ = io.WriteString(w, "bytes of the file")
	})
	api, apiRec := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, files.URL+"/download/abc?tempauth=sig", http.StatusFound)
	})
	c := newClient(t, api, Options{})
	var rc io.ReadCloser
	if err := c.Do(context.Background(), &Request{Path: "/me/drive/items/1/content"}, &rc); err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, _ := io.ReadAll(rc)
	if string(b) != "bytes of the file" {
		t.Errorf("content %q", b)
	}
	if apiRec.lastAuth() == "" {
		t.Error("the API host got no token")
	}
	if a := filesRec.lastAuth(); a != "" {
		t.Errorf("the download host got Authorization %q", a)
	}
}
