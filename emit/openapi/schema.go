package openapi

import (
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// schemaOf maps a documented type to a schema: primitives to their JSON
// types and formats, other types to an object described by name.
func schemaOf(t model.TypeRef) *openapi3.Schema {
	var s *openapi3.Schema
	switch strings.ToLower(t.Name) {
	case "string":
		s = openapi3.NewStringSchema()
	case "guid", "uuid":
		s = openapi3.NewUUIDSchema()
	case "datetimeoffset":
		s = openapi3.NewDateTimeSchema()
	case "date":
		s = openapi3.NewStringSchema().WithFormat("date")
	case "timeofday":
		s = openapi3.NewStringSchema().WithFormat("time")
	case "duration":
		s = openapi3.NewStringSchema().WithFormat("duration")
	case "boolean", "bool":
		s = openapi3.NewBoolSchema()
	case "int32", "int", "integer", "int16", "byte", "sbyte":
		s = openapi3.NewInt32Schema()
	case "int64":
		s = openapi3.NewInt64Schema()
	case "double", "single", "decimal", "number", "float":
		s = openapi3.NewFloat64Schema()
	case "binary":
		s = openapi3.NewBytesSchema()
	default:
		// A type that is not a primitive: until resource and enum pages
		// become component schemas, any JSON value, named by its title
		// (an enum is a string, a complex type an object).
		s = &openapi3.Schema{}
		if t.Name != "" {
			s.Title = t.Name
		}
	}
	if t.Collection {
		return openapi3.NewArraySchema().WithItems(s)
	}
	return s
}

// odataParameter is the query parameter of an OData system query option.
func odataParameter(name string) *openapi3.Parameter {
	p := openapi3.NewQueryParameter(name)
	switch name {
	case "$top", "$skip":
		p.Schema = openapi3.NewInt32Schema().WithMin(0).NewRef()
	case "$count":
		p.Schema = openapi3.NewBoolSchema().NewRef()
	case "$select", "$expand", "$orderby":
		p.Schema = openapi3.NewArraySchema().WithItems(openapi3.NewStringSchema()).NewRef()
		p.Explode = openapi3.Ptr(false)
		p.Style = "form"
	default:
		p.Schema = openapi3.NewStringSchema().NewRef()
	}
	p.Description = "OData " + name + " query option."
	return p
}

// addErrorComponents adds the Graph error schema and the default error
// response every operation refers to.
func addErrorComponents(doc *openapi3.T) (errorResponse *openapi3.Response) {
	inner := openapi3.NewObjectSchema().
		WithProperty("request-id", openapi3.NewStringSchema()).
		WithProperty("client-request-id", openapi3.NewStringSchema()).
		WithProperty("date", openapi3.NewStringSchema())
	inner.AdditionalProperties = openapi3.AdditionalProperties{Has: openapi3.Ptr(true)}
	detail := openapi3.NewObjectSchema().
		WithProperty("code", openapi3.NewStringSchema()).
		WithProperty("message", openapi3.NewStringSchema()).
		WithProperty("target", openapi3.NewStringSchema())
	main := openapi3.NewObjectSchema().
		WithProperty("code", openapi3.NewStringSchema()).
		WithProperty("message", openapi3.NewStringSchema()).
		WithProperty("innerError", inner).
		WithProperty("details", openapi3.NewArraySchema().WithItems(detail))
	main.Required = []string{"code", "message"}
	errSchema := openapi3.NewObjectSchema().WithProperty("error", main)
	errSchema.Required = []string{"error"}
	doc.Components.Schemas["ODataError"] = errSchema.NewRef()
	errorResponse = openapi3.NewResponse().
		WithDescription("A Microsoft Graph error.").
		WithContent(openapi3.NewContentWithJSONSchemaRef(openapi3.NewSchemaRef("#/components/schemas/ODataError", errSchema)))
	doc.Components.Responses["error"] = &openapi3.ResponseRef{Value: errorResponse}
	return errorResponse
}

// odataParams declares each OData query option once, in
// components.parameters, for the operations to refer to.
type odataParams struct {
	doc *openapi3.T
}

func (o *odataParams) ref(name string) *openapi3.ParameterRef {
	key := strings.TrimPrefix(name, "$")
	p := o.doc.Components.Parameters[key]
	if p == nil {
		p = &openapi3.ParameterRef{Value: odataParameter(name)}
		o.doc.Components.Parameters[key] = p
	}
	return &openapi3.ParameterRef{Ref: "#/components/parameters/" + key, Value: p.Value}
}
