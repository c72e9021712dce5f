package graph

// Cloud names a Microsoft Graph national cloud. One Cloud value drives the
// Graph host, the default token scope, the login authority and the host the
// bearer token may be sent to, so they cannot disagree.
type Cloud string

// The national clouds Microsoft Graph is deployed in.
const (
	Global     Cloud = "global"     // graph.microsoft.com
	USGovL4    Cloud = "usGovL4"    // graph.microsoft.us
	USGovL5DoD Cloud = "usGovL5DoD" // dod-graph.microsoft.us
	China      Cloud = "china"      // microsoftgraph.chinacloudapi.cn
)

// Host returns the Graph host of c, or "" for an unknown cloud.
// The empty Cloud is Global.
func (c Cloud) Host() string {
	switch c {
	case Global, "":
		return "graph.microsoft.com"
	case USGovL4:
		return "graph.microsoft.us"
	case USGovL5DoD:
		return "dod-graph.microsoft.us"
	case China:
		return "microsoftgraph.chinacloudapi.cn"
	}
	return ""
}

// Scope returns the default token scope of c ("https://<host>/.default"),
// or "" for an unknown cloud.
func (c Cloud) Scope() string {
	h := c.Host()
	if h == "" {
		return ""
	}
	return "https://" + h + "/.default"
}

// BaseURL returns "https://" + c.Host() + "/" + version, for example
// "https://graph.microsoft.com/v1.0", or "" for an unknown cloud.
func (c Cloud) BaseURL(version string) string {
	h := c.Host()
	if h == "" {
		return ""
	}
	return "https://" + h + "/" + version
}

// AuthorityHost returns the Microsoft Entra login endpoint for c, for example
// "https://login.microsoftonline.com/", for use by a TokenSource; "" for an
// unknown cloud.
func (c Cloud) AuthorityHost() string {
	switch c {
	case Global, "":
		return "https://login.microsoftonline.com/"
	case USGovL4, USGovL5DoD:
		return "https://login.microsoftonline.us/"
	case China:
		return "https://login.chinacloudapi.cn/"
	}
	return ""
}
