package parser

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/graphsdkgen/graphsdkgen/model"
)

var (
	// h1TypeRE reads the H1 of a resource or enum page: the type's name
	// and what kind of page the words after it say it is.
	h1TypeRE = regexp.MustCompile(`(?i)^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?:\s+(resource type|resouce type|resource|complex type|entity type|enum type|type|facet|object))?\b`)
	// skippedHeadingRE names the H3s under Properties whose tables are
	// not the type's properties: the members of a JSON value held in a
	// string property ("Properties of a token issuance policy
	// definition"), examples, and instance annotations.
	skippedHeadingRE = regexp.MustCompile(`(?i)^(properties of|example|instance attributes)`)
	// keyWordRE finds "key" in an id property's description ("Key of
	// the entity.").
	keyWordRE = regexp.MustCompile(`(?i)\bkey\b`)
)

// readTypePage reads a resource or enum page into the types it defines.
func (w *walker) readTypePage(secs []*section) {
	if w.page.Kind == model.KindEnum || strings.EqualFold(h1Kind(w.page.H1), "enum type") {
		w.readEnumPage(secs)
		return
	}
	w.readResource(secs)
}

// h1Name returns the type name an H1 gives ("managedDevice resource type"
// -> "managedDevice"), or "" when the H1 is not "name [kind]".
func h1Name(h1 string) string {
	m := h1TypeRE.FindStringSubmatch(strings.ReplaceAll(h1, "`", ""))
	if m == nil {
		return ""
	}
	rest := strings.TrimSpace(strings.ReplaceAll(h1, "`", "")[len(m[0]):])
	if m[2] == "" && rest != "" {
		// "Use the Microsoft Search API to query data".
		return ""
	}
	return m[1]
}

// h1Kind returns the kind words of an H1 ("resource type", "enum type").
func h1Kind(h1 string) string {
	m := h1TypeRE.FindStringSubmatch(strings.ReplaceAll(h1, "`", ""))
	if m == nil {
		return ""
	}
	return strings.ToLower(m[2])
}

// readResource reads a resource page: one type, named by the resource
// annotation or the H1, with the rows of its Properties, Relationships and
// Methods tables and what its JSON representation adds; plus the enums
// the page declares in "X values" tables.
func (w *walker) readResource(secs []*section) {
	a, fence := w.resourceFence(secs)
	t := &model.Type{Pos: w.h1, Version: w.page.Version, Page: w.page.File, Kind: model.TypeComplex}
	if t.Pos.Line == 0 && a != nil {
		t.Pos = a.pos
	}
	if t.Pos.Line == 0 {
		t.Pos = w.page.Pos // no H1 and no annotation
	}
	ns := w.pageNamespace()
	switch {
	case a != nil && a.ODataType != "":
		t.Namespace, t.Name = splitQualified(a.ODataType, ns)
	case a != nil && strings.Contains(a.AtType, "."):
		// "@type": "microsoft.graph.systemFacet" on a page whose H1 is
		// "System facet".
		t.Namespace, t.Name = splitQualified(a.AtType, ns)
	case h1Name(w.page.H1) != "":
		t.Namespace, t.Name = splitQualified(h1Name(w.page.H1), ns)
	}
	var props, navs []model.Property
	var enums []enumTable
	for _, s := range secs {
		switch title := strings.ToLower(strings.TrimSpace(s.title)); {
		case strings.HasSuffix(title, "properties"):
			// "Properties", and once "operationError Properties".
			props = append(props, w.propertyTables(s, false, &enums)...)
		case strings.HasSuffix(title, "relationships"):
			navs = append(navs, w.propertyTables(s, true, &enums)...)
		case title == "methods":
			t.Methods = append(t.Methods, w.methodTables(s)...)
		default:
			w.enumTables(s, &enums)
		}
	}
	if t.Name == "" {
		if a == nil && len(props)+len(navs) == 0 {
			w.d.infof(w.page.Pos, "resource-no-type", "the page is a resource page but defines no type (no resource annotation, no Properties table, and the H1 names no type)")
			return
		}
		w.d.warnf(t.Pos, "resource-name-missing", "cannot tell the name of the type the page defines: give the JSON representation a resource annotation with \"@odata.type\", or start the H1 with the type's name")
		return
	}
	t.Description = w.preambleText()
	if a != nil {
		w.readResourceAnnotation(t, a)
	}
	if t.Base == "" {
		t.Base = w.inheritsFrom(ns)
	}
	t.Open = t.Open || w.saysOpenType()
	if fence != nil {
		props = w.readResourceJSON(fence, props, navs, t.Open)
	}
	t.Properties = w.dedupProperties(append(props, navs...))
	if p := propertyByName(t, t.Key); p != nil {
		// "keyProperty": "ID" for the property id.
		t.Key = p.Name
	}
	t.Kind = resourceKind(t, w.page.H1)
	w.page.Types = append(w.page.Types, t)
	w.page.Types = append(w.page.Types, w.attachEnums(t, enums)...)
}

// resourceFence finds the JSON representation: the code fence the
// "blockType": "resource" annotation marks, or else the first fence that
// holds a JSON object in a "JSON representation" section.
func (w *walker) resourceFence(secs []*section) (*annotation, ast.Node) {
	var fallback ast.Node
	for _, s := range append([]*section{&w.pre}, secs...) {
		title := strings.ToLower(s.title)
		jsonSection := strings.Contains(title, "json") || strings.Contains(title, "representation")
		for _, b := range s.blocks {
			if _, ok := b.n.(*ast.FencedCodeBlock); !ok {
				continue
			}
			if b.annotation != nil && b.annotation.BlockType == "resource" {
				return b.annotation, b.n
			}
			if jsonSection && fallback == nil && b.annotation == nil {
				if ls := codeLines(b.n, w.src); firstNonBlank(ls) >= 0 && strings.HasPrefix(strings.TrimSpace(ls[firstNonBlank(ls)].text), "{") {
					fallback = b.n
				}
			}
		}
	}
	return nil, fallback
}

// readResourceAnnotation takes the base type, key, and the abstract and
// open flags from the resource annotation.
func (w *walker) readResourceAnnotation(t *model.Type, a *annotation) {
	if b := str(a.BaseType); b != "" {
		ns, name := splitQualified(b, defaultNamespace)
		t.Base = ns + "." + name
	}
	t.Key = str(a.KeyProperty)
	t.Abstract = truthy(a.Abstract) || truthy(a.IsAbstract)
	t.Open = truthy(a.OpenType)
}

// openTypeRE finds the sentences that make a type open without an
// openType annotation: "This type is an open type.", "This is an Open
// Type.", "It is an Open Type", "Properties of an Open Type can be defined
// by the client", an H1 ending "(Open Type)".
var openTypeRE = regexp.MustCompile(`(?i)\b(?:this (?:type )?is an open type|it is an open type|properties of an open type can be defined|properties of this open type)\b|\(open type\)`)

// saysOpenType reports whether the H1 or a paragraph before the first H2
// says the type is open (about 19 pages, plannerAssignments among them).
func (w *walker) saysOpenType() bool {
	if openTypeRE.MatchString(w.page.H1) {
		return true
	}
	for _, b := range w.pre.blocks {
		if p, ok := b.n.(*ast.Paragraph); ok && openTypeRE.MatchString(inlineText(p, w.src).text) {
			return true
		}
	}
	return false
}

// inheritsFromRE finds the base a sentence names: "Inherits from [x]",
// "Derived from [x]", "This type inherits from [x]", "The drive resource
// is derived from [**baseItem**]", "chatMessageHostedContent derives from
// [x]", "Inherits from base class [x]", "derived from the [x]", "This type
// will inherit from [x]" (beta identity providers). The name is
// the link's text.
var inheritsFromRE = regexp.MustCompile(`(?i)\b(?:inherits|will inherit|derived|derives) from (?:the )?(?:(?:base|abstract) )?(?:class |type |entity |resource )?\**([A-Za-z][\w.]*)\**`)

// inheritsFrom reads the base type from a sentence such as "Inherits from
// [x](x.md)." or "Derived from [x](x.md)." in a paragraph before the first
// H2 (about 530 pages say it only there), as a qualified name. The name
// must be the text of a link of the paragraph.
func (w *walker) inheritsFrom(ns string) string {
	for _, b := range w.pre.blocks {
		p, ok := b.n.(*ast.Paragraph)
		if !ok {
			continue
		}
		in := inlineText(p, w.src)
		m := inheritsFromRE.FindStringSubmatch(in.text)
		if m == nil {
			continue
		}
		name := strings.TrimRight(m[1], ".")
		for _, l := range in.links {
			if strings.Trim(l.text, "`* ") == name {
				bns, bname := splitQualified(name, ns)
				return bns + "." + bname
			}
		}
	}
	return ""
}

// resourceKind tells an entity from a complex type. The docs do not say
// it in one place, so the rule is: a type is an entity when its
// annotation has a keyProperty; else a complex type when the H1 says
// "complex type"; else an entity when its base is microsoft.graph.entity,
// or when it has an id property and a base type, methods, relationships or
// an id described as the key (complex types such as identity and
// itemReference have an id but none of these); else a complex type. A resolver may correct the kind along the
// base chain.
func resourceKind(t *model.Type, h1 string) string {
	hasID, keyID, hasNav := false, false, false
	for _, p := range t.Properties {
		if strings.EqualFold(p.Name, "id") && !p.Navigation {
			hasID, keyID = true, keyWordRE.MatchString(p.Description)
		}
		hasNav = hasNav || p.Navigation
	}
	switch {
	case t.Key != "":
		return model.TypeEntity
	case h1Kind(h1) == "complex type":
		return model.TypeComplex
	case t.Base == defaultNamespace+".entity":
		return model.TypeEntity
	case hasID && (t.Base != "" || len(t.Methods) > 0 || hasNav || keyID):
		return model.TypeEntity
	}
	return model.TypeComplex
}

// preambleText is the first paragraph between the H1 and the first H2
// that is neither the Namespace line, an include nor a note.
func (w *walker) preambleText() string {
	for _, b := range w.pre.blocks {
		p, ok := b.n.(*ast.Paragraph)
		if !ok || isInclude(p, w.src) {
			continue
		}
		t := inlineText(p, w.src).text
		if noteStartRE.MatchString(t) {
			continue
		}
		if rest, ok := strings.CutPrefix(t, "Namespace:"); ok {
			// The Namespace line, with the text that may follow it
			// in the same paragraph.
			f := strings.Fields(rest)
			if len(f) == 0 {
				continue
			}
			t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), f[0]))
		}
		if t != "" {
			return t
		}
	}
	return ""
}
