package model

// Route is one line of a page's HTTP request section.
type Route struct {
	Pos    Pos    `json:"pos"`
	Method string `json:"method"`
	// Path is the route template: leading '/', no host or version, no query,
	// one {name} per parameter with names made unique (see parser's package
	// doc for the rule), function arguments and key alternates kept in the
	// OData form "getX(period='{period}')".
	Path string `json:"path"`
	// Raw is the line as written after the method.
	Raw      string       `json:"raw"`
	Segments []Segment    `json:"segments"`
	Params   []RouteParam `json:"params,omitempty"`
	// Query holds name=value pairs written into the route's query string.
	Query []KeyValue `json:"query,omitempty"`
	// Derived marks a route the page does not write but implies: the call
	// of a function written without its arguments, with the parameters
	// the page lists (Raw is then the written route's line).
	Derived bool `json:"derived,omitempty"`
}

// Segment kinds.
const (
	SegmentLiteral  = "literal"  // managedDevices
	SegmentKey      = "key"      // {managedDeviceId}
	SegmentCast     = "cast"     // microsoft.graph.user
	SegmentFunction = "function" // getX(period='{period}'), or a key alternate users(appId='{appId}')
	SegmentPathAddr = "pathAddress"
	SegmentRef      = "ref"   // $ref
	SegmentValue    = "value" // $value
	SegmentCount    = "count" // $count
)

// Segment is one '/'-separated piece of a route.
type Segment struct {
	Kind string `json:"kind"`
	// Name is the literal, the cast type, the function name or the
	// path-addressed navigation (root in root:/{path}:).
	Name string `json:"name,omitempty"`
	// Param is the parameter of a key or path-address segment.
	Param string `json:"param,omitempty"`
	// Args are a function call's arguments, in order.
	Args []Arg `json:"args,omitempty"`
}

// Arg is one argument of a function call segment: name=value, where value
// is a parameter placeholder (a literal value written in a route is read as
// an example of the parameter, see RouteParam.Example).
type Arg struct {
	Name   string `json:"name,omitempty"`
	Param  string `json:"param,omitempty"`
	Value  string `json:"value,omitempty"`
	Quoted bool   `json:"quoted,omitempty"`
}

// RouteParam is a parameter of a route. Name is unique within the route;
// Written is the name as the page wrote it; Alternates lists the other
// names of an alternate parameter ({id | userPrincipalName}).
type RouteParam struct {
	Name       string   `json:"name"`
	Written    string   `json:"written,omitempty"`
	Alternates []string `json:"alternates,omitempty"`
	// In is "path" for key and path-address segments, "function" for
	// function arguments.
	In string `json:"in"`
	// Quoted is set when the value sits between single quotes.
	Quoted bool `json:"quoted,omitempty"`
	// Example is the example value the page wrote where the parameter
	// belongs (a GUID key, '2016-01-01' as a function argument); the
	// parameter is then named by the parser, not by the page.
	Example string `json:"example,omitempty"`
}
