package names

import (
	"fmt"
	"go/token"
	"regexp"
	"strings"
	"unicode"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Page text is untrusted. Every identifier the emitters write is made by
// this package from it, and checked here: what cannot be named is left out
// with a "name-invalid" error at its page position, never given a made-up
// name.

// CodeNameInvalid is the diagnostic code of a name that cannot be one.
const CodeNameInvalid = "name-invalid"

// IsIdent reports whether s is a Go identifier that a generated
// declaration may take: valid, not a keyword, and exported when exported
// is set.
func IsIdent(s string, exported bool) bool {
	return token.IsIdentifier(s) && (!exported || token.IsExported(s))
}

// Type and namespace names are OData simple identifiers in ASCII: they
// key OpenAPI components (which allow [a-zA-Z0-9.\-_] only) and name Go
// types and files.
var (
	typeNameRE  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	namespaceRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$`)
)

// typeNameProblem says why a type cannot be named, or "".
func typeNameProblem(t *model.Type) string {
	switch {
	case !typeNameRE.MatchString(t.Name):
		return fmt.Sprintf("type name %q is not an identifier (ASCII letters, digits and _, not starting with a digit)", t.Name)
	case t.Namespace != "" && !namespaceRE.MatchString(t.Namespace):
		return fmt.Sprintf("namespace %q of type %s is not dot-separated identifiers", t.Namespace, t.Name)
	}
	return ""
}

// jsonNameOK reports whether a JSON member name can be a struct field's
// json tag name as it is (encoding/json's set of characters: it ignores
// other tag names, and a comma would change the tag's options), and gives
// a field name (has a letter or digit).
func jsonNameOK(name string) bool {
	if name == "" || len(Words(name)) == 0 {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", r) {
			return false
		}
	}
	return true
}

// invalid is a name-invalid diagnostic.
func invalid(pos model.Pos, format string, args ...any) model.Diagnostic {
	return model.Diagnostic{Pos: pos, Severity: model.SeverityError, Code: CodeNameInvalid, Message: fmt.Sprintf(format, args...) + "; left out"}
}
