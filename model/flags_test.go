package model

import "testing"

func TestFlagValues(t *testing.T) {
	members := func(vals ...int64) []EnumMember {
		var ms []EnumMember
		for _, v := range vals {
			ms = append(ms, EnumMember{Value: &v})
		}
		return ms
	}
	cases := []struct {
		ms   []EnumMember
		want bool
	}{
		{members(1, 2, 4, 8, 16), true}, // clonableTeamParts
		{members(0, 1, 2, 4), true},     // none plus three flags
		{members(0, 1, 2, 3), false},    // an ordinary enum
		{members(0, 1, 2), false},       // too few to tell
		{members(1, 2, 4, 4), false},    // a repeated value
		{append(members(1, 2, 4), EnumMember{Name: "unknownFutureValue"}), false}, // a member without a value
	}
	for i, tc := range cases {
		if got := flagValues(tc.ms); got != tc.want {
			t.Errorf("case %d: flagValues = %v, want %v", i, got, tc.want)
		}
	}
}
