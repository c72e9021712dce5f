package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/emit/lock"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// apiChanges is what a regeneration did to the names of a generated SDK,
// between two runs' outputs (each a Go tree with its graphsdkgen.lock and
// an OpenAPI root).
type apiChanges struct {
	// opIDs: routes in both OpenAPI documents whose operationId changed.
	opIDs []string
	// moved: types in both runs whose Go package changed, whether or not
	// they left an alias in their old package; aliased: those of them that
	// did (a forced move, see names.AssignTypesLocked: code naming the old
	// package still compiles, but the type's package is another).
	moved, aliased []string
	// removed counts the exported identifiers (top-level declarations and
	// methods) of the old tree that the new one lacks; stillDocumented
	// lists those whose route, type, enum member or body page the new run
	// still has.
	removed         int
	stillDocumented []string
}

func (c apiChanges) String() string {
	return fmt.Sprintf("%d operationIds changed for routes in both, %d types moved to another package (%d of them forced moves that left aliases), %d exported identifiers removed (%d of them with their route, type or member still in the docs)",
		len(c.opIDs), len(c.moved), len(c.aliased), c.removed, len(c.stillDocumented))
}

// compareRuns compares two runs' outputs.
func compareRuns(t testing.TB, oldGo, oldSpec, newGo, newSpec string) apiChanges {
	t.Helper()
	var c apiChanges
	oldIDs, newIDs := operationIDs(t, oldSpec), operationIDs(t, newSpec)
	for _, k := range sortedKeys(oldIDs) {
		if n, ok := newIDs[k]; ok && n != oldIDs[k] {
			c.opIDs = append(c.opIDs, fmt.Sprintf("%s: %s -> %s", k, oldIDs[k], n))
		}
	}
	oldLock, newLock := readLockFile(t, oldGo), readLockFile(t, newGo)
	newTypes := map[string]lock.Type{}
	for _, ty := range newLock.Types {
		newTypes[ty.Version+" "+strings.ToLower(ty.QName)] = ty
	}
	aliases := map[string]bool{}
	for _, a := range newLock.Aliases {
		aliases[a.Version+" "+strings.ToLower(a.QName)+" "+a.Package] = true
	}
	for _, ty := range oldLock.Types {
		k := ty.Version + " " + strings.ToLower(ty.QName)
		if n, ok := newTypes[k]; ok && n.Package != ty.Package {
			m := fmt.Sprintf("%s %s: %s.%s -> %s.%s", ty.Version, ty.QName, ty.Package, ty.Name, n.Package, n.Name)
			if aliases[k+" "+ty.Package] {
				c.aliased = append(c.aliased, m)
				m += " (alias left)"
			}
			c.moved = append(c.moved, m)
		}
	}
	oldIdents, newIdents := exportedIdents(t, oldGo), exportedIdents(t, newGo)
	owner := identOwners(oldLock)
	present := presentKeys(newLock, newIDs)
	for _, id := range sortedKeys(oldIdents) {
		if newIdents[id] || newIdents[receiver(id)] {
			continue // a method of a type still declared (an alias has its methods)
		}
		c.removed++
		if k := owner.of(id); k != "" && present[k] {
			c.stillDocumented = append(c.stillDocumented, id+" ("+k+")")
		}
	}
	return c
}

// operationIDs maps version + route key to operationId, from every
// <version>/openapi.json under root.
func operationIDs(t testing.TB, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, v := range []string{model.VersionBeta, model.VersionV1} {
		data, err := os.ReadFile(filepath.Join(root, v, "openapi.json"))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Paths map[string]map[string]json.RawMessage `json:"paths"`
		}
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		for p, item := range doc.Paths {
			for method, raw := range item {
				var op struct {
					OperationID string `json:"operationId"`
				}
				if json.Unmarshal(raw, &op) == nil && op.OperationID != "" {
					out[v+" "+model.RouteKey(strings.ToUpper(method), p)] = op.OperationID
				}
			}
		}
	}
	return out
}

func readLockFile(t testing.TB, goDir string) *lock.Lock {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(goDir, lock.FileName))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lock.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// exportedIdents are the exported top-level declarations ("v1/users.User")
// and methods ("v1/users.Client.GetUser") of the generated packages.
func exportedIdents(t testing.TB, root string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(p))
		pkg := filepath.ToSlash(rel)
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				name := d.Name.Name
				if d.Recv != nil && len(d.Recv.List) > 0 {
					name = recvName(d.Recv.List[0].Type) + "." + name
				}
				if d.Name.IsExported() {
					out[pkg+"."+name] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							out[pkg+"."+s.Name.Name] = true
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() {
								out[pkg+"."+n.Name] = true
							}
						}
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func recvName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return recvName(e.X)
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		return recvName(e.X)
	}
	return "?"
}

// owners maps "version package identifier" to what the identifier names:
// "op <version> <route key>", "type <version> <qname>", "const <version>
// <qname> <member>" or "body <version> <package> <page>".
type owners map[string]string

func identOwners(l *lock.Lock) owners {
	o := owners{}
	typePkg := map[string]string{}
	for _, op := range l.Ops {
		k := "op " + op.Version + " " + op.Route
		for _, n := range []string{op.Method, op.Method + "Pager", op.Method + "All"} {
			o[op.Version+" "+op.Package+" Client."+n] = k
		}
	}
	for _, ty := range l.Types {
		typePkg[ty.Version+" "+strings.ToLower(ty.QName)] = ty.Package
		k := "type " + ty.Version + " " + strings.ToLower(ty.QName)
		for _, n := range []string{ty.Name, ty.Name + "Value", "Any" + ty.Name} {
			o[ty.Version+" "+ty.Package+" "+n] = k
		}
	}
	for _, c := range l.Consts {
		o[c.Version+" "+typePkg[c.Version+" "+strings.ToLower(c.QName)]+" "+c.Name] = "const " + c.Version + " " + strings.ToLower(c.QName) + " " + c.Member
	}
	for _, b := range l.Bodies {
		o[b.Version+" "+b.Package+" "+b.Name] = "body " + b.Version + " " + b.Package + " " + b.Page
	}
	return o
}

// receiver is the type of a method identifier ("v1/users.User.GetUser"
// -> "v1/users.User"), or "" (for a top-level one or a Client method).
func receiver(id string) string {
	dir, name, _ := strings.Cut(id, ".")
	recv, _, ok := strings.Cut(name, ".")
	if !ok || recv == "Client" {
		return ""
	}
	return dir + "." + recv
}

// of is the owner of an identifier of exportedIdents (a method's, that of
// its receiver type, Client methods excepted), or "".
func (o owners) of(id string) string {
	if r := receiver(id); r != "" {
		id = r
	}
	dir, name, _ := strings.Cut(id, ".")
	vdir, pkg, ok := strings.Cut(dir, "/")
	if !ok {
		return ""
	}
	v := map[string]string{"beta": model.VersionBeta, "v1": model.VersionV1}[vdir]
	return o[v+" "+pkg+" "+name]
}

// presentKeys are the owner keys (see owners) the new run still has.
func presentKeys(l *lock.Lock, ids map[string]string) map[string]bool {
	out := map[string]bool{}
	for k := range ids {
		out["op "+k] = true
	}
	for _, ty := range l.Types {
		out["type "+ty.Version+" "+strings.ToLower(ty.QName)] = true
	}
	for _, c := range l.Consts {
		out["const "+c.Version+" "+strings.ToLower(c.QName)+" "+c.Member] = true
	}
	for _, b := range l.Bodies {
		out["body "+b.Version+" "+b.Package+" "+b.Page] = true
	}
	return out
}
