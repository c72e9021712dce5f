package main

import "strings"

// The hostile-page suite's cases: each changes the clean docs tree (the
// seed page in beta, the to do pages in v1.0) as an attacker's pull request
// would. marker is in every payload: it may reach the Go output only inside
// comments and string literals, or as part of a name the namer made.
const marker = "PWNED"

// inject is a Go fragment that runs code if it ever leaves a comment or a
// string literal.
const inject = `*/ func init() { println("` + marker + `") } /*`

// pageEdit replaces old with new in file (a path below the docs root).
type pageEdit struct {
	file, old, new string
}

type hostileCase struct {
	name  string
	edits []pageEdit
	// extra pages (path below the docs root → content)
	extra map[string]string
	// wantDiag are substrings of a diagnostic the run must print, each
	// "file:line:col"-positioned (the file is the first element before the
	// colon and is checked to be a page).
	wantDiag []string
	// wantStderr are substrings standard error must hold.
	wantStderr []string
	// wantExit is the exit status: 0 clean or warnings only, 1 errors.
	wantExit int
}

const (
	taskPage     = "v1.0/resources/todotask.md"
	todoEnumPage = "v1.0/resources/enums.md"
	seedTitle    = `title: "deprovision action"`
	seedDesc     = `description: "Intune Devices Manageddevice Deprovision Api ."`
)

func hostileCases() []hostileCase {
	yamlQ := func(s string) string { return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) }
	return []hostileCase{
		// Text fields: page text that must stay comment text.
		{name: "description-block-comment", edits: []pageEdit{{seedPage, seedDesc, `description: "/**/ func init() { println(\"` + marker + `\") } //"`}}},
		{name: "title-newline-close", edits: []pageEdit{{seedPage, seedTitle, `title: "deprovision\n*/ func init() { println(\"` + marker + `\") } /*"`}}},
		{name: "description-starts-comment", edits: []pageEdit{{seedPage, seedDesc, `description: "/* deprecated */ ` + marker + `"`}}},
		{name: "description-line-comment", edits: []pageEdit{{seedPage, seedDesc, `description: "// ` + marker + `\n}\nfunc init() { println(1) }\n//"`}}},
		{name: "description-directives", edits: []pageEdit{{seedPage, seedDesc, `description: "x\n//go:generate rm -rf /\n//line evil.go:1\n+build ignore\n//go:build ignore\n//export ` + marker + `"`}}},
		{name: "h1", edits: []pageEdit{{seedPage, "# deprovision action", "# deprovision " + inject}}},
		{name: "note", edits: []pageEdit{{seedPage, "> **Note:** The Microsoft", "> **Note:** " + inject + " The Microsoft"}}},
		{name: "permission-cell", edits: []pageEdit{{seedPage, "|Application|DeviceManagementConfiguration.Read.All,", "|Application|" + strings.ReplaceAll(inject, "|", "") + ","}}},
		{name: "body-parameter-description", edits: []pageEdit{{seedPage, "|deprovisionReason|String||", "|deprovisionReason|String|/* note */ why " + inject + "|"}}},
		{name: "header-description", edits: []pageEdit{{seedPage, "|Accept|application/json|", "|Accept|application/json|\n|If-Match|" + inject + " Required.|"}}},
		{name: "header-name", edits: []pageEdit{{seedPage, "|Accept|application/json|", "|Accept|application/json|\n|X-" + marker + "\"); func init() { println(1) } //|Required.|"}}},
		{name: "example-body", edits: []pageEdit{{seedPage, `"deprovisionReason": "Deprovision Reason value"`, `"deprovisionReason": "\"` + "`" + `+` + inject + `", "*/ x": "` + "`" + `"`}}},
		{name: "property-description", edits: []pageEdit{{taskPage, "| title | String | A short description of the task. |", "| title | String | /**/ " + marker + " func(); // |"}}},
		{name: "resource-preamble", edits: []pageEdit{{taskPage, "A task in a [todoTaskList](todotasklist.md).", "A task.\n" + inject}}},
		{name: "enum-description", edits: []pageEdit{{todoEnumPage, "| Nothing was done yet. |", "| " + inject + " |"}}},
		// Bytes no text should hold.
		{name: "invalid-utf8-title", edits: []pageEdit{{seedPage, seedTitle, "title: \"deprovision \x80\xff action\""}}},
		{name: "nul-description", edits: []pageEdit{{seedPage, seedDesc, "description: \"a\x00b " + marker + "\""}}},
		{name: "control-chars", edits: []pageEdit{{seedPage, seedDesc, "description: \"a\x1b[2Jb\rc\u2028d\u202ee\x7f " + marker + "\""}}},
		{name: "bidi-property", edits: []pageEdit{{taskPage, "| The task body. |", "| The \u202etask\u2066 body\x0c. |"}}},
		// Names: the namer makes them Go names or leaves them out.
		{name: "type-name-quote", edits: []pageEdit{{taskPage, `"@odata.type": "microsoft.graph.todoTask"`, `"@odata.type": "microsoft.graph.a\"b` + marker + `"`}}, wantExit: 1, wantDiag: []string{"[name-invalid]"}},
		{name: "type-name-unicode", edits: []pageEdit{{taskPage, `"@odata.type": "microsoft.graph.todoTask"`, `"@odata.type": "microsoft.graph.名前"`}}, wantExit: 1, wantDiag: []string{"[name-invalid]"}},
		{name: "type-name-path", edits: []pageEdit{{taskPage, `"@odata.type": "microsoft.graph.todoTask"`, `"@odata.type": "../../etc/passwd"`}}, wantExit: 1, wantDiag: []string{"[name-invalid]"}},
		{name: "enum-name", edits: []pageEdit{{todoEnumPage, "### taskStatus values", "### a\"b" + marker + "(){} values"}}, wantExit: 1, wantDiag: []string{"[name-invalid]"}},
		{name: "enum-member", edits: []pageEdit{{todoEnumPage, "| notStarted | 0 |", "| not\"Started\"); func init() { println(\"" + marker + "\") } // | 0 |"}}},
		{name: "property-name", edits: []pageEdit{{taskPage, "| title | String |", "| title\"`; func init() {} // " + marker + " | String |"}}},
		{name: "property-name-space", edits: []pageEdit{{taskPage, "| title | String |", "| title  | String |\n| title  | String | again |\n| Title | String | case |"}}},
		{name: "body-parameter-name", edits: []pageEdit{{seedPage, "|deprovisionReason|String||", "|deprovisionReason|String||\n|x\"); " + marker + "(//|String||"}}},
		{name: "route-segment", edits: []pageEdit{{seedPage, "POST /deviceManagement/managedDevices/{managedDeviceId}/deprovision\n", "POST /deviceManagement/managedDevices/{managedDeviceId}/deprovision\nPOST /deviceManagement/x\"" + marker + "/{id}/deprovision\n"}}},
		{name: "route-param", edits: []pageEdit{{seedPage, "POST /deviceManagement/comanagedDevices/{managedDeviceId}/deprovision", "POST /deviceManagement/comanagedDevices/{managed\"Device" + marker + "}/deprovision"}}},
		// Structure.
		{name: "unclosed-fence", edits: []pageEdit{{seedPage, "## Response\n", "## Response\n```json\n{ \"a\": " + yamlQ(inject) + "\n"}}},
		{name: "deep-quote", edits: []pageEdit{{seedPage, "## Response\n", "## Response\n" + strings.Repeat(">", 20000) + " deep " + marker + "\n"}}},
		{name: "deep-list", edits: []pageEdit{{seedPage, "## Response\n", "## Response\n" + deepList(1000)}}},
		{name: "deep-json", edits: []pageEdit{{seedPage, `"deprovisionReason": "Deprovision Reason value"`, `"deprovisionReason": ` + strings.Repeat("[", 50000) + strings.Repeat("]", 50000)}}},
		{name: "giant-table", edits: []pageEdit{{taskPage, "| title | String | A short description of the task. |", "| title | String | A short description of the task. |\n" + giantRows(20000)}}},
		{name: "giant-line", edits: []pageEdit{{seedPage, seedDesc, `description: "` + strings.Repeat("x ", 1<<19) + `"`}}},
		{name: "front-matter-bomb", edits: []pageEdit{{seedPage, "doc_type: apiPageType\n", "doc_type: apiPageType\na: &a [\"" + marker + "\",\"" + marker + "\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"}}},
		// A page whose file name would end a header comment.
		{name: "file-name", extra: map[string]string{"v1.0/api/x\n\n//go:build ignore\n\npackage " + marker + ".md": "---\ntitle: \"Get task x\"\ndescription: \"d\"\ndoc_type: apiPageType\n---\n\n# Get task x\n\n## HTTP request\n\n```http\nGET /me/todo/lists/{id}/tasks/{id}/x\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a [todoTask](../resources/todotask.md) object in the response body.\n"},
			wantExit: 1, wantStderr: []string{".md:1:1: error: the page's file name", "[page-name-invalid]"}},
	}
}

func deepList(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("  ", i))
		b.WriteString("- " + marker + "\n")
	}
	return b.String()
}

func giantRows(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("| p")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(strings.Repeat("y", i%13))
		b.WriteString(" | String | row " + marker + " */ |\n")
	}
	return b.String()
}
