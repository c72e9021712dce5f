package lock

import (
	"bytes"
	"testing"
)

// FuzzParse: a lock file is input (hand-edited, or changed in a pull
// request): Parse never panics, and what it accepts is written back by
// Format as a lock that parses to the same entries (Format of that is the
// same bytes) and the same format: a lock of format 1 never comes back
// claiming the import entries of format 2.
func FuzzParse(f *testing.F) {
	f.Add([]byte(header + "format 2\nop v1.0 GET /users/{} users.GetUser v1.0/api/user-get.md\n"))
	f.Add([]byte("type v1.0 microsoft.graph.user models User v1.0/resources/user.md\nconst v1.0 x \"a b\" XAB\n"))
	f.Add([]byte("json v1.0 a b\nimport v1.0 teams models\nalias beta q identitygovernance U\npoly v1.0 q QValue AnyQ\nbody v1.0 me p.md B\n"))
	f.Add([]byte("format 9\n"))
	f.Add([]byte("const v1.0 \"\\x00\" \"#m\" \"\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Parse(data)
		if err != nil {
			return
		}
		out := l.Format()
		back, err := Parse(out)
		if err != nil {
			t.Fatalf("Format wrote a lock Parse refuses: %v\n%s", err, out)
		}
		if again := back.Format(); !bytes.Equal(again, out) {
			t.Fatalf("Format is not stable:\n%s\nthen:\n%s", out, again)
		}
		if back.Version != l.Version {
			t.Fatalf("format %d written as %d", l.Version, back.Version)
		}
	})
}
