package examplecheck

import (
	"slices"
	"strings"
	"testing"
)

// stampPage is an API page whose parameter table has one member of each
// primitive whose format the check validates itself.
func stampPage(body string) string {
	return "---\ntitle: stamp\ndoc_type: apiPageType\n---\n\n# widget: stamp\n\nNamespace: microsoft.graph\n\n" +
		"## HTTP request\n\n```http\nPOST /widgets/{id}/stamp\n```\n\n" +
		"## Request body\n\n| Parameter | Type | Description |\n|:---|:---|:---|\n" +
		"| key | Binary | The key. |\n| period | Duration | How long. |\n| at | TimeOfDay | When. |\n| radius | Single | How far. |\n| note | String | A note. |\n| when | DateTimeOffset | When. |\n\n" +
		"## Response\n\nIf successful, this method returns a `204 No Content` response code.\n\n" +
		"## Example\n\n### Request\n\n```http\nPOST https://graph.microsoft.com/v1.0/widgets/1/stamp\nContent-type: application/json\n\n" + body + "\n```\n\n### Response\n\n```http\nHTTP/1.1 204 No Content\n```\n"
}

func checkStamp(t *testing.T, body string) *Report {
	t.Helper()
	return checkPages(t, map[string]string{"v1.0/api/widget-stamp.md": stampPage(body)})
}

// TestCheckFormats: values that are not of their documented primitive
// (kin-openapi accepts any run of base64 letters and does not know
// durations or times of day) are example-value findings at the member,
// citing its row; a member spelled in another case is example-member-case
// even when it is not required. The replay's client fails on each of
// them, and without these findings the failures were blamed on the
// generator.
func TestCheckFormats(t *testing.T) {
	good := `{"key": "AAEC", "period": "P1DT2H", "at": "08:30:00", "radius": 4.6666665, "note": "x", "when": "2021-01-01T00:00:00Z"}`
	if rep := checkStamp(t, good); len(rep.Diagnostics) != 0 {
		t.Fatalf("good body: %v", rep.Diagnostics)
	}
	for _, c := range []struct {
		body, code, want string
		row              int // the cited row's line
	}{
		{`{"key": "Binary"}`, CodeValue, `/key: string doesn't match the format "byte"`, 20},
		{`{"key": "a0b1c76de9f7="}`, CodeValue, `/key: string doesn't match the format "byte"`, 20},
		{`{"key": "base64Y3YxN2E1MWFlYw=="}`, CodeValue, `/key: string doesn't match the format "byte"`, 20},
		{`{"period": "2016-10-19T10:37:00Z"}`, CodeValue, `/period: string doesn't match the format "duration"`, 21},
		{`{"at": "String"}`, CodeValue, `/at: string doesn't match the format "time"`, 22},
		{`{"radius": 4.666666666666667}`, CodeValue, `/radius: 4.666666666666667 is not an Edm.Single`, 23},
		{`{"when": "datetime-value"}`, CodeValue, `/when: string doesn't match the format "date-time"`, 25},
		{`{"Note": "x"}`, CodeMemberCase, `has "Note" where the page writes "note"`, 24},
	} {
		rep := checkStamp(t, c.body)
		if len(rep.Diagnostics) != 1 {
			t.Errorf("%s: %d findings, want 1: %v", c.body, len(rep.Diagnostics), rep.Diagnostics)
			continue
		}
		d := rep.Diagnostics[0]
		if d.Code != c.code || !strings.Contains(d.Message, c.want) || d.Pos.Line != 39 || len(d.Related) != 1 || d.Related[0].Line != c.row {
			t.Errorf("%s: %s, want %s %q at line 39 citing line %d", c.body, d, c.code, c.want, c.row)
		}
	}
}

// TestCheckKindBelowCase: a member spelled in another case is still
// decoded by the client (encoding/json matches names in any case), so its
// value is checked against the row the schema does not reach
// (tiindicator-deletetiindicators answers "subCode": "subCode-value" for
// the Int32 subcode); a value the schema reaches is reported once.
func TestCheckKindBelowCase(t *testing.T) {
	rep := checkStamp(t, `{"Radius": "far", "note": 5}`)
	var got []string
	for _, d := range rep.Diagnostics {
		got = append(got, d.Code+" "+d.Message)
	}
	slices.Sort(got)
	want := []string{
		`example-member-case example 1: the request body has "Radius" where the page writes "radius"`,
		`example-value example 1: request body at /Radius: value must be a number`,
		`example-value example 1: request body at /note: value must be a string`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestFormatChecks: what each format check accepts, at the edges.
func TestFormatChecks(t *testing.T) {
	for s, ok := range map[string]bool{"": true, "AA==": true, "AAE=": true, "AAEC": true, "AAE": true, "-_8": true, "AB==": false, "AAEC=": false, "A": false, "QUJD!": false} {
		if (checkBase64(s) == nil) != ok {
			t.Errorf("base64 %q: ok %v", s, !ok)
		}
	}
	for s, ok := range map[string]bool{"PT1H": true, "P1D": true, "-P10675199DT2H48M5.4775807S": true, "P1Y2M": true, "P": false, "PT": false, "P1DT": false, "1H": false} {
		if (checkDuration(s) == nil) != ok {
			t.Errorf("duration %q: ok %v", s, !ok)
		}
	}
	for s, ok := range map[string]bool{"08:30": true, "23:59:59.9999999": true, "24:00:00": false, "8:30": false} {
		if (checkTimeOfDay(s) == nil) != ok {
			t.Errorf("time %q: ok %v", s, !ok)
		}
	}
	for f, ok := range map[float64]bool{0.1: true, 4.6666665: true, 16777216: true, 4.666666666666667: false, 16777217: false, 1e300: false} {
		if singleExact(f) != ok {
			t.Errorf("single %v: ok %v", f, !ok)
		}
	}
}
