package openapi

import (
	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Security scheme names.
const (
	schemeDelegated   = "delegated"
	schemeApplication = "application"
)

// scopeSet collects the scopes each scheme's flow must declare.
type scopeSet struct {
	delegated, application map[string]bool
}

func newScopeSet() *scopeSet {
	return &scopeSet{delegated: map[string]bool{}, application: map[string]bool{}}
}

// security lists a route's permissions (model.PermissionsForRoute) as
// security requirements: one per scope (any one suffices) and one per
// "and" group (all needed).
func security(perms []model.PermissionTable, scopes *scopeSet) *openapi3.SecurityRequirements {
	reqs := openapi3.SecurityRequirements{}
	seen := map[string]bool{}
	add := func(scheme string, set map[string]bool, names ...string) {
		key := scheme
		for _, n := range names {
			key += " " + n
		}
		if seen[key] {
			return
		}
		seen[key] = true
		for _, n := range names {
			set[n] = true
		}
		reqs = append(reqs, openapi3.SecurityRequirement{scheme: names})
	}
	for _, t := range perms {
		for _, e := range t.Entries {
			scheme, set := schemeDelegated, scopes.delegated
			if e.Kind == model.PermApplication {
				scheme, set = schemeApplication, scopes.application
			}
			for _, s := range e.Scopes {
				add(scheme, set, s)
			}
			for _, g := range e.AllOf {
				add(scheme, set, g...)
			}
		}
	}
	return &reqs
}

// permissionsExtension keeps every permission row of a route, personal
// accounts and higher privileged scopes included, with the resources each
// covers, for tools that want more than OpenAPI security can say.
func permissionsExtension(perms []model.PermissionTable) []map[string]any {
	var out []map[string]any
	for _, t := range perms {
		for _, e := range t.Entries {
			m := map[string]any{"kind": e.Kind}
			if e.Qualifier != "" {
				m["qualifier"] = e.Qualifier
			}
			if len(e.Resources) > 0 {
				m["resources"] = e.Resources
			} else if len(t.Resources) > 0 {
				m["resources"] = t.Resources
			}
			if len(e.Scopes) > 0 {
				m["scopes"] = e.Scopes
			}
			if len(e.AllOf) > 0 {
				m["allOf"] = e.AllOf
			}
			if len(e.HigherPrivileged) > 0 {
				m["higherPrivileged"] = e.HigherPrivileged
			}
			if e.NotSupported {
				m["notSupported"] = true
			}
			if t.Heading != "" {
				m["heading"] = t.Heading
			}
			out = append(out, m)
		}
	}
	return out
}

// addSecuritySchemes declares the two oauth2 schemes with every scope the
// operations use.
func addSecuritySchemes(doc *openapi3.T, scopes *scopeSet) {
	const authority = "https://login.microsoftonline.com/common/oauth2/v2.0/"
	flowScopes := func(set map[string]bool) map[string]string {
		m := map[string]string{}
		for s := range set {
			m[s] = s
		}
		return m
	}
	doc.Components.SecuritySchemes[schemeDelegated] = &openapi3.SecuritySchemeRef{Value: &openapi3.SecurityScheme{
		Type:        "oauth2",
		Description: "Delegated permissions: the app acts for a signed-in user.",
		Flows: &openapi3.OAuthFlows{AuthorizationCode: &openapi3.OAuthFlow{
			AuthorizationURL: authority + "authorize", TokenURL: authority + "token", Scopes: flowScopes(scopes.delegated)}},
	}}
	doc.Components.SecuritySchemes[schemeApplication] = &openapi3.SecuritySchemeRef{Value: &openapi3.SecurityScheme{
		Type:        "oauth2",
		Description: "Application permissions: the app acts as itself.",
		Flows: &openapi3.OAuthFlows{ClientCredentials: &openapi3.OAuthFlow{
			TokenURL: authority + "token", Scopes: flowScopes(scopes.application)}},
	}}
}
