package golden

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/graphsdkgen/graphsdkgen/generated/beta/devicemanagement"
	"github.com/graphsdkgen/graphsdkgen/generated/graph"
)

// seen is what the validating server received.
type seen struct {
	method, rawPath, auth, contentType string
	body                               map[string]any
	opID                               string
}

// validatingServer serves the emitted beta OpenAPI document: every request
// is validated against it with openapi3filter before reply answers it.
func validatingServer(t *testing.T, reply func(w http.ResponseWriter)) (*httptest.Server, func() []seen) {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromFile("../specs/beta/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var got []seen
	srv := httptest.NewServer(nil)
	doc.Servers = openapi3.Servers{{URL: srv.URL + "/beta"}}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		route, params, err := router.FindRoute(r)
		if err != nil {
			t.Errorf("%s %s: no route in the OpenAPI document: %v", r.Method, r.URL, err)
			http.Error(w, err.Error(), 404)
			return
		}
		in := &openapi3filter.RequestValidationInput{Request: r, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: func(_ context.Context, ai *openapi3filter.AuthenticationInput) error {
				if !strings.HasPrefix(ai.RequestValidationInput.Request.Header.Get("Authorization"), "Bearer ") {
					return errors.New("no bearer token")
				}
				return nil
			}}}
		if err := openapi3filter.ValidateRequest(r.Context(), in); err != nil {
			t.Errorf("%s %s does not validate: %v", r.Method, r.URL, err)
			http.Error(w, err.Error(), 400)
			return
		}
		s := seen{method: r.Method, rawPath: r.URL.EscapedPath(), auth: r.Header.Get("Authorization"), contentType: r.Header.Get("Content-Type"), opID: route.Operation.OperationID}
		data, _ := io.ReadAll(r.Body)
		if len(data) > 0 {
			if err := json.Unmarshal(data, &s.body); err != nil {
				t.Errorf("body is not JSON: %v", err)
			}
		}
		mu.Lock()
		got = append(got, s)
		mu.Unlock()
		reply(w)
	})
	t.Cleanup(srv.Close)
	return srv, func() []seen { mu.Lock(); defer mu.Unlock(); return append([]seen(nil), got...) }
}

func newClient(t *testing.T, srv *httptest.Server) *devicemanagement.Client {
	t.Helper()
	gc, err := graph.NewClient(graph.Options{
		Version: "beta",
		BaseURL: srv.URL + "/beta",
		TokenSource: graph.TokenSourceFunc(func(ctx context.Context, scopes []string) (string, error) {
			return "test-token", nil
		}),
		Retry: &graph.RetryPolicy{MaxAttempts: 1},
	})
	if err != nil {
		t.Fatal(err)
	}
	return devicemanagement.New(gc)
}

// TestDeprovisionEndToEnd calls every one of the seed's seven routes through
// the generated client against a server that validates each request
// against the emitted OpenAPI document.
func TestDeprovisionEndToEnd(t *testing.T) {
	srv, got := validatingServer(t, func(w http.ResponseWriter) { w.WriteHeader(http.StatusNoContent) })
	c := newClient(t, srv)
	ctx := context.Background()
	body := devicemanagement.ManagedDeviceDeprovisionBody{DeprovisionReason: "lost / stolen"}
	calls := []struct {
		call func() error
		path string
	}{
		{func() error { return c.PostManagedDeviceDeprovision(ctx, "dev 1/ä", body) }, "/beta/deviceManagement/managedDevices/dev%201%2F%C3%A4/deprovision"},
		{func() error { return c.PostComanagedDeviceDeprovision(ctx, "d2", body) }, "/beta/deviceManagement/comanagedDevices/d2/deprovision"},
		{func() error {
			return c.PostDeviceHealthScriptDeviceRunStateManagedDeviceDeprovision(ctx, "s", "r", body)
		}, "/beta/deviceManagement/deviceHealthScripts/s/deviceRunStates/r/managedDevice/deprovision"},
		{func() error {
			return c.PostDeviceManagementScriptDeviceRunStateManagedDeviceDeprovision(ctx, "s", "r", body)
		}, "/beta/deviceManagement/deviceManagementScripts/s/deviceRunStates/r/managedDevice/deprovision"},
		{func() error {
			return c.PostDeviceComplianceScriptDeviceRunStateManagedDeviceDeprovision(ctx, "s", "r", body)
		}, "/beta/deviceManagement/deviceComplianceScripts/s/deviceRunStates/r/managedDevice/deprovision"},
		{func() error {
			return c.PostDeviceManagementScriptDeviceRunStateManagedDeviceUserManagedDeviceDeprovision(ctx, "s", "r", "u", "m", body)
		}, "/beta/deviceManagement/deviceManagementScripts/s/deviceRunStates/r/managedDevice/users/u/managedDevices/m/deprovision"},
		{func() error {
			return c.PostDeviceManagementScriptDeviceRunStateManagedDeviceDetectedAppManagedDeviceDeprovision(ctx, "s", "r", "a", "m", body)
		}, "/beta/deviceManagement/deviceManagementScripts/s/deviceRunStates/r/managedDevice/detectedApps/a/managedDevices/m/deprovision"},
	}
	for i, call := range calls {
		if err := call.call(); err != nil {
			t.Fatalf("route %d: %v", i+1, err)
		}
	}
	reqs := got()
	if len(reqs) != len(calls) {
		t.Fatalf("server saw %d requests, want %d", len(reqs), len(calls))
	}
	ids := map[string]bool{}
	for i, r := range reqs {
		if r.method != http.MethodPost || r.rawPath != calls[i].path {
			t.Errorf("route %d: got %s %s, want POST %s", i+1, r.method, r.rawPath, calls[i].path)
		}
		if r.auth != "Bearer test-token" {
			t.Errorf("route %d: Authorization %q", i+1, r.auth)
		}
		if !strings.HasPrefix(r.contentType, "application/json") {
			t.Errorf("route %d: Content-Type %q", i+1, r.contentType)
		}
		if r.body["deprovisionReason"] != "lost / stolen" || len(r.body) != 1 {
			t.Errorf("route %d: body %v", i+1, r.body)
		}
		ids[r.opID] = true
	}
	if len(ids) != len(calls) {
		t.Errorf("%d distinct operationIds for %d routes", len(ids), len(calls))
	}
}

// TestDeprovisionEmptyID: an empty path parameter is refused before any
// request is sent.
func TestDeprovisionEmptyID(t *testing.T) {
	srv, got := validatingServer(t, func(w http.ResponseWriter) { w.WriteHeader(http.StatusNoContent) })
	c := newClient(t, srv)
	err := c.PostManagedDeviceDeprovision(context.Background(), "", devicemanagement.ManagedDeviceDeprovisionBody{})
	if err == nil || !strings.Contains(err.Error(), "managedDeviceId") {
		t.Errorf("err = %v, want one naming managedDeviceId", err)
	}
	if n := len(got()); n != 0 {
		t.Errorf("%d requests sent", n)
	}
}

// TestDeprovisionGraphError: a Graph error reply comes back as *graph.Error
// with its status, code, message and request id.
func TestDeprovisionGraphError(t *testing.T) {
	srv, _ := validatingServer(t, func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"error":{"code":"ResourceNotFound","message":"Device not found","innerError":{"request-id":"req-123","date":"2026-11-29T07:00:00"}}}`)
	})
	c := newClient(t, srv)
	err := c.PostManagedDeviceDeprovision(context.Background(), "missing", devicemanagement.ManagedDeviceDeprovisionBody{DeprovisionReason: "x"})
	var ge *graph.Error
	if !errors.As(err, &ge) {
		t.Fatalf("err = %T %v, want *graph.Error", err, err)
	}
	if ge.StatusCode != 404 || ge.Code != "ResourceNotFound" || ge.Message != "Device not found" || ge.RequestID != "req-123" {
		t.Errorf("error = %+v", ge)
	}
	if strings.Contains(ge.Error(), "test-token") {
		t.Errorf("Error() leaks the token: %s", ge.Error())
	}
}
