package parser

import (
	"strings"
)

// defaultNamespace is the namespace of a type no page or annotation places
// elsewhere.
const defaultNamespace = "microsoft.graph"

// subNamespaces maps the lower-cased Graph sub-namespaces of the corpus to
// their spelling in the resource annotations and Namespace lines, which a
// few pages miscase ("microsoft.graph.termstore" on the beta enums page).
var subNamespaces = map[string]string{
	"microsoft.graph.callrecords":        "microsoft.graph.callRecords",
	"microsoft.graph.ediscovery":         "microsoft.graph.ediscovery",
	"microsoft.graph.externalconnectors": "microsoft.graph.externalConnectors",
	"microsoft.graph.managedtenants":     "microsoft.graph.managedTenants",
	"microsoft.graph.termstore":          "microsoft.graph.termStore",
	"microsoft.graph.windowsupdates":     "microsoft.graph.windowsUpdates",
}

// canonicalNamespace spells a namespace the way the rest of the docs do:
// "microsoft.graph" in any case is "microsoft.graph", a known
// sub-namespace gets its usual case, anything else is kept as written.
// A trailing dot is dropped.
func canonicalNamespace(ns string) string {
	ns = strings.TrimSuffix(strings.TrimSpace(ns), ".")
	l := strings.ToLower(ns)
	if l == defaultNamespace || l == "" {
		return defaultNamespace
	}
	if c, ok := subNamespaces[l]; ok {
		return c
	}
	if rest, ok := strings.CutPrefix(l, defaultNamespace+"."); ok {
		return defaultNamespace + "." + ns[len(ns)-len(rest):]
	}
	return ns
}

// splitQualified splits "microsoft.graph.callRecords.session" into its
// canonical namespace and name; a name without a namespace gets ns.
func splitQualified(q, ns string) (namespace, name string) {
	q = strings.TrimPrefix(strings.TrimSpace(q), "#")
	i := strings.LastIndexByte(q, '.')
	if i < 0 {
		return canonicalNamespace(ns), q
	}
	return canonicalNamespace(q[:i]), q[i+1:]
}

// pageNamespace is the namespace a page's Namespace line gives, with a
// namespace-case diagnostic when the line miscases a known one.
func (w *walker) pageNamespace() string {
	ns := w.page.Namespace
	c := canonicalNamespace(ns)
	if ns != "" && c != ns && strings.EqualFold(c, ns) {
		w.d.infof(w.h1, "namespace-case", "the Namespace line says %q; the docs spell it %q", ns, c)
	}
	return c
}
