package names

import (
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

func route(method string, segs ...model.Segment) model.Route {
	return model.Route{Method: method, Segments: segs}
}

func lit(n string) model.Segment { return model.Segment{Kind: model.SegmentLiteral, Name: n} }
func key(p string) model.Segment { return model.Segment{Kind: model.SegmentKey, Param: p} }

func TestMethod(t *testing.T) {
	for _, c := range []struct {
		r          model.Route
		short, lng string
	}{
		{route("POST", lit("deviceManagement"), lit("managedDevices"), key("managedDeviceId"), lit("deprovision")), "PostManagedDeviceDeprovision", "PostManagedDeviceByManagedDeviceIDDeprovision"},
		{route("GET", lit("me")), "GetMe", "GetMe"},
		{route("GET", lit("users"), key("id")), "GetUser", "GetUserByID"},
		{route("GET", lit("users"), key("id"), lit("messages")), "GetMessages", "GetByIDMessages"},
		{route("PATCH", lit("me"), lit("drives"), key("drive-id")), "UpdateDrive", "UpdateDriveByDriveID"},
		{route("DELETE", lit("groups"), key("id"), lit("members"), key("m"), model.Segment{Kind: model.SegmentRef}), "DeleteMemberRef", "DeleteByIDMemberByMRef"},
		{route("GET", lit("reports"), model.Segment{Kind: model.SegmentFunction, Name: "getEmailActivityCounts", Args: []model.Arg{{Name: "period", Param: "period", Quoted: true}}}), "GetEmailActivityCounts", "GetEmailActivityCountsByPeriod"},
		{route("GET", lit("directory"), lit("deletedItems"), model.Segment{Kind: model.SegmentCast, Name: "microsoft.graph.user"}), "GetDeletedItemsAsUser", "GetDeletedItemsAsUser"},
	} {
		if got := Method(c.r); got != c.short {
			t.Errorf("Method(%v) = %s, want %s", c.r.Segments, got, c.short)
		}
		if got := Long(c.r); got != c.lng {
			t.Errorf("Long(%v) = %s, want %s", c.r.Segments, got, c.lng)
		}
	}
}

func TestIdentifiers(t *testing.T) {
	for in, want := range map[string]string{"managedDeviceId": "ManagedDeviceID", "item-path": "ItemPath", "mailFolder-id": "MailFolderID", "@odata.id": "OdataID", "3dModel": "X3dModel"} {
		if got := Exported(in); got != want {
			t.Errorf("Exported(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"managedDeviceId": "managedDeviceID", "type": "type_", "id": "id", "URL": "url_"} {
		if got := Unexported(in); got != want {
			t.Errorf("Unexported(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"deviceManagement": "devicemanagement", "go": "goapi", "graph": "graphapi", "$metadata": "metadata"} {
		if got := Package(in); got != want {
			t.Errorf("Package(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Singular("drives"); got != "drive" {
		t.Errorf("Singular(drives) = %q", got)
	}
}
