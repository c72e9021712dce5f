package graph

import (
	"encoding"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

// The Edm types are text values and stringers.
var (
	_ encoding.TextMarshaler   = Date{}
	_ encoding.TextUnmarshaler = (*Date)(nil)
	_ fmt.Stringer             = Date{}
	_ encoding.TextMarshaler   = TimeOfDay{}
	_ encoding.TextUnmarshaler = (*TimeOfDay)(nil)
	_ fmt.Stringer             = TimeOfDay{}
	_ encoding.TextMarshaler   = Duration(0)
	_ encoding.TextUnmarshaler = (*Duration)(nil)
	_ fmt.Stringer             = Duration(0)
)

func TestDateText(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Date
	}{
		{"2021-06-30", Date{2021, time.June, 30}},
		{"2024-02-29", Date{2024, time.February, 29}},
		{"2000-02-29", Date{2000, time.February, 29}},
		{"0000-01-01", Date{0, time.January, 1}},
		{"9999-12-31", Date{9999, time.December, 31}},
		{"0987-10-05", Date{987, time.October, 5}},
	} {
		var d Date
		if err := d.UnmarshalText([]byte(tc.text)); err != nil || d != tc.want {
			t.Errorf("UnmarshalText(%q) = %+v, %v; want %+v", tc.text, d, err, tc.want)
		}
		out, err := tc.want.MarshalText()
		if err != nil || string(out) != tc.text || tc.want.String() != tc.text {
			t.Errorf("MarshalText(%+v) = %q, %v, String %q; want %q", tc.want, out, err, tc.want.String(), tc.text)
		}
	}
}

func TestDateTextErrors(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // in the error
	}{
		{"2021-13-01", "month 13 is not 01 to 12"},
		{"2021-00-01", "month 00"},
		{"2021-02-29", "day 29 is not 01 to 28"},
		{"2021-04-31", "day 31 is not 01 to 30"},
		{"2021-01-00", "day 00"},
		{"2021-1-01", "want YYYY-MM-DD"},
		{"21-01-01", "want YYYY-MM-DD"},
		{"2021/01/01", "want YYYY-MM-DD"},
		{"2021-01-01T00:00:00Z", "want YYYY-MM-DD"},
		{"-001-01-01", "want YYYY-MM-DD"},
		{"+021-01-01", "want YYYY-MM-DD"},
		{"2021-0a-01", "want YYYY-MM-DD"},
		{"", "want YYYY-MM-DD"},
		{strings.Repeat("9", 100), `"9999999999999999999999999999999999999999..."`},
	} {
		d := Date{1, 2, 3}
		err := d.UnmarshalText([]byte(tc.text))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "Edm.Date") {
			t.Errorf("UnmarshalText(%q) error = %v; want %q", tc.text, err, tc.want)
		}
		if d != (Date{1, 2, 3}) {
			t.Errorf("UnmarshalText(%q) changed the value to %+v", tc.text, d)
		}
	}
}

func TestDateValidity(t *testing.T) {
	for _, tc := range []struct {
		d     Date
		valid bool
		str   string
	}{
		{Date{}, false, "0000-00-00"},
		{Date{2021, 2, 29}, false, "2021-02-29"},
		{Date{10000, 1, 1}, false, "10000-01-01"},
		{Date{-1, 1, 1}, false, "-0001-01-01"},
		{Date{2021, 13, 1}, false, "2021-13-01"},
		{Date{2021, 12, 31}, true, "2021-12-31"},
	} {
		if got := tc.d.IsValid(); got != tc.valid {
			t.Errorf("%+v.IsValid() = %v", tc.d, got)
		}
		if got := tc.d.String(); got != tc.str {
			t.Errorf("%+v.String() = %q; want %q", tc.d, got, tc.str)
		}
		if _, err := tc.d.MarshalText(); (err == nil) != tc.valid {
			t.Errorf("%+v.MarshalText() error = %v", tc.d, err)
		}
	}
	if !(Date{}).IsZero() || (Date{2021, 1, 1}).IsZero() {
		t.Error("IsZero is wrong")
	}
}

func TestDateTime(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	ts := time.Date(2021, time.March, 31, 23, 30, 0, 0, time.UTC)
	if got := DateOf(ts); got != (Date{2021, time.March, 31}) {
		t.Errorf("DateOf(UTC) = %v", got)
	}
	if got := DateOf(ts.In(tokyo)); got != (Date{2021, time.April, 1}) {
		t.Errorf("DateOf(JST) = %v", got)
	}
	got := Date{2021, time.April, 1}.In(tokyo)
	if want := time.Date(2021, time.April, 1, 0, 0, 0, 0, tokyo); !got.Equal(want) || got.Location() != tokyo {
		t.Errorf("In = %v; want %v", got, want)
	}
}

func TestTimeOfDayText(t *testing.T) {
	for _, tc := range []struct {
		text string
		want TimeOfDay
		out  string // MarshalText, when not text
	}{
		{"15:04:05", TimeOfDay{15, 4, 5, 0}, ""},
		{"00:00:00", TimeOfDay{}, ""},
		{"23:59:59.999999999", TimeOfDay{23, 59, 59, 999999999}, ""},
		{"08:00:00.0000000", TimeOfDay{8, 0, 0, 0}, "08:00:00"},
		{"08:30:00.5000000", TimeOfDay{8, 30, 0, 500000000}, "08:30:00.5"},
		{"08:30:00.1", TimeOfDay{8, 30, 0, 100000000}, ""},
		{"08:30:00.000000001", TimeOfDay{8, 30, 0, 1}, ""},
		{"08:30:00.123456789999", TimeOfDay{8, 30, 0, 123456789}, "08:30:00.123456789"},
		{"17:45", TimeOfDay{17, 45, 0, 0}, "17:45:00"},
	} {
		var got TimeOfDay
		if err := got.UnmarshalText([]byte(tc.text)); err != nil || got != tc.want {
			t.Errorf("UnmarshalText(%q) = %+v, %v; want %+v", tc.text, got, err, tc.want)
		}
		want := tc.out
		if want == "" {
			want = tc.text
		}
		out, err := tc.want.MarshalText()
		if err != nil || string(out) != want || tc.want.String() != want {
			t.Errorf("MarshalText(%+v) = %q, %v, String %q; want %q", tc.want, out, err, tc.want.String(), want)
		}
	}
}

func TestTimeOfDayTextErrors(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // in the error
	}{
		{"24:00:00", "hour 24 is not 00 to 23"},
		{"12:60:00", "minute 60 is not 00 to 59"},
		{"12:00:60", "second 60 is not 00 to 59"},
		{"12:00:00.", "1 to 12 digits"},
		{"12:00:00.1234567890123", "1 to 12 digits"},
		{"12:00:00.12a", "want HH:MM:SS"},
		{"12:00:00.1234567890a", "want HH:MM:SS"},
		{"12:00:00Z", "want HH:MM:SS"},
		{"12:00:00+01:00", "want HH:MM:SS"},
		{"1:00:00", "want HH:MM:SS"},
		{"12:00:0", "want HH:MM:SS"},
		{"12:0", "want HH:MM:SS"},
		{"12-00-00", "want HH:MM:SS"},
		{"ab:cd:ef", "want HH:MM:SS"},
		{"PT8H", "want HH:MM:SS"},
		{"", "want HH:MM:SS"},
	} {
		got := TimeOfDay{1, 2, 3, 4}
		err := got.UnmarshalText([]byte(tc.text))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "Edm.TimeOfDay") {
			t.Errorf("UnmarshalText(%q) error = %v; want %q", tc.text, err, tc.want)
		}
		if got != (TimeOfDay{1, 2, 3, 4}) {
			t.Errorf("UnmarshalText(%q) changed the value to %+v", tc.text, got)
		}
	}
}

func TestTimeOfDayValidity(t *testing.T) {
	for _, tc := range []struct {
		t     TimeOfDay
		valid bool
	}{
		{TimeOfDay{}, true},
		{TimeOfDay{23, 59, 59, 999999999}, true},
		{TimeOfDay{24, 0, 0, 0}, false},
		{TimeOfDay{0, 60, 0, 0}, false},
		{TimeOfDay{0, 0, 60, 0}, false},
		{TimeOfDay{0, 0, 0, 1e9}, false},
		{TimeOfDay{-1, 0, 0, 0}, false},
		{TimeOfDay{0, 0, 0, -1}, false},
	} {
		if got := tc.t.IsValid(); got != tc.valid {
			t.Errorf("%+v.IsValid() = %v", tc.t, got)
		}
		if _, err := tc.t.MarshalText(); (err == nil) != tc.valid {
			t.Errorf("%+v.MarshalText() error = %v", tc.t, err)
		}
	}
	ts := time.Date(2021, 1, 2, 13, 14, 15, 16, time.FixedZone("X", 3600))
	if got := TimeOfDayOf(ts); got != (TimeOfDay{13, 14, 15, 16}) {
		t.Errorf("TimeOfDayOf = %+v", got)
	}
}

func TestDurationText(t *testing.T) {
	const day = 24 * time.Hour
	for _, tc := range []struct {
		d    time.Duration
		text string
	}{
		{0, "PT0S"},
		{90 * time.Minute, "PT1H30M"},
		{day + 2*time.Hour, "P1DT2H"},
		{day, "P1D"},
		{-5500 * time.Millisecond, "-PT5.5S"},
		{time.Nanosecond, "PT0.000000001S"},
		{-time.Nanosecond, "-PT0.000000001S"},
		{time.Hour + time.Second, "PT1H1S"},
		{3*day + 4*time.Hour + 5*time.Minute + 6*time.Second + 7*time.Millisecond, "P3DT4H5M6.007S"},
		{59 * time.Second, "PT59S"},
		{25 * time.Hour, "P1DT1H"},
		{math.MaxInt64, "P106751DT23H47M16.854775807S"},
		{math.MinInt64, "-P106751DT23H47M16.854775808S"},
	} {
		d := Duration(tc.d)
		out, err := d.MarshalText()
		if err != nil || string(out) != tc.text || d.String() != tc.text {
			t.Errorf("MarshalText(%v) = %q, %v, String %q; want %q", tc.d, out, err, d.String(), tc.text)
		}
		var got Duration
		if err := got.UnmarshalText([]byte(tc.text)); err != nil || got.Std() != tc.d {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", tc.text, got.Std(), err, tc.d)
		}
	}
}

func TestDurationParse(t *testing.T) {
	for _, tc := range []struct {
		text string
		want time.Duration
	}{
		{"PT36H", 36 * time.Hour},
		{"PT90M", 90 * time.Minute},
		{"PT3600S", time.Hour},
		{"P0D", 0},
		{"-PT0S", 0},
		{"+PT1S", time.Second},
		{"PT0.5S", 500 * time.Millisecond},
		{"PT1.0000000S", time.Second},
		{"PT1.1234567891S", time.Second + 123456789},
		{"P2DT0H0M0S", 48 * time.Hour},
		{"P1DT1M", 24*time.Hour + time.Minute},
		{"PT00001H", time.Hour},
		{"-P106751DT23H47M16.854775808S", math.MinInt64},
		{"PT9223372036.854775807S", math.MaxInt64},
	} {
		var got Duration
		if err := got.UnmarshalText([]byte(tc.text)); err != nil || got.Std() != tc.want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", tc.text, got.Std(), err, tc.want)
		}
	}
}

func TestDurationParseErrors(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // in the error
	}{
		{"P1Y", "day-time duration"},
		{"P1M", "day-time duration"},
		{"P1Y2M3DT4H", "day-time duration"},
		{"-P2M", "day-time duration"},
		{"PT1Y", "day-time duration"},
		{"P1W", "unexpected 'W'"},
		{"PT1D", "unexpected 'D'"},
		{"P1H", "unexpected 'H'"},
		{"P1S", "unexpected 'S'"},
		{"P", "at least one"},
		{"-P", "at least one"},
		{"PT", "'T' must come once"},
		{"P1DT", "'T' must come once"},
		{"PTT1H", "'T' must come once"},
		{"PT1HT1M", "'T' must come once"},
		{"PT1M1H", "in the order"},
		{"PT1H1H", "in the order"},
		{"P1D1D", "in the order"},
		{"PT1.5H", "only seconds"},
		{"P1.5D", "only seconds"},
		{"PT1.S", "a digit must follow"},
		{"PT.5S", "want [-]P"},
		{"PT1", "want [-]P"},
		{"PTH", "want [-]P"},
		{"PT-1H", "want [-]P"},
		{"1H", "want [-]P"},
		{"pt1h", "want [-]P"},
		{"--PT1S", "want [-]P"},
		{" PT1S", "want [-]P"},
		{"PT1S ", "want [-]P"},
		{"", "want [-]P"},
		{"01:00:00", "want [-]P"},
		{"PT9223372036.854775808S", "out of the range"},
		{"-PT9223372036.854775809S", "out of the range"},
		{"P106752D", "out of the range"},
		{"PT99999999999999999999H", "out of the range"},
		{"PT5124095576030431H", "out of the range"},
		{"P99999999999999999D", "out of the range"},
		{"P99999999999999999999DT1X", "unexpected 'X'"},
	} {
		got := Duration(42)
		err := got.UnmarshalText([]byte(tc.text))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "Edm.Duration") {
			t.Errorf("UnmarshalText(%q) error = %v; want %q", tc.text, err, tc.want)
		}
		if got != 42 {
			t.Errorf("UnmarshalText(%q) changed the value to %v", tc.text, got.Std())
		}
	}
}

// TestEdmJSON checks the types as JSON members, pointers, nulls and map keys.
func TestEdmJSON(t *testing.T) {
	type body struct {
		Date     Date       `json:"date"`
		Time     TimeOfDay  `json:"time"`
		Duration Duration   `json:"duration"`
		PDate    *Date      `json:"pDate,omitempty"`
		PTime    *TimeOfDay `json:"pTime,omitempty"`
		PDur     *Duration  `json:"pDur,omitempty"`
	}
	in := body{
		Date:     Date{2021, 6, 30},
		Time:     TimeOfDay{8, 0, 0, 0},
		Duration: Duration(90 * time.Minute),
		PDur:     Ptr(Duration(-time.Second)),
	}
	data, err := json.Marshal(in)
	want := `{"date":"2021-06-30","time":"08:00:00","duration":"PT1H30M","pDur":"-PT1S"}`
	if err != nil || string(data) != want {
		t.Fatalf("Marshal = %s, %v; want %s", data, err, want)
	}
	var out body
	if err := json.Unmarshal(data, &out); err != nil || out.Date != in.Date || out.Time != in.Time ||
		out.Duration != in.Duration || out.PDate != nil || out.PTime != nil || out.PDur == nil || *out.PDur != *in.PDur {
		t.Fatalf("Unmarshal = %+v, %v", out, err)
	}

	// null leaves values alone and sets pointers to nil.
	if err := json.Unmarshal([]byte(`{"date":null,"time":null,"duration":null,"pDur":null}`), &out); err != nil ||
		out.Date != in.Date || out.Time != in.Time || out.Duration != in.Duration || out.PDur != nil {
		t.Fatalf("Unmarshal nulls = %+v, %v", out, err)
	}

	// Errors surface from json.Unmarshal and json.Marshal.
	for _, bad := range []string{`{"date":"2021-13-01"}`, `{"time":"25:00:00"}`, `{"duration":"P1Y"}`, `{"date":20210101}`} {
		if err := json.Unmarshal([]byte(bad), &out); err == nil {
			t.Errorf("Unmarshal(%s) succeeded", bad)
		}
	}
	if _, err := json.Marshal(body{}); err == nil || !strings.Contains(err.Error(), "Edm.Date") {
		t.Errorf("Marshal of a zero Date: error = %v", err)
	}

	// Map keys.
	keys := map[Date]map[Duration]TimeOfDay{
		{2021, 1, 2}: {Duration(time.Hour): {9, 30, 0, 0}},
		{2020, 1, 2}: {Duration(0): {}},
	}
	data, err = json.Marshal(keys)
	want = `{"2020-01-02":{"PT0S":"00:00:00"},"2021-01-02":{"PT1H":"09:30:00"}}`
	if err != nil || string(data) != want {
		t.Fatalf("Marshal map = %s, %v; want %s", data, err, want)
	}
	var back map[Date]map[Duration]TimeOfDay
	if err := json.Unmarshal(data, &back); err != nil || mustJSON(back) != want {
		t.Fatalf("Unmarshal map = %v, %v", back, err)
	}
}

func TestEdmStringer(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want string
	}{
		{Date{2021, 6, 30}, "2021-06-30"},
		{&Date{2021, 6, 30}, "2021-06-30"},
		{TimeOfDay{8, 5, 0, 250000000}, "08:05:00.25"},
		{Duration(36 * time.Hour), "P1DT12H"},
	} {
		if got := fmt.Sprint(tc.v); got != tc.want {
			t.Errorf("Sprint(%#v) = %q; want %q", tc.v, got, tc.want)
		}
	}
}

// TestDurationTimeSpanLimits: .NET's TimeSpan.MaxValue and MinValue, which
// Graph sends for "no limit", read as the largest and smallest Duration.
func TestDurationTimeSpanLimits(t *testing.T) {
	for in, want := range map[string]Duration{DurationMaxText: math.MaxInt64, DurationMinText: math.MinInt64} {
		var d Duration
		if err := d.UnmarshalText([]byte(in)); err != nil || d != want {
			t.Errorf("%s: got %v, %v; want %v", in, int64(d), err, int64(want))
		}
	}
	var d Duration
	if err := d.UnmarshalText([]byte("P10675199DT2H48M5.4775808S")); err == nil {
		t.Error("one tick past TimeSpan.MaxValue: no error")
	}
}
