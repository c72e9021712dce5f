package model

// Type kinds.
const (
	// TypeEntity is a resource with a key (an OData entity type).
	TypeEntity = "entity"
	// TypeComplex is a resource without a key (an OData complex type).
	TypeComplex = "complex"
	// TypeEnum is an enumeration.
	TypeEnum = "enum"
)

// Type is a resource or enum that a resource page, an enum page or an
// aggregate enum page defines.
type Type struct {
	Pos     Pos    `json:"pos"`
	Version string `json:"version"`
	// Page is the defining page's file (relative to the input root).
	Page string `json:"page"`
	// Name is the type's name without namespace, as the docs spell it:
	// "managedDevice", "deviceManagementExchangeAccessState".
	Name string `json:"name"`
	// Namespace is "microsoft.graph" unless the page or the annotation
	// says otherwise ("microsoft.graph.callRecords").
	Namespace   string `json:"namespace"`
	Kind        string `json:"kind"`
	Description string `json:"description,omitempty"`
	// Base is the qualified name of the base type ("microsoft.graph.entity"),
	// empty for none.
	Base     string `json:"base,omitempty"`
	Abstract bool   `json:"abstract,omitempty"`
	// Open is set for an open type (it may carry properties not listed).
	Open bool `json:"open,omitempty"`
	// Flags is set for an enum whose members are bit flags, so that a value
	// may combine several, comma-separated ("apps,tabs"); see flagValues.
	Flags bool `json:"flags,omitempty"`
	// Key is the key property of an entity ("id").
	Key string `json:"key,omitempty"`
	// Properties are the structural properties, then the relationships
	// (Navigation set), in page order.
	Properties []Property `json:"properties,omitempty"`
	// Members are an enum's members, in page order.
	Members []EnumMember `json:"members,omitempty"`
	// Methods are the rows of a resource page's methods table.
	Methods []Method `json:"methods,omitempty"`
}

// QualifiedName is the type's namespace-qualified name,
// "microsoft.graph.managedDevice".
func (t *Type) QualifiedName() string {
	if t.Namespace == "" {
		return "microsoft.graph." + t.Name
	}
	return t.Namespace + "." + t.Name
}

// Property is a row of a properties or relationships table, or a member of
// a JSON representation that no table lists.
type Property struct {
	Pos         Pos     `json:"pos"`
	Name        string  `json:"name"`
	Type        TypeRef `json:"type"`
	Description string  `json:"description,omitempty"`
	// Navigation is set for a relationship (a navigation property).
	Navigation bool `json:"navigation,omitempty"`
	// Nullable is set when the docs say the property may be null
	// ("Nullable." in the description), NonNullable when they say it may
	// not ("Not nullable."). OData properties are nullable unless declared
	// otherwise, so a property with neither is nullable too.
	Nullable    bool `json:"nullable,omitempty"`
	NonNullable bool `json:"nonNullable,omitempty"`
	// ReadOnly is set when the description says "Read-only".
	ReadOnly bool `json:"readOnly,omitempty"`
	// Enum lists the members of an inline enum ("a | b | c" in the JSON
	// representation, or an enum table inside Properties).
	Enum []string `json:"enum,omitempty"`
}

// EnumMember is one member of an enum.
type EnumMember struct {
	Pos  Pos    `json:"pos"`
	Name string `json:"name"`
	// Value is the integer value when the docs give one.
	Value       *int64 `json:"value,omitempty"`
	Description string `json:"description,omitempty"`
}

// Method is a row of a resource page's methods table.
type Method struct {
	Pos         Pos     `json:"pos"`
	Name        string  `json:"name"`
	Link        string  `json:"link,omitempty"`
	Returns     TypeRef `json:"returns,omitzero"`
	Description string  `json:"description,omitempty"`
}
