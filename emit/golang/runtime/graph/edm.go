package graph

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
)

// Value types for the OData primitives that have no exact Go equivalent.
// Each implements encoding.TextMarshaler and encoding.TextUnmarshaler, so it
// is a JSON string in bodies and may be a map key, and fmt.Stringer, which
// gives the same text (the form a URL function parameter takes). A JSON null
// leaves a value unchanged; generated models use pointers for optional
// members, so a null or absent member is a nil pointer.

// Date is an Edm.Date, a calendar date without time or zone, written
// "2006-01-02". The zero value is not a valid date.
type Date struct {
	Year  int        // 0 to 9999
	Month time.Month // 1 to 12
	Day   int        // 1 to the number of days in the month
}

// DateOf returns the date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// In returns midnight at the start of d in loc. Like time.Date, it
// normalizes an invalid date and panics if loc is nil.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// IsZero reports whether d is the zero Date, the value of a Date that was
// never set.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a date that exists and has a four-digit
// year, that is whether MarshalText accepts it.
func (d Date) IsValid() bool {
	return d.Year >= 0 && d.Year <= 9999 && d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// String returns d as "2006-01-02", whether or not d is valid.
func (d Date) String() string { return string(d.appendText(make([]byte, 0, 10))) }

// MarshalText returns d as "2006-01-02"; it fails when d is not valid.
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsValid() {
		return nil, fmt.Errorf("graph: Edm.Date %s is not a valid date with a year from 0000 to 9999", d)
	}
	return d.appendText(make([]byte, 0, 10)), nil
}

// UnmarshalText sets d from "YYYY-MM-DD"; the date must exist.
func (d *Date) UnmarshalText(text []byte) error {
	s := string(text)
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return edmError("Date", s, "want YYYY-MM-DD")
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	day, ok3 := digits(s[8:10])
	switch {
	case !ok1 || !ok2 || !ok3:
		return edmError("Date", s, "want YYYY-MM-DD")
	case m < 1 || m > 12:
		return edmError("Date", s, "month "+s[5:7]+" is not 01 to 12")
	case day < 1 || day > daysIn(y, time.Month(m)):
		return edmError("Date", s, fmt.Sprintf("day %s is not 01 to %02d", s[8:10], daysIn(y, time.Month(m))))
	}
	*d = Date{Year: y, Month: time.Month(m), Day: day}
	return nil
}

func (d Date) appendText(b []byte) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

// TimeOfDay is an Edm.TimeOfDay, a clock time without date or zone, written
// "15:04:05" with optional fractional seconds ("08:00:00.0000000"). The zero
// value is midnight.
type TimeOfDay struct {
	Hour       int // 0 to 23
	Minute     int // 0 to 59
	Second     int // 0 to 59
	Nanosecond int // 0 to 999999999
}

// TimeOfDayOf returns the clock time of t in t's location.
func TimeOfDayOf(t time.Time) TimeOfDay {
	h, m, s := t.Clock()
	return TimeOfDay{Hour: h, Minute: m, Second: s, Nanosecond: t.Nanosecond()}
}

// IsValid reports whether every field of t is in range, that is whether
// MarshalText accepts it.
func (t TimeOfDay) IsValid() bool {
	return t.Hour >= 0 && t.Hour <= 23 && t.Minute >= 0 && t.Minute <= 59 &&
		t.Second >= 0 && t.Second <= 59 && t.Nanosecond >= 0 && t.Nanosecond <= 999999999
}

// String returns t as "15:04:05", followed by the fraction of a second
// without trailing zeros when it is not zero ("15:04:05.25"), whether or not
// t is valid.
func (t TimeOfDay) String() string { return string(t.appendText(make([]byte, 0, 18))) }

// MarshalText returns t as String does; it fails when t is not valid.
func (t TimeOfDay) MarshalText() ([]byte, error) {
	if !t.IsValid() {
		return nil, fmt.Errorf("graph: Edm.TimeOfDay %s is out of range", t)
	}
	return t.appendText(make([]byte, 0, 18)), nil
}

// UnmarshalText sets t from "HH:MM", "HH:MM:SS" or "HH:MM:SS.f" with 1 to
// 12 fractional digits (those past the ninth are dropped). Hours are 00 to
// 23, minutes and seconds 00 to 59.
func (t *TimeOfDay) UnmarshalText(text []byte) error {
	const want = "want HH:MM:SS with optional fractional seconds"
	s := string(text)
	if len(s) < 5 || s[2] != ':' || (len(s) > 5 && (len(s) < 8 || s[5] != ':')) {
		return edmError("TimeOfDay", s, want)
	}
	h, ok1 := digits(s[0:2])
	m, ok2 := digits(s[3:5])
	sec, ok3 := 0, true
	if len(s) > 5 {
		sec, ok3 = digits(s[6:8])
	}
	ns := 0
	if len(s) > 8 {
		frac := s[9:]
		if s[8] != '.' || len(frac) == 0 || len(frac) > 12 {
			return edmError("TimeOfDay", s, want+" (1 to 12 digits after '.')")
		}
		n, ok := fracNanos(frac)
		if !ok {
			return edmError("TimeOfDay", s, want)
		}
		ns = n
	}
	switch {
	case !ok1 || !ok2 || !ok3:
		return edmError("TimeOfDay", s, want)
	case h > 23:
		return edmError("TimeOfDay", s, "hour "+s[0:2]+" is not 00 to 23")
	case m > 59:
		return edmError("TimeOfDay", s, "minute "+s[3:5]+" is not 00 to 59")
	case sec > 59:
		return edmError("TimeOfDay", s, "second "+s[6:8]+" is not 00 to 59")
	}
	*t = TimeOfDay{Hour: h, Minute: m, Second: sec, Nanosecond: ns}
	return nil
}

func (t TimeOfDay) appendText(b []byte) []byte {
	b = appendPadded(b, t.Hour, 2)
	b = append(b, ':')
	b = appendPadded(b, t.Minute, 2)
	b = append(b, ':')
	b = appendPadded(b, t.Second, 2)
	if t.Nanosecond != 0 {
		b = appendFraction(b, uint64(t.Nanosecond))
	}
	return b
}

// Duration is an Edm.Duration, an XML Schema dayTimeDuration such as
// "PT1H30M", "P1DT2H" or "-PT5.5S". Convert with Duration(d) and d.Std().
type Duration time.Duration

// Std returns d as a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }

// String returns d in ISO 8601 form: an optional '-', 'P', whole days as
// "nD", then 'T' with the non-zero hours "nH", minutes "nM" and seconds
// "nS" (with a fraction without trailing zeros when needed). Zero is "PT0S".
func (d Duration) String() string { return string(d.appendText(make([]byte, 0, 24))) }

// MarshalText returns d as String does; it never fails.
func (d Duration) MarshalText() ([]byte, error) { return d.appendText(make([]byte, 0, 24)), nil }

// UnmarshalText sets d from an xs:dayTimeDuration: an optional sign, 'P',
// optional days "nD", then optionally 'T' followed by at least one of hours
// "nH", minutes "nM" and seconds "nS", in this order; seconds may have a
// fraction ("n.nS", digits past nanoseconds are dropped). At least one
// component is required. Years and months ("P1Y", "P1M") are rejected
// because Edm.Duration has no calendar part, and so are values beyond the
// range of time.Duration (about ±292 years).
//
// .NET's TimeSpan.MaxValue and MinValue, which services send for "no
// limit" (DurationMaxText, beyond time.Duration), read as the largest and
// smallest Duration (written back in ISO 8601 as those, not as .NET's).
func (d *Duration) UnmarshalText(text []byte) error {
	const want = "want [-]PnDTnHnMnS"
	in := string(text)
	switch in {
	case DurationMaxText:
		*d = Duration(math.MaxInt64)
		return nil
	case DurationMinText:
		*d = Duration(math.MinInt64)
		return nil
	}
	s := in
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	if s == "" || s[0] != 'P' {
		return edmError("Duration", in, want)
	}
	s = s[1:]
	var total uint64 // magnitude in nanoseconds
	overflow, inTime, last, parts := false, false, 0, 0
	for s != "" {
		if s[0] == 'T' {
			if inTime || len(s) == 1 {
				return edmError("Duration", in, "'T' must come once and be followed by hours, minutes or seconds")
			}
			inTime, s = true, s[1:]
			continue
		}
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		num, frac := s[:i], ""
		s = s[i:]
		if s != "" && s[0] == '.' {
			j := 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			frac, s = s[1:j], s[j:]
			if frac == "" {
				return edmError("Duration", in, "a digit must follow '.'")
			}
		}
		if num == "" || s == "" {
			return edmError("Duration", in, want)
		}
		unit := s[0]
		s = s[1:]
		var scale uint64
		var order int
		switch {
		case unit == 'Y' || unit == 'M' && !inTime:
			return edmError("Duration", in, "Edm.Duration is a day-time duration: years and months are not allowed")
		case unit == 'D' && !inTime:
			scale, order = uint64(24*time.Hour), 1
		case unit == 'H' && inTime:
			scale, order = uint64(time.Hour), 2
		case unit == 'M' && inTime:
			scale, order = uint64(time.Minute), 3
		case unit == 'S' && inTime:
			scale, order = uint64(time.Second), 4
		default:
			return edmError("Duration", in, fmt.Sprintf("unexpected %q; %s", unit, want))
		}
		if order <= last {
			return edmError("Duration", in, "components must appear once each, in the order D, T, H, M, S")
		}
		if frac != "" && unit != 'S' {
			return edmError("Duration", in, "only seconds may have a fraction")
		}
		last = order
		parts++
		if !overflow {
			total, overflow = addComponent(total, num, frac, scale)
		}
	}
	if !overflow && (total > math.MaxInt64+1 || total == math.MaxInt64+1 && !neg) {
		overflow = true
	}
	switch {
	case overflow:
		return edmError("Duration", in, "out of the range of time.Duration (about ±292 years)")
	case parts == 0:
		return edmError("Duration", in, "at least one of days, hours, minutes or seconds is required")
	}
	if neg {
		total = -total // two's complement: 1<<63 becomes math.MinInt64
	}
	*d = Duration(int64(total))
	return nil
}

// DurationMaxText and DurationMinText are .NET's TimeSpan.MaxValue and
// MinValue in ISO 8601, the largest and smallest Duration.
const (
	DurationMaxText = "P10675199DT2H48M5.4775807S"
	DurationMinText = "-P10675199DT2H48M5.4775808S"
)

func (d Duration) appendText(b []byte) []byte {
	u := uint64(d)
	if d < 0 {
		b = append(b, '-')
		u = -u
	}
	b = append(b, 'P')
	const day = uint64(24 * time.Hour)
	if days := u / day; days > 0 {
		b = strconv.AppendUint(b, days, 10)
		b = append(b, 'D')
		if u %= day; u == 0 {
			return b
		}
	}
	b = append(b, 'T')
	if u == 0 {
		return append(b, "0S"...)
	}
	if h := u / uint64(time.Hour); h > 0 {
		b = strconv.AppendUint(b, h, 10)
		b = append(b, 'H')
	}
	if m := u % uint64(time.Hour) / uint64(time.Minute); m > 0 {
		b = strconv.AppendUint(b, m, 10)
		b = append(b, 'M')
	}
	if u %= uint64(time.Minute); u > 0 {
		b = strconv.AppendUint(b, u/uint64(time.Second), 10)
		if ns := u % uint64(time.Second); ns > 0 {
			b = appendFraction(b, ns)
		}
		b = append(b, 'S')
	}
	return b
}

// fracNanos returns the nanoseconds in frac, the digits after a decimal
// point in seconds; digits past the ninth are checked and dropped.
func fracNanos(frac string) (int, bool) {
	n := 0
	for i := 0; i < len(frac); i++ {
		c := frac[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if i < 9 {
			n = n*10 + int(c-'0')
		}
	}
	for i := len(frac); i < 9; i++ {
		n *= 10
	}
	return n, true
}

// digits parses s, which must be 1 to 18 ASCII digits.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// appendPadded appends n with leading zeros to width digits.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// appendFraction appends '.' and ns (1 to 999999999) as nine digits of a
// second without trailing zeros.
func appendFraction(b []byte, ns uint64) []byte {
	var buf [9]byte
	for i := 8; i >= 0; i-- {
		buf[i] = byte('0' + ns%10)
		ns /= 10
	}
	n := 9
	for n > 1 && buf[n-1] == '0' {
		n--
	}
	b = append(b, '.')
	return append(b, buf[:n]...)
}

// addComponent adds num.frac times scale nanoseconds to total and reports
// whether that overflowed; num and frac are ASCII digits.
func addComponent(total uint64, num, frac string, scale uint64) (uint64, bool) {
	n, err := strconv.ParseUint(num, 10, 64)
	if err != nil || n > math.MaxUint64/scale {
		return 0, true
	}
	f, _ := fracNanos(frac) // only seconds have a fraction, so scale is 1e9
	sum := total + n*scale
	if sum < total || sum+uint64(f) < sum {
		return 0, true
	}
	return sum + uint64(f), false
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// edmError reports text that is not a valid Edm.<kind>; long text is cut.
func edmError(kind, text, why string) error {
	if len(text) > 40 {
		text = text[:40] + "..."
	}
	return errors.New("graph: invalid Edm." + kind + " " + strconv.Quote(text) + ": " + why)
}
