package examplecheck

import (
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// formatOptions are the string formats the emitted schemas use that
// kin-openapi checks loosely or not at all, validated as the OData JSON
// format defines them (per validation: kin-openapi's global format table
// is left alone).
//
//   - byte (Edm.Binary): base64 in the standard or URL alphabet, padding
//     optional, with no bits left over ("Binary", "a0b1c76de9f7=" are not
//     base64 of anything); kin-openapi accepts any run of the alphabet;
//   - duration (Edm.Duration): an ISO 8601 duration, PnYnMnDTnHnMnS
//     (any part may be left out, not all, and a T needs a time part);
//   - time (Edm.TimeOfDay): HH:MM, optionally :SS and a fraction;
//   - date-time and date (Edm.DateTimeOffset, Edm.Date): kin-openapi's
//     patterns, here so that the walk below the schema checks them too.
//
// Each accepts every value the OData ABNF accepts (duration more:
// years, months and weeks), so a value they refuse is not one of the type.
func formatOptions() []openapi3.SchemaValidationOption {
	var out []openapi3.SchemaValidationOption
	for _, p := range []string{model.PrimBinary, model.PrimDuration, model.PrimTimeOfDay, model.PrimDateTimeOffset, model.PrimDate} {
		format, check := stringFormat(p)
		out = append(out, openapi3.WithStringFormatValidator(format, openapi3.NewCallbackValidator(check)))
	}
	return out
}

// stringFormat is the schema format of the Edm primitive p that
// formatOptions validates, and its check; "" for others. The member walk
// checks them too, where the schema does not reach (a member of a type an
// @odata.type names): formatReason words its finding as kin-openapi
// does, so that one finding is left.
func stringFormat(p string) (string, func(string) error) {
	switch p {
	case model.PrimBinary:
		return "byte", checkBase64
	case model.PrimDuration:
		return "duration", checkDuration
	case model.PrimTimeOfDay:
		return "time", checkTimeOfDay
	case model.PrimDateTimeOffset:
		return "date-time", checkDateTime
	case model.PrimDate:
		return "date", checkDate
	}
	return "", nil
}

// formatReason is why v is not a value of the primitive p, in
// kin-openapi's words, or "".
func formatReason(p string, v any) string {
	s, ok := v.(string)
	format, check := stringFormat(p)
	if !ok || check == nil {
		return ""
	}
	if err := check(s); err != nil {
		return fmt.Sprintf("string doesn't match the format %q (%v)", format, err)
	}
	return ""
}

var errBase64 = errors.New("not base64: an Edm.Binary value is base64 (standard or URL alphabet) of whole bytes")

func checkBase64(s string) error {
	t := strings.TrimRight(s, "=")
	if pad := len(s) - len(t); pad > 2 || pad > 0 && len(s)%4 != 0 {
		return errBase64
	}
	if _, err := base64.RawStdEncoding.Strict().DecodeString(t); err == nil {
		return nil
	}
	if _, err := base64.RawURLEncoding.Strict().DecodeString(t); err == nil {
		return nil
	}
	return errBase64
}

// dateTimeRE and dateRE are kin-openapi's own patterns, checked here so
// that the member walk words its findings as the schema's.
var (
	dateTimeRE = regexp.MustCompile(openapi3.FormatOfStringDateTime)
	dateRE     = regexp.MustCompile(openapi3.FormatOfStringDate)
)

func checkDateTime(s string) error {
	if !dateTimeRE.MatchString(s) {
		return errors.New("not an RFC 3339 date-time")
	}
	return nil
}

func checkDate(s string) error {
	if !dateRE.MatchString(s) {
		return errors.New("not a date (YYYY-MM-DD)")
	}
	return nil
}

var durationRE = regexp.MustCompile(`^-?P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$`)

func checkDuration(s string) error {
	if !durationRE.MatchString(s) || strings.HasSuffix(s, "P") || strings.HasSuffix(s, "T") {
		return errors.New("not an ISO 8601 duration (PnDTnHnMnS)")
	}
	return nil
}

var timeOfDayRE = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$`)

func checkTimeOfDay(s string) error {
	if !timeOfDayRE.MatchString(s) {
		return errors.New("not a time of day (HH:MM:SS)")
	}
	return nil
}

// singleExact reports whether a number is an Edm.Single literal: one
// that reads back unchanged from the float32 it denotes (4.6666665 is;
// 4.666666666666667, a Double's digits, is not: a Single holds about
// seven significant digits, so the value cannot be sent or returned as
// written).
func singleExact(f float64) bool {
	if math.IsInf(f, 0) || math.IsNaN(f) || math.Abs(f) > math.MaxFloat32 {
		return false
	}
	back, err := strconv.ParseFloat(strconv.FormatFloat(float64(float32(f)), 'g', -1, 32), 64)
	return err == nil && back == f
}

// kindReason is why v is not a JSON value of the primitive p's kind, in
// kin-openapi's words ("value must be an integer"), or "": the member walk
// checks it where the schema does not reach (a member spelled in another
// case, which encoding/json still decodes, or one of a type an
// @odata.type names). null is any primitive's value.
func kindReason(p string, v any) string {
	if v == nil {
		return ""
	}
	var want string
	switch p {
	case model.PrimBoolean:
		if _, ok := v.(bool); !ok {
			want = "a boolean"
		}
	case model.PrimByte, model.PrimSByte, model.PrimInt16, model.PrimInt32, model.PrimInt64:
		if f, ok := v.(float64); !ok || f != math.Trunc(f) {
			want = "an integer"
		}
	case model.PrimSingle, model.PrimDouble, model.PrimDecimal:
		if _, ok := v.(float64); !ok {
			want = "a number"
		}
	case model.PrimString, model.PrimGuid, model.PrimDateTimeOffset, model.PrimDate, model.PrimDuration, model.PrimTimeOfDay, model.PrimBinary:
		if _, ok := v.(string); !ok {
			want = "a string"
		}
	}
	if want == "" {
		return ""
	}
	return "value must be " + want
}
