package graph

import "testing"

// An optional function argument ({?name}) with an empty value is left out
// of the call, with its comma; given, it is filled like any other.
func TestExpandPathOptionalArgs(t *testing.T) {
	const tmpl = "/reports/getGroupArchivedPrintJobs(groupId='{groupId}',startDateTime={?startDateTime},endDateTime={?endDateTime})"
	for _, tc := range []struct {
		tmpl   string
		values []string
		want   string
	}{
		{tmpl, []string{"g1", "2021-01-01T00:00:00Z", "2021-02-01T00:00:00Z"}, "/reports/getGroupArchivedPrintJobs(groupId='g1',startDateTime=2021-01-01T00%3A00%3A00Z,endDateTime=2021-02-01T00%3A00%3A00Z)"},
		{tmpl, []string{"g1", "", ""}, "/reports/getGroupArchivedPrintJobs(groupId='g1')"},
		{tmpl, []string{"g1", "", "2021-02-01"}, "/reports/getGroupArchivedPrintJobs(groupId='g1',endDateTime=2021-02-01)"},
		{"/range/rowsBelow(count={?count})", []string{""}, "/range/rowsBelow()"},
		{"/range/rowsBelow(count={?count})", []string{"3"}, "/range/rowsBelow(count=3)"},
		{"/f(a='{?a}',b='{?b}',c={c})/x/{id}", []string{"", "", "1", "i"}, "/f(c=1)/x/i"},
		{"/f(a='{?a}',b='{?b}')", []string{"", "o'k"}, "/f(b='o%27%27k')"},
	} {
		got, err := ExpandPath(tc.tmpl, tc.values...)
		if err != nil || got != tc.want {
			t.Errorf("ExpandPath(%q, %q) = %q, %v; want %q", tc.tmpl, tc.values, got, err, tc.want)
		}
	}
	// A {?x} that is no function argument is a required segment.
	if _, err := ExpandPath("/users/{?id}", ""); err == nil {
		t.Error("an empty {?id} segment expanded")
	}
}
