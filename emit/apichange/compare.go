package apichange

import (
	"github.com/graphsdkgen/graphsdkgen/model"
)

// side is one model with its pages by file.
type side struct {
	m     *model.Model
	pages map[string]*model.Page
}

func newSide(m *model.Model) *side {
	s := &side{m: m, pages: map[string]*model.Page{}}
	for _, p := range m.Pages {
		s.pages[p.File] = p
	}
	return s
}

// changes collects changes by version.
type changes map[string][]Change

func (cs changes) add(version string, c Change) { cs[version] = append(cs[version], c) }

// Compare reports what changed between two models, by version: operations,
// their parameters, bodies and results, types, properties, enum members
// and permissions (see the package doc). CompareGo adds the Go SDK's view.
func Compare(oldM, newM *model.Model) map[string][]Change {
	o, n := newSide(oldM), newSide(newM)
	cs := changes{}
	compareOperations(cs, o, n)
	compareTypes(cs, oldM.Types, newM.Types)
	return cs
}
