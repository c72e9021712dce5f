package openapi

import (
	"context"
	"fmt"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// CodeInvalid is the diagnostic code of an operation or schema left out
// of a document because it did not validate.
const CodeInvalid = "openapi-invalid"

// validateOrDrop validates the document. When it does not validate, each
// component schema and each path is validated alone: a schema that fails
// becomes any value (a key that is not a component name is removed), an
// operation that fails alone, or that conflicts with the operations before
// it on its path, is removed; each with an error at its page position.
// Then the document must validate. This is the last line of defence: the
// namer and the model keep page text from making such documents.
func validateOrDrop(doc *openapi3.T, version string, ops []*names.Op, types *names.Types) ([]model.Diagnostic, error) {
	ctx := context.Background()
	if err := doc.Validate(ctx); err == nil {
		return nil, nil
	}
	var diags []model.Diagnostic
	typeOf := map[string]*model.Type{}
	for _, tn := range types.All() {
		if tn.Type.Version == version {
			typeOf[names.SchemaName(tn.Type)] = tn.Type
		}
	}
	for _, k := range sortedKeys(doc.Components.Schemas) {
		one := openapi3.Components{Schemas: openapi3.Schemas{k: doc.Components.Schemas[k]}}
		err := one.Validate(ctx)
		if err == nil {
			continue
		}
		pos := model.Pos{}
		if t := typeOf[k]; t != nil {
			pos = t.Pos
		}
		if (&openapi3.Components{Schemas: openapi3.Schemas{k: openapi3.NewSchemaRef("", &openapi3.Schema{})}}).Validate(ctx) != nil {
			delete(doc.Components.Schemas, k)
			diags = append(diags, dropped(pos, "schema %s is left out of the %s document: %v", k, version, err))
			continue
		}
		doc.Components.Schemas[k] = (&openapi3.Schema{Description: "Left out: it did not validate."}).NewRef()
		diags = append(diags, dropped(pos, "schema %s is any value in the %s document: %v", k, version, err))
	}
	byPath := map[string][]*names.Op{}
	for _, o := range ops {
		if o.Version == version {
			byPath[o.Path] = append(byPath[o.Path], o)
		}
	}
	for _, path := range doc.Paths.Keys() {
		item := doc.Paths.Value(path)
		if validPaths(ctx, path, item) == nil {
			continue
		}
		kept := &openapi3.PathItem{}
		for _, o := range byPath[path] {
			op := item.GetOperation(o.Route.Method)
			if op == nil {
				continue
			}
			alone := &openapi3.PathItem{}
			alone.SetOperation(o.Route.Method, op)
			err := validPaths(ctx, path, alone)
			if err == nil {
				kept.SetOperation(o.Route.Method, op)
				if err = validPaths(ctx, path, kept); err == nil {
					continue
				}
				kept.SetOperation(o.Route.Method, nil)
			}
			diags = append(diags, dropped(o.Route.Pos, "operation %s %s is left out of the %s document: %v", o.Route.Method, path, version, err))
		}
		if len(kept.Operations()) == 0 {
			doc.Paths.Delete(path)
		} else {
			doc.Paths.Set(path, kept)
		}
	}
	if err := doc.Validate(ctx); err != nil {
		return diags, err
	}
	return diags, nil
}

// validPaths validates one path item as the document's only path.
func validPaths(ctx context.Context, path string, item *openapi3.PathItem) error {
	ps := openapi3.NewPaths()
	ps.Set(path, item)
	return ps.Validate(ctx)
}

func dropped(pos model.Pos, format string, args ...any) model.Diagnostic {
	msg := fmt.Sprintf(format, args...)
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return model.Diagnostic{Pos: pos, Severity: model.SeverityError, Code: CodeInvalid, Message: msg}
}
