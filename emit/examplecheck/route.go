package examplecheck

import (
	"regexp"
	"strings"
)

// graphHosts are the Graph hosts of the clouds an example may call.
var graphHosts = []string{"graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn"}

var schemeHostRE = regexp.MustCompile(`^(?i)https?://([^/?#]+)`)

// foreignHost is the host of an example URL that is not a Graph host (a
// bot's or webhook's endpoint), or "".
func foreignHost(u string) string {
	m := schemeHostRE.FindStringSubmatch(strings.TrimSpace(u))
	if m == nil {
		return ""
	}
	h := strings.ToLower(m[1])
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		h = h[:i]
	}
	for _, g := range graphHosts {
		if h == g || strings.HasSuffix(h, "."+g) {
			return ""
		}
	}
	return h
}
