package model

// Permission kinds, the rows of a permissions table.
const (
	PermDelegatedWork     = "delegatedWork"
	PermDelegatedPersonal = "delegatedPersonal"
	PermApplication       = "application"
)

// PermissionTable is one permissions table, with the H3 it sits under (for
// pages with several tables) and the order its header states.
type PermissionTable struct {
	Pos     Pos    `json:"pos"`
	Heading string `json:"heading,omitempty"`
	// Include is the include file the table came from, if any.
	Include string `json:"include,omitempty"`
	// Order is "leastToMost" or "mostToLeast" as the header says; Scopes
	// below are always least privileged first.
	Order string `json:"order,omitempty"`
	// Resources are what the heading says the table covers, one phrase
	// per alternative ("Permissions for channel" → "channel", "For
	// Directory (Azure AD) provider" → "Directory"); empty when there is no
	// heading or it reads like a sentence. See RoutePermissions.
	Resources []string     `json:"resources,omitempty"`
	Entries   []Permission `json:"entries"`
}

// Permission is one row: a kind and its scopes, least privileged first.
type Permission struct {
	Pos Pos `json:"pos"`
	// Kind is one of the Perm* constants.
	Kind string `json:"kind"`
	// Qualifier is an Intune sub-row label ("Device configuration") or a
	// matrix column/row label.
	Qualifier string `json:"qualifier,omitempty"`
	// Resources are what the entry covers, one phrase per alternative: a
	// matrix row ("user calendar"), a cell part's label ("For **user**
	// resource:" → "user"), a self/others column. Intune sub-rows name
	// workflows, not resources, and give none. Empty: the table's
	// Resources apply.
	Resources []string `json:"resources,omitempty"`
	// Scopes are alternatives: any one suffices. An entry with several
	// names joined by " and " needs all of them: see AllOf.
	Scopes []string `json:"scopes,omitempty"`
	// AllOf lists groups of scopes that are needed together.
	AllOf [][]string `json:"allOf,omitempty"`
	// HigherPrivileged are scopes from a three-column table's last column.
	HigherPrivileged []string `json:"higherPrivileged,omitempty"`
	// NotSupported is set for "Not supported.", "Not applicable" and "None".
	NotSupported bool   `json:"notSupported,omitempty"`
	Raw          string `json:"raw,omitempty"`
}
