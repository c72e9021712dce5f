package model

import "testing"

func TestOptionalArg(t *testing.T) {
	pg := &Page{FunctionParameters: []Param{
		{Name: "groupId", Required: true},
		{Name: "startDateTime", Optional: true},
	}}
	r := Route{Segments: []Segment{{Kind: SegmentFunction, Name: "getX", Args: []Arg{
		{Name: "groupId", Param: "groupId"}, {Name: "startDateTime", Param: "start"}}}}}
	for _, tc := range []struct {
		p    RouteParam
		want bool
	}{
		{RouteParam{Name: "groupId", In: "function"}, false},
		{RouteParam{Name: "start", Written: "start", In: "function"}, true}, // by the argument's name
		{RouteParam{Name: "startDateTime1", Written: "startDateTime", In: "function"}, true},
		{RouteParam{Name: "startDateTime", In: "path"}, false},
		{RouteParam{Name: "other", In: "function"}, false},
	} {
		if got := OptionalArg(pg, r, tc.p); got != tc.want {
			t.Errorf("%+v: %v, want %v", tc.p, got, tc.want)
		}
	}
}
