package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

const benchBody = `{"id":"48d31887-5fad-4d73-a9f5-3c356e68a038","displayName":"Megan Bowen","mail":"MeganB@contoso.com"}`

func benchServer(b *testing.B) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+testToken {
			w.WriteHeader(401)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(benchBody))
	}))
	b.Cleanup(srv.Close)
	return srv
}

// BenchmarkDo is one authenticated GET decoded into a struct through Client.Do.
func BenchmarkDo(b *testing.B) { benchDo(b, func() any { return new(user) }) }

// benchDo runs Do against the bench server, decoding into newOut().
func benchDo(b *testing.B, newOut func() any) {
	srv := benchServer(b)
	c, err := NewClient(Options{
		BaseURL: srv.URL + "/v1.0",
		TokenSource: TokenSourceFunc(func(context.Context, []string) (string, error) {
			return testToken, nil
		}),
	})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	req := &Request{Method: http.MethodGet, Path: "/users/48d31887"}
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Do(ctx, req, newOut()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHandwritten is the same request with net/http and encoding/json.
func BenchmarkHandwritten(b *testing.B) {
	srv := benchServer(b)
	hc := &http.Client{}
	ctx := context.Background()
	url := srv.URL + "/v1.0/users/48d31887"
	b.ReportAllocs()
	for b.Loop() {
		var u user
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			b.Fatal(err)
		}
		req.Header.Set("Authorization", "Bearer "+testToken)
		req.Header.Set("Accept", "application/json")
		resp, err := hc.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		if resp.StatusCode != 200 {
			b.Fatal(resp.Status)
		}
		err = json.NewDecoder(resp.Body).Decode(&u)
		resp.Body.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExpandPath measures a typical two-parameter path.
func BenchmarkExpandPath(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := ExpandPath("/users/{user-id}/messages/{message-id}", "ada@contoso.com", fmt.Sprint(i&7)); err != nil {
			b.Fatal(err)
		}
	}
}

// cannedTransport answers every request in memory, so the InMemory
// benchmarks measure client-side overhead only.
type cannedTransport struct{}

func (cannedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Header.Get("Authorization") != "Bearer "+testToken {
		return nil, fmt.Errorf("no token")
	}
	return &http.Response{
		StatusCode:    200,
		Header:        http.Header{"Content-Type": {"application/json"}},
		Body:          io.NopCloser(strings.NewReader(benchBody)),
		ContentLength: int64(len(benchBody)),
		Request:       r,
	}, nil
}

func BenchmarkDoInMemory(b *testing.B) {
	c, err := NewClient(Options{
		BaseURL:    "http://127.0.0.1:1/v1.0",
		HTTPClient: &http.Client{Transport: cannedTransport{}},
		TokenSource: TokenSourceFunc(func(context.Context, []string) (string, error) {
			return testToken, nil
		}),
	})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	req := &Request{Method: http.MethodGet, Path: "/users/48d31887"}
	b.ReportAllocs()
	for b.Loop() {
		var u user
		if err := c.Do(ctx, req, &u); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHandwrittenInMemory(b *testing.B) {
	hc := &http.Client{Transport: cannedTransport{}}
	ctx := context.Background()
	url := "http://127.0.0.1:1/v1.0/users/48d31887"
	b.ReportAllocs()
	for b.Loop() {
		var u user
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			b.Fatal(err)
		}
		req.Header.Set("Authorization", "Bearer "+testToken)
		req.Header.Set("Accept", "application/json")
		resp, err := hc.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		err = json.NewDecoder(resp.Body).Decode(&u)
		resp.Body.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
}

// modelUser is shaped like a generated model type: pointer fields and
// AdditionalData, which costs Do a second decoding pass.
type modelUser struct {
	ODataType      *string        `json:"@odata.type,omitempty"`
	ID             *string        `json:"id,omitzero"`
	DisplayName    *string        `json:"displayName,omitzero"`
	Mail           *string        `json:"mail,omitzero"`
	AdditionalData map[string]any `json:"-"`
}

// BenchmarkDoModel is BenchmarkDo decoding into a generated-style model.
func BenchmarkDoModel(b *testing.B) { benchDo(b, func() any { return new(modelUser) }) }
