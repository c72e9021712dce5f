package golang

import (
	"fmt"
	"path"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// genModels emits one file per model type, in the type's package, and a
// doc.go for each Shared package. The types' files are rendered in
// parallel (each into its own slot), then named in order.
func genModels(ts *names.Types, cfg Config) ([]File, []Failure, error) {
	rt := path.Join(cfg.Module, "graph")
	all := ts.All()
	type rendered struct {
		data     []byte
		panicked bool
		err      error
		aliases  [][]byte
		aliasErr error
	}
	out := make([]rendered, len(all))
	parallel(len(all), func(k int) {
		tn, t, r := all[k], all[k].Type, &out[k]
		ty := &typer{types: ts, version: t.Version, pkg: tn.Package, module: cfg.Module, rt: rt}
		r.data, r.panicked, r.err = emitFile(func() *jen.File {
			f := jen.NewFilePathName("", tn.Package)
			headerComment(f, headerText)
			headerComment(f, "Source: "+t.Page)
			f.ImportName(rt, "graph")
			switch t.Kind {
			case model.TypeEnum:
				genEnum(f, tn)
			default:
				genStruct(f, tn, ty)
				if tn.Poly {
					genPoly(f, tn, ty)
				}
			}
			return f
		})
		if r.err != nil {
			return
		}
		for _, was := range tn.Was {
			aty := &typer{types: ts, version: t.Version, pkg: was.Package, module: cfg.Module, rt: rt}
			f := jen.NewFilePathName("", was.Package)
			headerComment(f, headerText)
			headerComment(f, "Source: "+t.Page)
			genAlias(f, tn, was, aty)
			data, err := render(f)
			if err != nil {
				r.aliasErr = err
				return
			}
			r.aliases = append(r.aliases, data)
		}
	})
	var files []File
	var fails []Failure
	shared := map[string]bool{}
	taken := map[string]bool{} // file paths: type names may differ only in case
	for k, tn := range all {
		t := tn.Type
		dir := path.Join(VersionDir(t.Version), tn.Package)
		if (tn.Package == names.Shared || tn.Package == names.Other) && !shared[dir] {
			shared[dir] = true
			f := jen.NewFilePathName("", tn.Package)
			headerComment(f, headerText)
			doc := "Package %s holds the Microsoft Graph %s types that more than one workload package uses."
			if tn.Package == names.Other {
				doc = "Package %s holds the Microsoft Graph %s types that no documented operation takes or returns, directly or through other types."
			}
			packageComment(f, fmt.Sprintf(doc, tn.Package, t.Version))
			data, err := render(f)
			if err != nil {
				return nil, nil, err
			}
			files = append(files, File{Path: path.Join(dir, "doc.go"), Data: data})
		}
		r := out[k]
		if r.err != nil {
			fails = append(fails, Failure{Type: t, Panic: r.panicked, Err: r.err})
			continue
		}
		if r.aliasErr != nil {
			return nil, nil, r.aliasErr
		}
		name := path.Join(dir, "model-"+strings.ToLower(tn.Name))
		p := name + ".go"
		for i := 2; taken[p]; i++ {
			p = fmt.Sprintf("%s-%d.go", name, i)
		}
		taken[p] = true
		files = append(files, File{Path: p, Data: r.data})
		for i, was := range tn.Was {
			name := path.Join(VersionDir(t.Version), was.Package, "model-"+strings.ToLower(was.Name))
			p := name + ".go"
			for i := 2; taken[p]; i++ {
				p = fmt.Sprintf("%s-%d.go", name, i)
			}
			taken[p] = true
			files = append(files, File{Path: p, Data: r.aliases[i]})
		}
	}
	return files, fails, nil
}

// typeDoc is the first line of a type's doc comment.
func typeDoc(tn *names.TypeName, what string) string {
	return fmt.Sprintf("%s is the %s %s (%s).", tn.Name, tn.Type.Name, what, tn.Type.QualifiedName())
}

func genEnum(f *jen.File, tn *names.TypeName) {
	fileComment(f, typeDoc(tn, "enum"))
	if d := oneLine(tn.Type.Description); d != "" {
		fileComment(f, d)
	}
	fileComment(f, "The constants are the values the docs list; other values are kept as they are.")
	if tn.Type.Flags {
		fileComment(f, "The members are bit flags: a value may combine several, comma-separated (\"a,b\").")
	}
	f.Type().Id(tn.Name).String()
	var consts []jen.Code
	for i, m := range tn.Type.Members {
		if tn.Consts[i] == "" {
			continue // no name: see names.AssignTypes
		}
		c := jen.Id(tn.Consts[i]).Id(tn.Name).Op("=").Lit(m.Name)
		if d := oneLine(m.Description); d != "" {
			c = comment(tn.Consts[i] + ": " + d).Line().Add(c)
		}
		consts = append(consts, c)
	}
	if len(consts) > 0 {
		f.Const().Defs(consts...)
	}
}

func genStruct(f *jen.File, tn *names.TypeName, ty *typer) {
	t := tn.Type
	what := "complex type"
	if t.Kind == model.TypeEntity {
		what = "entity type"
	}
	fileComment(f, typeDoc(tn, what))
	if d := oneLine(t.Description); d != "" {
		fileComment(f, d)
	}
	var fields []jen.Code
	if b := ty.types.Of(t.Version, t.Base); b != nil {
		fields = append(fields, ty.named(b, b.Name))
	} else {
		fields = append(fields, comment("ODataType is the value's @odata.type, such as \"#"+t.QualifiedName()+"\".").Line().
			Id("ODataType").Op("*").String().Tag(map[string]string{"json": "@odata.type,omitempty"}),
			comment("AdditionalData holds the members the type has no field for (OData annotations such as\n"+
				"\"members@odata.bind\", newer properties); the runtime sends and fills it, and a nil\n"+
				"value sends null. See graph.Marshal.").Line().
				Id("AdditionalData").Map(jen.String()).Any().Tag(map[string]string{"json": "-"}))
	}
	for i, p := range t.Properties {
		if tn.Fields[i] == "" {
			continue
		}
		typ, pointer, doc := ty.field(p.Type), ty.fieldPointer(p.Type), oneLine(p.Description)
		if to := ty.types.Ref(t.Version, p.Type); to != nil && tn.AsJSON(to.Type.QualifiedName()) {
			typ, pointer = jen.Qual("encoding/json", "RawMessage"), false
			doc = strings.TrimSpace(doc + "\n\n" + jsonRefDoc(to, p.Type.Collection, tn.Package))
		}
		st := jen.Id(tn.Fields[i]).Add(typ).Tag(jsonTag(p.Name, pointer))
		if doc != "" {
			st = comment(doc).Line().Add(st)
		}
		fields = append(fields, st)
	}
	f.Type().Id(tn.Name).Struct(fields...)
}

// genPoly emits a poly base's interface, its getter and its Any wrapper,
// which decodes by @odata.type.
func genPoly(f *jen.File, tn *names.TypeName, ty *typer) {
	t := tn.Type
	fileComment(f, fmt.Sprintf("%s is implemented by *%s and by the types derived from %s.", tn.Iface, tn.Name, t.Name))
	f.Type().Id(tn.Iface).Interface(jen.Id(tn.Getter).Params().Op("*").Id(tn.Name))
	fileComment(f, fmt.Sprintf("%s returns v; the types derived from %s have it too, and return their %s part.", tn.Getter, t.Name, tn.Name))
	f.Func().Params(jen.Id("v").Op("*").Id(tn.Name)).Id(tn.Getter).Params().Op("*").Id(tn.Name).Block(jen.Return(jen.Id("v")))

	fileComment(f, fmt.Sprintf("%s holds a %s or a value of a type derived from it: decoding picks the type by @odata.type, and an unknown or absent @odata.type gives *%s.", tn.Any, t.Name, tn.Name))
	f.Type().Id(tn.Any).Struct(jen.Id("Value").Id(tn.Iface))
	fileComment(f, "MarshalJSON encodes Value.")
	f.Func().Params(jen.Id("a").Id(tn.Any)).Id("MarshalJSON").Params().Parens(jen.List(jen.Index().Byte(), jen.Error())).Block(
		jen.Return(jen.Qual("encoding/json", "Marshal").Call(jen.Id("a").Dot("Value"))))
	cases := []jen.Code{}
	var undecoded []string
	for _, d := range tn.Derived {
		dn := ty.types.Of(d.Version, d.QualifiedName())
		if dn == nil {
			continue
		}
		if tn.AsJSON(d.QualifiedName()) {
			name := dn.Name
			if dn.Package != tn.Package {
				name = dn.Package + "." + name
			}
			undecoded = append(undecoded, name)
			continue
		}
		cases = append(cases, jen.Case(jen.Lit(strings.ToLower(d.QualifiedName()))).Block(jen.Id("v").Op("=").New(ty.named(dn, dn.Name))))
	}
	cases = append(cases, jen.Default().Block(jen.Id("v").Op("=").New(jen.Id(tn.Name))))
	doc := "UnmarshalJSON decodes a value into the type its @odata.type names."
	if len(undecoded) > 0 {
		doc += fmt.Sprintf(" A value of %s decodes as *%s: graphsdkgen.lock keeps the reference as JSON, as naming the type here would make packages import each other (decode the JSON with json.Unmarshal to have it).", strings.Join(undecoded, ", "), tn.Name)
	}
	fileComment(f, doc)
	f.Func().Params(jen.Id("a").Op("*").Id(tn.Any)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.If(jen.String().Parens(jen.Id("data")).Op("==").Lit("null")).Block(jen.Id("a").Dot("Value").Op("=").Nil(), jen.Return(jen.Nil())),
		jen.Var().Id("v").Id(tn.Iface),
		jen.Switch(jen.Qual("strings", "ToLower").Call(jen.Qual(ty.rt, "ODataTypeName").Call(jen.Qual(ty.rt, "ODataType").Call(jen.Id("data"))))).Block(cases...),
		jen.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("data"), jen.Id("v")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Id("a").Dot("Value").Op("=").Id("v"),
		jen.Return(jen.Nil()),
	)
}

// jsonRefDoc says what a field kept as JSON holds (names.TypeName.JSONRefs):
// the Go type of to, a collection of it if collection, as package pkg
// would name it.
func jsonRefDoc(to *names.TypeName, collection bool, pkg string) string {
	name := to.Name
	if to.Poly {
		name = to.Any
	}
	if to.Package != pkg {
		name = to.Package + "." + name
	}
	if collection {
		name = "[]" + name
	}
	if to.Package == pkg {
		return fmt.Sprintf("It holds the JSON of a %s: graphsdkgen.lock keeps the field as JSON; decode it with json.Unmarshal (-relock types it).", name)
	}
	return fmt.Sprintf("It holds the JSON of a %s: graphsdkgen.lock keeps that type in package %s, which imports this one; decode it with json.Unmarshal (-relock types the field, moving types).", name, to.Package)
}
