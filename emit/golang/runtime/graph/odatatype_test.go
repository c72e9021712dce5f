package graph

import (
	"strings"
	"testing"
)

func TestODataType(t *testing.T) {
	for _, tc := range []struct {
		data string
		want string
	}{
		{`{"@odata.type":"#microsoft.graph.user","id":"1"}`, "#microsoft.graph.user"},
		{`{"id":"1","displayName":"x","@odata.type":"#microsoft.graph.group"}`, "#microsoft.graph.group"},
		{" \n\t{ \"@odata.type\" : \"microsoft.graph.user\" }\n", "microsoft.graph.user"},
		{`{"a":{"@odata.type":"#inner"},"b":[{"@odata.type":"#x"},1,null,"s"],"@odata.type":"#outer"}`, "#outer"},
		{`{"a":{"@odata.type":"#inner"},"b":[{"@odata.type":"#x"}]}`, ""},
		{`{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users/$entity","@odata.type":"#microsoft.graph.user"}`, "#microsoft.graph.user"},
		{`{"@odata\u002etype":"#microsoft.graph.escaped"}`, "#microsoft.graph.escaped"},
		{`{"@odata.type":"#first","@odata.type":"#second"}`, "#first"},
		{`{"@odata.type":"#microsoft.graph.user", this is not JSON`, "#microsoft.graph.user"},
		{`{"@odata.type":"#MicroSoft.Graph.User"}`, "#MicroSoft.Graph.User"},
		{`{"@odata.type":""}`, ""},
		{`{"@odata.type":null}`, ""},
		{`{"@odata.type":1}`, ""},
		{`{"@odata.type":{"x":"#y"}}`, ""},
		{`{"@odata.type":["#y"]}`, ""},
		{`{"odata.type":"#microsoft.graph.user"}`, ""},
		{`{"@odata.typ":"#microsoft.graph.user"}`, ""},
		{`{"@ODATA.TYPE":"#microsoft.graph.user"}`, ""},
		{`{}`, ""},
		{`[{"@odata.type":"#microsoft.graph.user"}]`, ""},
		{`"@odata.type"`, ""},
		{`null`, ""},
		{``, ""},
		{`{"a":}`, ""},
		{`{"a":1,`, ""},
		{`{"a" 1, "@odata.type":"#x"}`, ""},
		{`{"value":[` + strings.Repeat(`{"id":"x","n":[1,2,{"k":true}]},`, 100) + `{}],"@odata.type":"#late"}`, "#late"},
	} {
		if got := ODataType([]byte(tc.data)); got != tc.want {
			t.Errorf("ODataType(%.60s) = %q; want %q", tc.data, got, tc.want)
		}
	}
}

func TestODataTypeName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"#microsoft.graph.user", "microsoft.graph.user"},
		{"microsoft.graph.user", "microsoft.graph.user"},
		{"#Microsoft.Graph.User", "Microsoft.Graph.User"},
		{"#Collection(microsoft.graph.user)", "Collection(microsoft.graph.user)"},
		{"##x", "#x"},
		{"#", ""},
		{"", ""},
	} {
		if got := ODataTypeName(tc.in); got != tc.want {
			t.Errorf("ODataTypeName(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
