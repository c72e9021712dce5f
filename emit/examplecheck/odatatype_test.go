package examplecheck

import (
	"strings"
	"testing"
)

func resourcePage(name, base, props string) string {
	inherits := ""
	if base != "" {
		inherits = "Inherits from [" + base + "](" + strings.ToLower(base) + ".md).\n\n"
	}
	return "---\ntitle: " + name + " resource type\ndoc_type: resourcePageType\n---\n\n# " + name + " resource type\n\nNamespace: microsoft.graph\n\n" + inherits +
		"## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n" + props + "\n\n" +
		"## JSON representation\n\n<!-- {\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph." + name + "\"\n} -->\n\n```json\n{}\n```\n"
}

// TestCheckODataTypeNotDerived: an @odata.type naming a type that does
// not derive from the documented one is an example-value finding citing
// the row and the named type (educationclass-post-assignment: grading is an
// educationAssignmentGradeType, the example names
// educationAssignmentPointsGradeType, whose page does not say it inherits;
// the client decodes the declared type and fails on maxPoints). A derived
// type is fine.
func TestCheckODataTypeNotDerived(t *testing.T) {
	pages := map[string]string{
		"v1.0/resources/grade.md":       resourcePage("grade", "", "| kind | String | The kind. |"),
		"v1.0/resources/pointsgrade.md": resourcePage("pointsGrade", "grade", "| maxPoints | Int32 | Points. |"),
		"v1.0/resources/loosegrade.md":  resourcePage("looseGrade", "", "| maxPoints | Int32 | Points. |"),
		"v1.0/api/task-grade.md": "---\ntitle: grade\ndoc_type: apiPageType\n---\n\n# task: grade\n\nNamespace: microsoft.graph\n\n" +
			"## HTTP request\n\n```http\nPOST /tasks/{id}/grade\n```\n\n" +
			"## Request body\n\n| Parameter | Type | Description |\n|:---|:---|:---|\n| grading | [grade](../resources/grade.md) | How. |\n| other | [grade](../resources/grade.md) | How else. |\n\n" +
			"## Response\n\nIf successful, this method returns a `204 No Content` response code.\n\n" +
			"## Example\n\n### Request\n\n```http\nPOST https://graph.microsoft.com/v1.0/tasks/1/grade\nContent-type: application/json\n\n" +
			"{\n  \"grading\": {\"@odata.type\": \"looseGrade\", \"maxPoints\": 100},\n  \"other\": {\"@odata.type\": \"#microsoft.graph.pointsGrade\", \"maxPoints\": 100}\n}\n```\n\n### Response\n\n```http\nHTTP/1.1 204 No Content\n```\n",
	}
	rep := checkPages(t, pages)
	if len(rep.Diagnostics) != 1 {
		t.Fatalf("findings %v, want 1", rep.Diagnostics)
	}
	d := rep.Diagnostics[0]
	if d.Code != CodeValue || !strings.Contains(d.Message, "/grading/@odata.type: @odata.type names looseGrade, which does not derive from grade") ||
		d.Pos.Line != 36 || len(d.Related) != 2 || !strings.HasSuffix(d.Related[0].File, "task-grade.md") || !strings.HasSuffix(d.Related[1].File, "loosegrade.md") {
		t.Errorf("%s, want example-value at line 36 citing the grading row and looseGrade", d)
	}
}
