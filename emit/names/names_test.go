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
	fn := func(name string, args ...model.Arg) model.Segment {
		return model.Segment{Kind: model.SegmentFunction, Name: name, Args: args}
	}
	for _, c := range []struct {
		r                    model.Route
		short, lastKey, keys string
	}{
		{route("POST", lit("deviceManagement"), lit("managedDevices"), key("managedDeviceId"), lit("deprovision")), "PostManagedDeviceDeprovision", "PostManagedDeviceDeprovision", "PostManagedDeviceByIDDeprovision"},
		{route("GET", lit("me")), "GetMe", "GetMe", "GetMe"},
		{route("GET", lit("users"), key("id")), "GetUser", "GetUserByID", "GetUserByID"},
		{route("GET", lit("users"), key("id"), lit("messages")), "GetMessages", "GetMessages", "GetMessages"},
		{route("PATCH", lit("me"), lit("drives"), key("drive-id")), "UpdateDrive", "UpdateDriveByID", "UpdateDriveByID"},
		{route("DELETE", lit("groups"), key("id"), lit("members"), key("m"), model.Segment{Kind: model.SegmentRef}), "DeleteMemberRef", "DeleteMemberByMRef", "DeleteMemberByMRef"},
		{route("GET", lit("me"), lit("photos"), key("size"), model.Segment{Kind: model.SegmentValue}), "GetPhotoValue", "GetPhotoBySizeValue", "GetPhotoBySizeValue"},
		{route("GET", lit("deviceManagement"), lit("deviceConfigurations"), key("deviceConfiguration-deviceConfigurationId"), lit("assignments")), "GetDeviceConfigurationAssignments", "GetDeviceConfigurationAssignments", "GetDeviceConfigurationByIDAssignments"},
		{route("GET", lit("reports"), fn("getEmailActivityCounts", model.Arg{Name: "period", Param: "period", Quoted: true})), "GetEmailActivityCounts", "GetEmailActivityCountsByPeriod", "GetEmailActivityCountsByPeriod"},
		{route("GET", lit("reports"), fn("getTeamsUserActivityUserDetail", model.Arg{Name: "date", Value: "2017-09-01"})), "GetTeamsUserActivityUserDetail", "GetTeamsUserActivityUserDetailByDate", "GetTeamsUserActivityUserDetailByDate"},
		{route("GET", fn("applications", model.Arg{Name: "appId", Param: "appId", Quoted: true})), "GetApplicationByAppID", "GetApplicationByAppID", "GetApplicationByAppID"},
		{route("GET", lit("directory"), lit("deletedItems"), model.Segment{Kind: model.SegmentCast, Name: "microsoft.graph.user"}), "GetDeletedItemsAsUser", "GetDeletedItemsAsUser", "GetDeletedItemsAsUser"},
	} {
		if got := Method(c.r); got != c.short {
			t.Errorf("Method(%v) = %s, want %s", c.r.Segments, got, c.short)
		}
		if got := method(c.r, FormLastKey, Singular); got != c.lastKey {
			t.Errorf("FormLastKey(%v) = %s, want %s", c.r.Segments, got, c.lastKey)
		}
		if got := method(c.r, FormKeys, Singular); got != c.keys {
			t.Errorf("FormKeys(%v) = %s, want %s", c.r.Segments, got, c.keys)
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
