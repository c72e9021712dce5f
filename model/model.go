package model

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Pos is a place in an input page: the file as given to the tool and a
// 1-based line and byte column.
type Pos struct {
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
}

// String formats p as file:line:col.
func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Model is everything one run read: the pages, the operations they define,
// and what was wrong with them.
type Model struct {
	Pages      []*Page      `json:"pages"`
	Operations []*Operation `json:"operations"`
	// Types are the pages' types, one per (version, qualified name), sorted
	// by version and qualified name (see BuildTypes).
	Types []*Type `json:"types,omitempty"`
	// TypeStats counts how the type references resolved.
	TypeStats   TypeStats    `json:"-"`
	Diagnostics []Diagnostic `json:"diagnostics,omitempty"`
}

// Page kinds, from the front matter's doc_type.
const (
	KindAPI      = "api"
	KindResource = "resource"
	KindEnum     = "enum"
	KindOther    = "other"
)

// API versions.
const (
	VersionBeta = "beta"
	VersionV1   = "v1.0"
)

// KeyValue is one front matter entry, in page order.
type KeyValue struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Page is one reference page.
type Page struct {
	Pos         Pos        `json:"pos"`
	File        string     `json:"file"`
	Name        string     `json:"name"`
	Version     string     `json:"version,omitempty"`
	Kind        string     `json:"kind"`
	FrontMatter []KeyValue `json:"frontMatter,omitempty"`
	Title       string     `json:"title,omitempty"`
	Description string     `json:"description,omitempty"`
	H1          string     `json:"h1,omitempty"`
	Namespace   string     `json:"namespace,omitempty"`
	Notes       []Note     `json:"notes,omitempty"`
	Includes    []Include  `json:"includes,omitempty"`
	Clouds      []string   `json:"clouds,omitempty"`

	Permissions        []PermissionTable `json:"permissions,omitempty"`
	Routes             []Route           `json:"routes,omitempty"`
	PathParameters     []Param           `json:"pathParameters,omitempty"`
	FunctionParameters []Param           `json:"functionParameters,omitempty"`
	QueryParameters    []Param           `json:"queryParameters,omitempty"`
	QueryOptions       []string          `json:"queryOptions,omitempty"`
	RequestHeaders     []Header          `json:"requestHeaders,omitempty"`
	RequestBody        *Body             `json:"requestBody,omitempty"`
	Response           *Response         `json:"response,omitempty"`
	Examples           []Example         `json:"examples,omitempty"`

	// Types are the resources and enums a resource or enum page defines;
	// the model lists them once, in Model.Types.
	Types []*Type `json:"-"`
}

// Note is a callout: "> **Note:** …", "> [!IMPORTANT]" and the like.
type Note struct {
	Pos  Pos    `json:"pos"`
	Kind string `json:"kind"`
	Text string `json:"text"`
}

// Include is an [!INCLUDE [label](target)] line other than code snippets.
type Include struct {
	Pos    Pos    `json:"pos"`
	Label  string `json:"label"`
	Target string `json:"target"`
}

// National clouds.
const (
	CloudGlobal     = "global"
	CloudUSGovL4    = "usGovL4"
	CloudUSGovL5DoD = "usGovL5DoD"
	CloudChina      = "china"
)

// Param is a row of a parameter table (path, function, query or body).
type Param struct {
	Pos         Pos     `json:"pos"`
	Name        string  `json:"name"`
	Type        TypeRef `json:"type"`
	Description string  `json:"description,omitempty"`
	Required    bool    `json:"required,omitempty"`
	// Optional is set when the page says the parameter is optional (a
	// "Required" column saying no, or "Optional" in the description): a
	// function's optional parameters may be left out of the call.
	Optional bool `json:"optional,omitempty"`
}

// TypeRef is a type as a table cell or a response sentence names it.
//
// The parser sets Name, the type's name as written with "Edm." and
// "microsoft.graph." dropped and notes such as "(optional)" removed
// ("String", "managedDevice", "callRecords.session"); Collection, for
// "x collection" and "Collection(x)"; Link, the destination of the cell's
// link, if any; and Raw, the cell as written.
//
// ResolveTypes sets exactly one of Primitive (the Edm primitive, see
// Primitives) and Target (the qualified name of a type defined in the same
// version); a reference with neither is unresolved and stands for any JSON
// value.
type TypeRef struct {
	Name       string `json:"name,omitempty"`
	Collection bool   `json:"collection,omitempty"`
	Link       string `json:"link,omitempty"`
	Raw        string `json:"raw,omitempty"`
	Primitive  string `json:"primitive,omitempty"`
	Target     string `json:"target,omitempty"`
}

// Header is a request header row.
type Header struct {
	Pos         Pos    `json:"pos"`
	Name        string `json:"name"`
	Value       string `json:"value,omitempty"`
	Description string `json:"description,omitempty"`
	Required    bool   `json:"required,omitempty"`
}

// Request body kinds.
const (
	BodyNone       = "none"
	BodyParameters = "parameters"
	BodyResource   = "resource"
	BodyReference  = "reference"
	// BodyBinary is raw bytes (a file, a photo, a document), sent with the
	// caller's Content-Type.
	BodyBinary  = "binary"
	BodyUnknown = "unknown"
)

// Body is the request body section.
type Body struct {
	Pos  Pos     `json:"pos"`
	Kind string  `json:"kind"`
	Text string  `json:"text,omitempty"`
	Type TypeRef `json:"type,omitzero"`
	// Alternatives are the other types the page says the body may be
	// ("an [ipNamedLocation] or [countryNamedLocation] object"); the
	// operation takes their nearest common base with Type.
	Alternatives []TypeRef `json:"alternatives,omitempty"`
	Parameters   []Param   `json:"parameters,omitempty"`
}

// Response kinds.
const (
	ResponseNothing    = "nothing"
	ResponseObject     = "object"
	ResponseCollection = "collection"
	ResponsePrimitive  = "primitive"
	ResponseStream     = "stream"
	ResponseRedirect   = "redirect"
	ResponseUnknown    = "unknown"
)

// Response is the response section.
type Response struct {
	Pos    Pos     `json:"pos"`
	Status int     `json:"status,omitempty"`
	Codes  []int   `json:"codes,omitempty"`
	Kind   string  `json:"kind"`
	Type   TypeRef `json:"type,omitzero"`
	// Alternatives: as for Body.
	Alternatives []TypeRef `json:"alternatives,omitempty"`
	Text         string    `json:"text,omitempty"`
}

// JSON is the model as `graphsdkgen model` prints it: indented, with a
// final newline.
func (m *Model) JSON() ([]byte, error) {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// SetByClient reports whether a request header is one a client sets by
// itself (auth, content negotiation, framing), so that neither the SDK's
// options nor the OpenAPI parameters repeat it.
func (h Header) SetByClient() bool {
	switch strings.ToLower(h.Name) {
	case "authorization", "content-type", "accept", "content-length":
		return true
	}
	return false
}
