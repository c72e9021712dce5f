package main

import (
	"slices"
	"strings"

	"github.com/graphsdkgen/graphsdkgen/emit/examplecheck"
	"github.com/graphsdkgen/graphsdkgen/model"
)

// verdict says whose error a replay failure is, from evidence: the example
// check (emit/examplecheck, what `lint` reports) of the same example.
//
//   - "docs: <code>" when the check finds a contradiction between the
//     example and its page and cites the page line it contradicts; cite
//     lists those lines.
//   - "ambiguous: <reason>" when the only findings are ones the docs
//     leave undecided (an enum value differing from a member only in
//     case, see examplecheck's package doc).
//   - "generator" otherwise: the example agrees with its page as far as
//     the check can tell, so the client (or the check) is wrong until
//     shown otherwise.
//
// The failure's message is not read: it only says what failed, not whose
// error it is.
func verdict(e *examplecheck.Example) (v string, cite []string) {
	if e == nil {
		return "generator", nil
	}
	var reasons []string
	var codes []string
	for _, d := range e.Findings {
		switch {
		case examplecheck.Ambiguous(d.Code):
			if r := examplecheck.AmbiguousReason(d.Code); !slices.Contains(reasons, r) {
				reasons = append(reasons, r)
			}
		case d.Code == examplecheck.CodeNotGraph || len(d.Related) == 0:
			// Not a contradiction, or one that cites nothing. (One object
			// wrapped in "value" is info in lint, since the client
			// unwraps it, but it contradicts the cited Response section:
			// evidence when the client fails on it, as on a type that has
			// a "value" property of its own.)
		default:
			if len(codes) == 0 || codes[len(codes)-1] != d.Code {
				codes = append(codes, d.Code)
			}
			cite = append(cite, d.Pos.String()+" "+d.Code+" (see "+posList(d.Related)+")")
		}
	}
	switch {
	case len(codes) > 0:
		return "docs: " + strings.Join(codes, ", "), cite
	case len(reasons) > 0:
		slices.Sort(reasons)
		return "ambiguous: " + strings.Join(reasons, "; "), nil
	}
	return "generator", nil
}

func posList(ps []model.Pos) string {
	var ss []string
	for _, p := range ps {
		ss = append(ss, p.String())
	}
	return strings.Join(ss, ", ")
}

// replayKey is the example check's key of a replay case: the test's
// package (module/<beta|v1>/<pkg>) and its subtest name (page#n).
func replayKey(pkg, test string) string {
	rel := strings.TrimPrefix(pkg, replayModule+"/")
	v, _, _ := strings.Cut(rel, "/")
	if v == "v1" {
		v = model.VersionV1
	}
	return v + " " + strings.TrimPrefix(test, "TestReplay/")
}
