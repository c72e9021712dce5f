package apichange

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestJSONRoundTrip(t *testing.T) {
	r, _, _ := diffTrees(t, withList(), base().with(pages{"v1.0/resources/widgetcolor.md": colorPage("red", "blue", "green")}))
	var b bytes.Buffer
	if err := r.Write(&b, FormatJSON); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, &back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	if len(back.Summary) == 0 || back.Verdict != Major {
		t.Errorf("summary %+v, verdict %s", back.Summary, back.Verdict)
	}
}

// wantMarkdown is the Markdown of TestMarkdown's comparison, temporary
// directories written OLD and NEW.
const wantMarkdown = "## API changes: `OLD` → `NEW`\n" + `
**Verdict: major (4 breaking changes)**

| Version | Category | Added | Removed | Changed | Breaking |
|---|---|--:|--:|--:|--:|
| v1.0 | operation | 0 | 1 | 0 | 1 |
| v1.0 | enum member | 1 | 0 | 0 | 0 |
| v1.0 | go | 1 | 3 | 0 | 3 |

### v1.0

#### Breaking changes (4)

- operation removed ` + "`GET /widgets` — `OLD/v1.0/api/widget-list.md:21:1`" + `
- go removed ` + "`v1/widgets.(*Client).GetWidgets` — `OLD/v1.0/api/widget-list.md:21:1`" + `
- go removed ` + "`v1/widgets.(*Client).GetWidgetsAll` — `OLD/v1.0/api/widget-list.md:21:1`" + `
- go removed ` + "`v1/widgets.(*Client).GetWidgetsPager` — `OLD/v1.0/api/widget-list.md:21:1`" + `

<details><summary>Other changes (2)</summary>

- enum member added ` + "`microsoft.graph.widgetColor.green` — `NEW/v1.0/resources/widgetcolor.md:16:2`" + `
- go added ` + "`v1/widgets.WidgetColorGreen` — `NEW/v1.0/resources/widgetcolor.md:16:2`" + `

</details>

`

func TestMarkdown(t *testing.T) {
	r, od, nd := diffTrees(t, withList(), base().with(pages{"v1.0/resources/widgetcolor.md": colorPage("red", "blue", "green")}))
	var b bytes.Buffer
	if err := r.Write(&b, FormatMarkdown); err != nil {
		t.Fatal(err)
	}
	got := strings.NewReplacer(od, "OLD", nd, "NEW").Replace(b.String())
	if diff := cmp.Diff(wantMarkdown, got); diff != "" {
		t.Errorf("markdown (-want +got):\n%s", diff)
	}
}

func TestMarkdownCodeSpans(t *testing.T) {
	if got := code("a`b\nc"); got != "`a'b c`" {
		t.Errorf("code = %s", got)
	}
}

func TestMarkdownLimit(t *testing.T) {
	var cs []Change
	for range markdownLimit + 5 {
		cs = append(cs, Change{Category: CatType, Action: Added, Subject: "t"})
	}
	var b strings.Builder
	markdownList(&b, cs)
	if n := strings.Count(b.String(), "\n- "); n != markdownLimit {
		t.Errorf("%d items listed", n)
	}
	if !strings.Contains(b.String(), "and 5 more") {
		t.Errorf("no count of the rest:\n%s", b.String())
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := (&Report{}).Write(&bytes.Buffer{}, "xml"); err == nil {
		t.Error("no error")
	}
}
