package lock

import (
	"reflect"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	l := &Lock{
		Version: CurrentFormat,
		Ops:     []Op{{Version: "v1.0", Route: "GET /users/{}", Package: "users", Method: "GetUser", Page: "v1.0/api/user-get.md"}},
		Types:   []Type{{Version: "v1.0", QName: "microsoft.graph.user", Package: "models", Name: "User", Page: "v1.0/resources/user.md"}},
		Consts:  []Const{{Version: "v1.0", QName: "microsoft.graph.odd", Member: "two words\t\"q\"", Name: "OddTwoWordsQ"}, {Version: "beta", QName: "x", Member: "", Name: "X"}},
		Bodies:  []Body{{Version: "beta", Package: "me", Page: "beta/api/user-sendmail.md", Name: "SendMailBody"}},
		Aliases: []Alias{{Version: "beta", QName: "microsoft.graph.userSet", Package: "identitygovernance", Name: "UserSet"}},
		Polys:   []Poly{{Version: "v1.0", QName: "microsoft.graph.user", Iface: "UserValue", Any: "AnyUser"}},
		Imports: []Import{{Version: "v1.0", From: "teams", To: "models"}},
		JSON:    []JSONRef{{Version: "v1.0", From: "microsoft.graph.chatMessage", To: "microsoft.graph.chatMessageHostedContent"}},
	}
	data := l.Format()
	want := header + `format 2
alias beta microsoft.graph.userSet identitygovernance UserSet
body beta me beta/api/user-sendmail.md SendMailBody
const beta x "" X
const v1.0 microsoft.graph.odd "two words\t\"q\"" OddTwoWordsQ
import v1.0 teams models
json v1.0 microsoft.graph.chatMessage microsoft.graph.chatMessageHostedContent
op v1.0 GET /users/{} users.GetUser v1.0/api/user-get.md
poly v1.0 microsoft.graph.user UserValue AnyUser
type v1.0 microsoft.graph.user models User v1.0/resources/user.md
`
	if string(data) != want {
		t.Fatalf("Format:\n%s\nwant:\n%s", data, want)
	}
	back, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Version != CurrentFormat {
		t.Errorf("format %d", back.Version)
	}
	if string(back.Format()) != want {
		t.Fatalf("round trip:\n%s", back.Format())
	}
	if !reflect.DeepEqual(back.Ops, l.Ops) || !reflect.DeepEqual(back.Types, l.Types) || !reflect.DeepEqual(back.Bodies, l.Bodies) || !reflect.DeepEqual(back.Aliases, l.Aliases) || !reflect.DeepEqual(back.Polys, l.Polys) || !reflect.DeepEqual(back.JSON, l.JSON) || !reflect.DeepEqual(back.Imports, l.Imports) {
		t.Fatalf("round trip: %+v", back)
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"op v1.0 GET /x users.GetX",
		"op v1.0 GET /x usersGetX p.md",
		"thing a b",
		`type v1.0 "unterminated models X p.md`,
		`const v1.0 a "b"c D`,
		"json v1.0 microsoft.graph.chatMessage",
		"import v1.0 teams",
		"format 3",
		"format two",
	} {
		if _, err := Parse([]byte(in + "\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("Parse(%q) = %v, want an error at line 1", in, err)
		}
	}
	if l, err := Parse([]byte("# comment\n\n")); err != nil || !l.Empty() || l.Version != 1 {
		t.Errorf("comments only: %v %+v", err, l)
	}
}
