package parser

import "testing"

func TestMemberPropertyName(t *testing.T) {
	for in, want := range map[string]struct {
		name string
		ok   bool
	}{
		"implementationCost ":                  {"implementationCost", true},
		"displayName":                          {"displayName", true},
		"4e98f8f1-bb03-4015-b8e0-19bb370949d8": {"4e98f8f1-bb03-4015-b8e0-19bb370949d8", false},
		"ca2a1df2-e36b-4987-9f6b-0ea462f4eb47": {"ca2a1df2-e36b-4987-9f6b-0ea462f4eb47", false},
		"two words":                            {"two words", false},
	} {
		if n, ok := memberPropertyName(in); n != want.name || ok != want.ok {
			t.Errorf("memberPropertyName(%q) = %q, %v; want %q, %v", in, n, ok, want.name, want.ok)
		}
	}
}
