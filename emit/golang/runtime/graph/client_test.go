package graph

import (
	"strings"
	"testing"
)

func TestCloud(t *testing.T) {
	for _, tc := range []struct {
		c          Cloud
		host, auth string
	}{
		{Global, "graph.microsoft.com", "https://login.microsoftonline.com/"},
		{USGovL4, "graph.microsoft.us", "https://login.microsoftonline.us/"},
		{USGovL5DoD, "dod-graph.microsoft.us", "https://login.microsoftonline.us/"},
		{China, "microsoftgraph.chinacloudapi.cn", "https://login.chinacloudapi.cn/"},
	} {
		if tc.c.Host() != tc.host || tc.c.Scope() != "https://"+tc.host+"/.default" ||
			tc.c.BaseURL("beta") != "https://"+tc.host+"/beta" || tc.c.AuthorityHost() != tc.auth {
			t.Errorf("%s: %q %q %q %q", tc.c, tc.c.Host(), tc.c.Scope(), tc.c.BaseURL("beta"), tc.c.AuthorityHost())
		}
	}
	if Cloud("mars").Host() != "" || Cloud("mars").Scope() != "" {
		t.Error("unknown cloud has a host")
	}
}

func TestNewClientDefaults(t *testing.T) {
	c, err := NewClient(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.BaseURL() != "https://graph.microsoft.com/v1.0" || c.scopes[0] != "https://graph.microsoft.com/.default" {
		t.Errorf("base %q scopes %v", c.BaseURL(), c.scopes)
	}
	if c.retry.MaxAttempts != 4 || len(c.retry.RetryOn) != 3 {
		t.Errorf("retry %+v", c.retry)
	}
	c, err = NewClient(Options{Cloud: China, Version: "beta"})
	if err != nil || c.BaseURL() != "https://microsoftgraph.chinacloudapi.cn/beta" ||
		c.scopes[0] != "https://microsoftgraph.chinacloudapi.cn/.default" {
		t.Errorf("china: %v %q %v", err, c.BaseURL(), c.scopes)
	}
}

func TestBaseURLValidation(t *testing.T) {
	good := []struct {
		o    Options
		want string
	}{
		{Options{BaseURL: "https://graph.microsoft.com/beta/"}, "https://graph.microsoft.com/beta"},
		{Options{BaseURL: "https://GRAPH.microsoft.com:443/v1.0"}, "https://GRAPH.microsoft.com:443/v1.0"},
		{Options{Cloud: USGovL4, BaseURL: "https://graph.microsoft.us/v1.0"}, "https://graph.microsoft.us/v1.0"},
		{Options{BaseURL: "http://127.0.0.1:8080"}, "http://127.0.0.1:8080"},
		{Options{BaseURL: "http://127.5.0.1:8080/v1.0"}, "http://127.5.0.1:8080/v1.0"},
		{Options{BaseURL: "http://localhost:1/v1.0"}, "http://localhost:1/v1.0"},
		{Options{BaseURL: "http://[::1]:9/x"}, "http://[::1]:9/x"},
		{Options{BaseURL: "https://127.0.0.1:8443"}, "https://127.0.0.1:8443"},
	}
	for _, tc := range good {
		c, err := NewClient(tc.o)
		if err != nil || c.BaseURL() != tc.want {
			t.Errorf("NewClient(%+v) = %v; want base %q", tc.o, err, tc.want)
		}
	}
	bad := []Options{
		{BaseURL: "http://graph.microsoft.com/v1.0"},                  // http on non-loopback
		{BaseURL: "https://evil.example.com/v1.0"},                    // foreign https host
		{BaseURL: "https://graph.microsoft.com.evil.com/v1.0"},        // lookalike
		{Cloud: USGovL4, BaseURL: "https://graph.microsoft.com/v1.0"}, // wrong cloud
		{BaseURL: "https://graph.microsoft.com:8443/v1.0"},            // odd port
		{BaseURL: "https://user:pw@graph.microsoft.com/v1.0"},
		{BaseURL: "https://graph.microsoft.com/v1.0?x=1"},
		{BaseURL: "ftp://127.0.0.1/"},
		{BaseURL: "/v1.0"},
		{Cloud: "mars"},
		{Version: "v1.0/../x"},
	}
	for _, o := range bad {
		if _, err := NewClient(o); err == nil {
			t.Errorf("NewClient(%+v) accepted", o)
		} else if strings.Contains(err.Error(), "pw") {
			t.Errorf("error leaks password: %v", err)
		}
	}
}

func TestPtr(t *testing.T) {
	p := Ptr(int32(3))
	if *p != 3 {
		t.Error("Ptr")
	}
}
