// Package lock is the format of graphsdkgen.lock: the names a run of
// generate gave to routes, types, enum members and request bodies, so that
// the next run keeps them (emit/names reads it; see names.Locked). It is a
// text file of one entry a line, sorted, so that its diff reads well in
// review:
//
//	op v1.0 GET /users/{} users.GetUser v1.0/api/user-get.md
//	type v1.0 microsoft.graph.user models User v1.0/resources/user.md
//	const v1.0 microsoft.graph.taskStatus notStarted TaskStatusNotStarted
//	body v1.0 users v1.0/api/user-sendmail.md SendMailBody
//	alias beta microsoft.graph.userSet identitygovernance UserSet
//	poly v1.0 microsoft.graph.attachmentBase AttachmentBaseValue AnyAttachmentBase
//	json v1.0 microsoft.graph.chatMessage microsoft.graph.chatMessageHostedContent
//	import v1.0 teams models
//	format 2
//
// An op is a route (version, method and path as model.RouteKey writes
// it), its operationId (package.Method) and the page that documented it;
// a type is a qualified name, its Go package and name and its page; a
// const is an enum member's constant; a body is the parameter-table body
// type a page declares in a package; an alias is a package a type had to
// leave, where its old name stays as an alias of it; a poly is a type
// decoded by @odata.type, with its interface and wrapper names; a json
// is a reference the Go code of one type makes to another as JSON
// (json.RawMessage fields, no case in a Poly decoder), because naming the
// other type would have made an import cycle that only moving a locked
// type could break (see names.AssignTypesLocked); an import is an edge of
// the import graph the types and operations gave the packages, so that
// the next run can tell a reference the docs added from one it had;
// format is the version of this format (CurrentFormat; a lock without it
// is of format 1, which had no import entries). A field that is empty or holds a
// space, a quote or a control character is written as a Go string literal.
// Lines starting with # are comments.
package lock

// FileName is the lock's name beside the Go output.
const FileName = "graphsdkgen.lock"

// CurrentFormat is the format Format writes: 2, the first with import
// entries (a lock of format 1 says nothing of its run's imports).
const CurrentFormat = 2

// Lock is the content of a lock file.
type Lock struct {
	// Version is the lock's format, 1 for a lock without a format entry.
	Version int
	Ops     []Op
	Types   []Type
	Consts  []Const
	Bodies  []Body
	Aliases []Alias
	Polys   []Poly
	JSON    []JSONRef
	Imports []Import
}

// Op is the name of one route.
type Op struct {
	Version string
	Route   string // model.RouteKey: "GET /users/{}"
	Package string
	Method  string
	Page    string // the page that documented the route (model.Page.File)
}

// Type is the place and name of one model type.
type Type struct {
	Version string
	QName   string // qualified name, as the docs spell it
	Package string
	Name    string
	Page    string // the defining page (model.Type.Page)
}

// Const is the constant of one enum member.
type Const struct {
	Version string
	QName   string // the enum's qualified name
	Member  string
	Name    string
}

// Body is the parameter-table body type a page declares in a package.
type Body struct {
	Version string
	Package string
	Page    string
	Name    string
}

// Alias is a package a type had to leave and its name there, which stays
// declared as an alias of the type.
type Alias struct {
	Version string
	QName   string
	Package string
	Name    string
}

// Poly is a type decoded by @odata.type: its interface and wrapper names.
type Poly struct {
	Version string
	QName   string
	Iface   string
	Any     string
}

// JSONRef is a reference from one type's Go code to another type that is
// kept as JSON rather than the other type.
type JSONRef struct {
	Version string
	From    string // qualified name of the referring type
	To      string // qualified name of the referred type
}

// Import is an edge of the import graph of a version's packages: package
// From imports To, for the types its operations or types name.
type Import struct {
	Version  string
	From, To string
}

// Empty reports whether the lock names nothing.
func (l *Lock) Empty() bool {
	return l == nil || len(l.Ops)+len(l.Types)+len(l.Consts)+len(l.Bodies)+len(l.Aliases)+len(l.Polys)+len(l.JSON)+len(l.Imports) == 0
}
