package model

import "encoding/json"

// Example is one request/response pair of the Example(s) section.
type Example struct {
	Pos      Pos              `json:"pos"`
	Title    string           `json:"title,omitempty"`
	Request  *ExampleRequest  `json:"request,omitempty"`
	Response *ExampleResponse `json:"response,omitempty"`
}

// ExampleRequest is a request fence.
type ExampleRequest struct {
	Pos     Pos        `json:"pos"`
	Name    string     `json:"name,omitempty"`
	Method  string     `json:"method"`
	URL     string     `json:"url"`
	Headers []KeyValue `json:"headers,omitempty"`
	Body    string     `json:"body,omitempty"`
	// JSON is the body parsed, when it is JSON.
	JSON json.RawMessage `json:"json,omitempty"`
	// JSONRepaired says the body is not valid JSON as written and JSON is
	// how it reads without its comments, trailing commas and stray spaces.
	JSONRepaired bool `json:"jsonRepaired,omitempty"`
	// BodyPos is where the body's first line is (not in the JSON: the
	// example check places its findings inside the body from it).
	BodyPos Pos `json:"-"`
}

// ExampleResponse is a response fence.
type ExampleResponse struct {
	Pos     Pos             `json:"pos"`
	Status  int             `json:"status"`
	Headers []KeyValue      `json:"headers,omitempty"`
	Body    string          `json:"body,omitempty"`
	JSON    json.RawMessage `json:"json,omitempty"`
	// JSONRepaired: as for ExampleRequest.
	JSONRepaired bool `json:"jsonRepaired,omitempty"`
	// BodyPos: as for ExampleRequest.
	BodyPos Pos `json:"-"`
	// ODataType and IsCollection come from the fence's annotation.
	ODataType    string `json:"odataType,omitempty"`
	IsCollection bool   `json:"isCollection,omitempty"`
	Truncated    bool   `json:"truncated,omitempty"`
}
