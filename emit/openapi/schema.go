package openapi

import (
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// primitiveSchema is the schema of an Edm primitive: its JSON type and
// format. Json and unknown primitives are any value.
func primitiveSchema(p string) *openapi3.Schema {
	switch p {
	case model.PrimString:
		return openapi3.NewStringSchema()
	case model.PrimGuid:
		return openapi3.NewUUIDSchema()
	case model.PrimDateTimeOffset:
		return openapi3.NewDateTimeSchema()
	case model.PrimDate:
		return openapi3.NewStringSchema().WithFormat("date")
	case model.PrimTimeOfDay:
		return openapi3.NewStringSchema().WithFormat("time")
	case model.PrimDuration:
		return openapi3.NewStringSchema().WithFormat("duration")
	case model.PrimBoolean:
		return openapi3.NewBoolSchema()
	case model.PrimByte, model.PrimSByte, model.PrimInt16, model.PrimInt32:
		return openapi3.NewInt32Schema()
	case model.PrimInt64:
		return openapi3.NewInt64Schema()
	case model.PrimSingle, model.PrimDouble, model.PrimDecimal:
		return openapi3.NewFloat64Schema()
	case model.PrimBinary:
		return openapi3.NewBytesSchema()
	case model.PrimStream:
		return openapi3.NewStringSchema().WithFormat("binary")
	}
	return &openapi3.Schema{}
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
