package names

import (
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

func typ(name, base string, props ...string) *model.Type {
	t := &model.Type{Version: "v1.0", Namespace: "microsoft.graph", Name: name, Kind: model.TypeComplex, Page: "v1.0/resources/" + name + ".md"}
	if base != "" {
		t.Base = "microsoft.graph." + base
	}
	for _, p := range props {
		t.Properties = append(t.Properties, model.Property{Name: p, Type: model.TypeRef{Primitive: model.PrimString}})
	}
	return t
}

func refTo(t *model.Type, name string, target string) {
	t.Properties = append(t.Properties, model.Property{Name: name, Type: model.TypeRef{Target: "microsoft.graph." + target}})
}

func returning(pkg, target string, body string) *Op {
	pg := &model.Page{Version: "v1.0", Response: &model.Response{Kind: model.ResponseObject, Type: model.TypeRef{Target: "microsoft.graph." + target}}}
	if body != "" {
		pg.RequestBody = &model.Body{Kind: model.BodyParameters, Parameters: []model.Param{{Name: "x", Type: model.TypeRef{Target: "microsoft.graph." + body}}}}
	}
	return &Op{Operation: &model.Operation{Version: "v1.0"}, Page: pg, Package: pkg, Body: "ClientBody"}
}

func TestAssignTypesPlacement(t *testing.T) {
	entity := typ("entity", "", "id")
	animal := typ("animal", "entity", "name")
	dog := typ("dog", "animal", "name", "breed") // repeats its base's name
	cat := typ("cat", "animal", "lives")
	kennel := typ("kennel", "entity")
	refTo(kennel, "residents", "animal") // animal is referenced: decoded by @odata.type
	onlyW1 := typ("onlyW1", "", "a")
	both := typ("both", "", "b")
	orphan := typ("orphan", "")
	refTo(orphan, "child", "orphanChild")
	refTo(orphan, "w1", "onlyW1")
	orphanChild := typ("orphanChild", "", "c")
	client := typ("client", "", "d") // collides with the package's Client
	clientBody := typ("clientBody", "", "e")
	enum := typ("color", "")
	enum.Kind = model.TypeEnum
	enum.Members = []model.EnumMember{{Name: "red"}, {Name: "dark-blue"}}
	types := []*model.Type{entity, animal, dog, cat, kennel, onlyW1, both, orphan, orphanChild, client, clientBody, enum}
	ops := []*Op{
		returning("w1", "onlyW1", "both"),
		returning("w1", "kennel", "client"),
		returning("w1", "clientBody", "color"),
		returning("w2", "both", ""),
	}
	ts, _ := AssignTypes(types, ops)
	want := map[string]struct{ pkg, name string }{
		"entity": {"w1", "Entity"}, "animal": {"w1", "Animal"}, "dog": {"w1", "Dog"}, "cat": {"w1", "Cat"},
		"kennel": {"w1", "Kennel"}, "onlyW1": {"w1", "OnlyW1"}, "both": {Shared, "Both"},
		"orphan": {Other, "Orphan"}, "orphanChild": {Other, "OrphanChild"},
		"client": {"w1", "Client2"}, "clientBody": {"w1", "ClientBody2"}, "color": {"w1", "Color"},
	}
	for n, w := range want {
		tn := ts.Of("v1.0", "microsoft.graph."+n)
		if tn == nil {
			t.Errorf("%s: not named", n)
			continue
		}
		if tn.Package != w.pkg || tn.Name != w.name {
			t.Errorf("%s: %s.%s, want %s.%s", n, tn.Package, tn.Name, w.pkg, w.name)
		}
	}
	a := ts.Of("v1.0", "microsoft.graph.animal")
	if !a.Poly || a.Iface != "AnimalValue" || a.Any != "AnyAnimal" || a.Getter != "GetAnimal" || len(a.Derived) != 2 {
		t.Errorf("animal: poly %v %q %q %q, derived %d", a.Poly, a.Iface, a.Any, a.Getter, len(a.Derived))
	}
	if ts.Of("v1.0", "microsoft.graph.entity").Poly {
		t.Error("entity must not be decoded by @odata.type")
	}
	d := ts.Of("v1.0", "microsoft.graph.dog")
	if d.Fields[0] != "" || d.Fields[1] != "Breed" {
		t.Errorf("dog fields %q: the base's name must be left out", d.Fields)
	}
	c := ts.Of("v1.0", "microsoft.graph.color")
	if len(c.Consts) != 2 || c.Consts[0] != "ColorRed" || c.Consts[1] != "ColorDarkBlue" {
		t.Errorf("enum constants %q", c.Consts)
	}
	if SchemaName(animal) != "microsoft.graph.animal" {
		t.Errorf("schema name %q", SchemaName(animal))
	}
}

func TestAssignTypesNamespaces(t *testing.T) {
	a := typ("alert", "", "x")
	b := typ("alert", "", "y")
	b.Namespace = "microsoft.graph.security"
	ts, _ := AssignTypes([]*model.Type{a, b}, nil)
	if n := ts.Of("v1.0", "microsoft.graph.alert").Name; n != "Alert" {
		t.Errorf("microsoft.graph.alert: %s", n)
	}
	if n := ts.Of("v1.0", "microsoft.graph.security.alert").Name; n != "SecurityAlert" {
		t.Errorf("microsoft.graph.security.alert: %s", n)
	}
	if ts.Ref("v1.0", model.TypeRef{Target: "microsoft.graph.entity"}) != nil {
		t.Error("a reference to entity must stay untyped")
	}
}
