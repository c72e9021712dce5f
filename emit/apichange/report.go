package apichange

import (
	"cmp"
	"slices"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Change categories.
const (
	CatOperation  = "operation"
	CatParameter  = "parameter"
	CatBody       = "body"
	CatResult     = "result"
	CatType       = "type"
	CatProperty   = "property"
	CatMember     = "enum member"
	CatPermission = "permission"
	CatGo         = "go"
	// CatLock: where the lock kept a name or a place that the rules
	// would have changed, at a cost (a field kept as JSON, a type moved
	// with aliases left, a name given up), from the new side's generation.
	CatLock = "lock"
)

// categories are the change categories in report order.
func categories() []string {
	return []string{CatOperation, CatParameter, CatBody, CatResult, CatType, CatProperty, CatMember, CatPermission, CatGo, CatLock}
}

// Change actions.
const (
	Added   = "added"
	Removed = "removed"
	Changed = "changed"
	// Raised: a route's least privileged permission of a kind changed
	// and the old one is no longer accepted.
	Raised = "raised"
)

// Verdicts: the semantic version bump a report calls for.
const (
	Major = "major" // some change breaks callers
	Minor = "minor" // something was added, nothing breaks
	Patch = "patch" // nothing a caller sees was added or broken
)

// Change is one difference between the two sides.
type Change struct {
	Category string `json:"category"`
	Action   string `json:"action"`
	// Subject is what changed: "GET /users/{}", "microsoft.graph.user",
	// "microsoft.graph.user.displayName", a Go object ("users.(*Client).Get").
	Subject string `json:"subject"`
	// Detail says how, when Action does not: "String -> Int32".
	Detail   string `json:"detail,omitempty"`
	Breaking bool   `json:"breaking,omitempty"`
	// Pos is the page line that caused the change: on the old side for
	// something removed, on the new side otherwise. Its line is 0 when
	// only the page is known (a generated output names its pages only).
	Pos model.Pos `json:"pos,omitzero"`
}

// Version is the changes of one API version ("beta", "v1.0"; "runtime"
// for the Go runtime package), sorted by category, breaking first, then
// subject.
type Version struct {
	Version string   `json:"version"`
	Changes []Change `json:"changes"`
}

// Report is the result of a comparison.
type Report struct {
	Old string `json:"old"`
	New string `json:"new"`
	// Verdict is Major, Minor or Patch.
	Verdict  string `json:"verdict"`
	Breaking int    `json:"breaking"`
	// Summary counts the changes by version and category (Counts).
	Summary  []Count    `json:"summary"`
	Versions []*Version `json:"versions"`
	// Notes say what could not be compared (a side without a model).
	Notes []string `json:"notes,omitempty"`
}

// NewReport groups changes by version and sets the verdict.
func NewReport(oldName, newName string, changes map[string][]Change, notes []string) *Report {
	r := &Report{Old: oldName, New: newName, Verdict: Patch, Notes: notes}
	for _, v := range sortedVersions(changes) {
		cs := slices.Clone(changes[v])
		sortChanges(cs)
		r.Versions = append(r.Versions, &Version{Version: v, Changes: cs})
		for _, c := range cs {
			switch {
			case c.Breaking:
				r.Breaking++
				r.Verdict = Major
			case c.Action == Added && r.Verdict == Patch:
				r.Verdict = Minor
			}
		}
	}
	r.Summary = r.Counts()
	return r
}

// sortedVersions are the versions with changes: beta, v1.0, then others.
func sortedVersions(changes map[string][]Change) []string {
	var vs []string
	for v, cs := range changes {
		if len(cs) > 0 {
			vs = append(vs, v)
		}
	}
	rank := func(v string) int {
		switch v {
		case model.VersionBeta:
			return 0
		case model.VersionV1:
			return 1
		}
		return 2
	}
	slices.SortFunc(vs, func(a, b string) int { return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b)) })
	return vs
}

func sortChanges(cs []Change) {
	slices.SortStableFunc(cs, func(a, b Change) int {
		return cmp.Or(
			cmp.Compare(categoryRank(a.Category), categoryRank(b.Category)),
			-cmp.Compare(boolInt(a.Breaking), boolInt(b.Breaking)),
			cmp.Compare(a.Subject, b.Subject),
			cmp.Compare(a.Action, b.Action),
			cmp.Compare(a.Detail, b.Detail),
		)
	})
}

func categoryRank(c string) int {
	cats := categories()
	if i := slices.Index(cats, c); i >= 0 {
		return i
	}
	return len(cats)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Count is one row of a report's summary: the changes of a version and
// category by action, and how many break callers.
type Count struct {
	Version  string `json:"version"`
	Category string `json:"category"`
	Added    int    `json:"added"`
	Removed  int    `json:"removed"`
	Changed  int    `json:"changed"`
	Breaking int    `json:"breaking"`
}

// Counts summarises the report, by version then category.
func (r *Report) Counts() []Count {
	var out []Count
	for _, v := range r.Versions {
		by := map[string]*Count{}
		for _, c := range v.Changes {
			n := by[c.Category]
			if n == nil {
				n = &Count{Version: v.Version, Category: c.Category}
				by[c.Category] = n
			}
			switch c.Action {
			case Added:
				n.Added++
			case Removed:
				n.Removed++
			default:
				n.Changed++
			}
			if c.Breaking {
				n.Breaking++
			}
		}
		for _, cat := range categories() {
			if n := by[cat]; n != nil {
				out = append(out, *n)
			}
		}
	}
	return out
}
