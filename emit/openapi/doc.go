// Package openapi emits one OpenAPI 3.0 document per API version from the
// model with kin-openapi, and validates it.
//
// Security: two oauth2 schemes, "delegated" (authorization code flow) and
// "application" (client credentials flow), against the Microsoft identity
// platform. An operation's security lists one requirement per scope the
// page allows (any one suffices), and one requirement holding all of an
// "A and B" group. Delegated permissions for personal Microsoft accounts
// cannot be told apart in OpenAPI; every kind with its scopes is kept in the
// operation's x-ms-permissions extension.
package openapi
