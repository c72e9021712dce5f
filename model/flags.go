package model

// flagValues reports whether enum members are bit flags, so that a value
// may combine several ("apps,tabs,settings"): the docs do not say it, but
// a flags enum numbers its members 1, 2, 4, 8, … (with an optional none =
// 0). Rule: every member has a value, the non-zero ones are distinct
// powers of two, there are at least three of them, and 4 is among them
// (so that 0, 1, 2 numbering an ordinary enum does not count). A false
// positive only lets a combination through; a false negative would refuse
// a valid one.
func flagValues(ms []EnumMember) bool {
	seen := map[int64]bool{}
	for _, m := range ms {
		if m.Value == nil {
			return false
		}
		v := *m.Value
		if v == 0 {
			continue
		}
		if v < 0 || v&(v-1) != 0 || seen[v] {
			return false
		}
		seen[v] = true
	}
	return len(seen) >= 3 && seen[4]
}
