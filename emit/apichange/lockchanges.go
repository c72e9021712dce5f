package apichange

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/names"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// lockChanges are the lock's diagnostics of the new side's generation
// (lock-json, lock-moved, lock-renamed: where keeping the old names made
// the SDK differ from what the rules give, and why), as changes of
// category CatLock, per version (the version of the page each is at).
// They are not breaking themselves: what a caller sees of them is in the
// go category.
func lockChanges(m *model.Model, diags []model.Diagnostic) map[string][]Change {
	version := map[string]string{}
	for _, p := range m.Pages {
		version[p.File] = p.Version
	}
	for _, t := range m.Types {
		version[t.Pos.File] = t.Version
	}
	out := map[string][]Change{}
	for _, d := range diags {
		if !strings.HasPrefix(d.Code, "lock-") || d.Code == names.CodeLockRemoved {
			continue
		}
		v, ok := version[d.Pos.File]
		if !ok {
			continue
		}
		out[v] = append(out[v], Change{Category: CatLock, Action: Changed, Subject: d.Code, Detail: d.Message, Pos: d.Pos})
	}
	return out
}
