package apichange

import (
	"go/ast"
	"go/token"
	"reflect"
	"strconv"
	"strings"
)

// origin is what a generated declaration was generated from: the page
// named by its file's "// Source:" header (relative to the docs root), and
// for a method its route ("GET /users/{id}", from its doc comment), for a
// struct field its JSON name, for a constant its value, for a type or a
// field the Go type's name.
type origin struct {
	page, route, json, value, typ string
}

// sourceIndex maps the names apidiff gives a package's exported objects
// ("T", "T.Field", "(*Client).Get") to their origins.
func sourceIndex(files []*ast.File) map[string]origin {
	out := map[string]origin{}
	for _, f := range files {
		page := sourcePage(f)
		route := ""
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				// A method without a route in its doc (a list's Pager and
				// All) follows the method it goes with.
				if r := docRoute(d.Doc); r != "" || d.Recv == nil {
					route = r
				}
				out[funcName(d)] = origin{page: page, route: route}
			case *ast.GenDecl:
				indexGenDecl(out, d, page)
			}
		}
	}
	return out
}

func indexGenDecl(out map[string]origin, d *ast.GenDecl, page string) {
	for _, s := range d.Specs {
		switch s := s.(type) {
		case *ast.TypeSpec:
			out[s.Name.Name] = origin{page: page, typ: s.Name.Name}
			st, ok := s.Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, fl := range st.Fields.List {
				js := jsonName(fl.Tag)
				for _, n := range fl.Names {
					out[s.Name.Name+"."+n.Name] = origin{page: page, json: js, typ: s.Name.Name}
				}
			}
		case *ast.ValueSpec:
			for i, n := range s.Names {
				o := origin{page: page}
				if i < len(s.Values) {
					if bl, ok := s.Values[i].(*ast.BasicLit); ok && bl.Kind == token.STRING {
						o.value, _ = strconv.Unquote(bl.Value)
					}
				}
				out[n.Name] = o
			}
		}
	}
}

// funcName is a function's name as apidiff writes it: "F", "T.M" or
// "(*T).M".
func funcName(d *ast.FuncDecl) string {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return d.Name.Name
	}
	switch t := d.Recv.List[0].Type.(type) {
	case *ast.StarExpr:
		if id, ok := t.X.(*ast.Ident); ok {
			return "(*" + id.Name + ")." + d.Name.Name
		}
	case *ast.Ident:
		return t.Name + "." + d.Name.Name
	}
	return d.Name.Name
}

// sourcePage is the page a generated file names in its header.
func sourcePage(f *ast.File) string {
	for _, cg := range f.Comments {
		if cg.Pos() >= f.Package {
			break
		}
		for _, c := range cg.List {
			if p, ok := strings.CutPrefix(c.Text, "// Source: "); ok {
				return strings.TrimSpace(p)
			}
		}
	}
	return ""
}

// docRoute is the route line of a generated method's doc comment, the
// indented "METHOD /path" line.
func docRoute(doc *ast.CommentGroup) string {
	if doc == nil {
		return ""
	}
	for _, c := range doc.List {
		t, ok := strings.CutPrefix(c.Text, "//\t")
		if !ok {
			continue
		}
		if m, p, ok := strings.Cut(t, " "); ok && strings.HasPrefix(p, "/") && strings.ToUpper(m) == m {
			return t
		}
	}
	return ""
}

func jsonName(tag *ast.BasicLit) string {
	if tag == nil {
		return ""
	}
	s, err := strconv.Unquote(tag.Value)
	if err != nil {
		return ""
	}
	n, _, _ := strings.Cut(reflect.StructTag(s).Get("json"), ",")
	return n
}
