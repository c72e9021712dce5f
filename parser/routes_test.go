package parser

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/graphsdkgen/graphsdkgen/model"
)

func routeLit(name string) model.Segment {
	return model.Segment{Kind: model.SegmentLiteral, Name: name}
}
func routeKey(param string) model.Segment { return model.Segment{Kind: model.SegmentKey, Param: param} }
func routeCast(name string) model.Segment { return model.Segment{Kind: model.SegmentCast, Name: name} }
func routeAddr(name, param string) model.Segment {
	return model.Segment{Kind: model.SegmentPathAddr, Name: name, Param: param}
}
func routeFn(name string, args ...model.Arg) model.Segment {
	return model.Segment{Kind: model.SegmentFunction, Name: name, Args: args}
}

var (
	routeRef   = model.Segment{Kind: model.SegmentRef}
	routeValue = model.Segment{Kind: model.SegmentValue}
	routeCount = model.Segment{Kind: model.SegmentCount}
)

// routePP is a path parameter, routeFP a function parameter.
func routePP(name, written string, alternates ...string) model.RouteParam {
	return model.RouteParam{Name: name, Written: written, Alternates: alternates, In: "path"}
}
func routeFP(name, written string, quoted bool) model.RouteParam {
	return model.RouteParam{Name: name, Written: written, In: "function", Quoted: quoted}
}

// routeXP is a key the page wrote as an example value, routeEP a function
// argument the page wrote so.
func routeXP(name, example string) model.RouteParam {
	return model.RouteParam{Name: name, In: "path", Example: example}
}
func routeEP(name, written, example string, quoted bool) model.RouteParam {
	return model.RouteParam{Name: name, Written: written, In: "function", Quoted: quoted, Example: example}
}

type routeCase struct {
	name string
	line string
	// want is the route; a zero Method means the line is rejected. Pos and
	// Raw are filled in by the test when left empty.
	want    model.Route
	version string
	codes   []string // diagnostic codes, in order
	msg     string   // a part of the first diagnostic's message
	col     int      // the first diagnostic's column, when not 0
}

var routeCases = []routeCase{
	// Brace parameters.
	{name: "brace parameter", line: "GET /deviceManagement/managedDevices/{managedDeviceId}",
		want: model.Route{Method: "GET", Path: "/deviceManagement/managedDevices/{managedDeviceId}",
			Segments: []model.Segment{routeLit("deviceManagement"), routeLit("managedDevices"), routeKey("managedDeviceId")},
			Params:   []model.RouteParam{routePP("managedDeviceId", "managedDeviceId")}}},
	// Literal {id}, repeated: the documented renaming rule.
	{name: "repeated id", line: "GET /me/mailFolders/{id}/childFolders/{id}",
		want: model.Route{Method: "GET", Path: "/me/mailFolders/{mailFolder-id}/childFolders/{childFolder-id}",
			Segments: []model.Segment{routeLit("me"), routeLit("mailFolders"), routeKey("mailFolder-id"), routeLit("childFolders"), routeKey("childFolder-id")},
			Params:   []model.RouteParam{routePP("mailFolder-id", "id"), routePP("childFolder-id", "id")}}},
	{name: "single id kept", line: "GET /me/messages/{id}",
		want: model.Route{Method: "GET", Path: "/me/messages/{id}",
			Segments: []model.Segment{routeLit("me"), routeLit("messages"), routeKey("id")},
			Params:   []model.RouteParam{routePP("id", "id")}}},
	{name: "renamed names still collide", line: "GET /deviceManagement/managementConditions/{managementConditionId}/managementConditionStatements/{managementConditionStatementId}/managementConditions/{managementConditionId}",
		want: model.Route{Method: "GET", Path: "/deviceManagement/managementConditions/{managementCondition-managementConditionId}/managementConditionStatements/{managementConditionStatementId}/managementConditions/{managementCondition-managementConditionId-2}",
			Segments: []model.Segment{routeLit("deviceManagement"), routeLit("managementConditions"), routeKey("managementCondition-managementConditionId"),
				routeLit("managementConditionStatements"), routeKey("managementConditionStatementId"), routeLit("managementConditions"), routeKey("managementCondition-managementConditionId-2")},
			Params: []model.RouteParam{routePP("managementCondition-managementConditionId", "managementConditionId"), routePP("managementConditionStatementId", "managementConditionStatementId"),
				routePP("managementCondition-managementConditionId-2", "managementConditionId")}},
		codes: []string{"route-param-suffixed"}, msg: `the later one is named "managementCondition-managementConditionId-2"`, col: 152},
	// Alternates.
	{name: "alternate without spaces", line: "GET /users/{id|userPrincipalName}/messages",
		want: model.Route{Method: "GET", Path: "/users/{id}/messages",
			Segments: []model.Segment{routeLit("users"), routeKey("id"), routeLit("messages")},
			Params:   []model.RouteParam{routePP("id", "id", "userPrincipalName")}}},
	{name: "alternate with spaces", line: "GET /users/{id | userPrincipalName}/messages/{id}",
		want: model.Route{Method: "GET", Path: "/users/{user-id}/messages/{message-id}",
			Segments: []model.Segment{routeLit("users"), routeKey("user-id"), routeLit("messages"), routeKey("message-id")},
			Params:   []model.RouteParam{routePP("user-id", "id", "userPrincipalName"), routePP("message-id", "id")}}},
	{name: "alternate of a kebab name", line: "GET /users/{user-id | userPrincipalName}/chats",
		want: model.Route{Method: "GET", Path: "/users/{user-id}/chats",
			Segments: []model.Segment{routeLit("users"), routeKey("user-id"), routeLit("chats")},
			Params:   []model.RouteParam{routePP("user-id", "user-id", "userPrincipalName")}}},
	{name: "alternate outside the braces", line: "GET /users/{user-id} | user-principal-name/chats/{chat-id}",
		want: model.Route{Method: "GET", Path: "/users/{user-id}/chats/{chat-id}",
			Segments: []model.Segment{routeLit("users"), routeKey("user-id"), routeLit("chats"), routeKey("chat-id")},
			Params:   []model.RouteParam{routePP("user-id", "user-id", "user-principal-name"), routePP("chat-id", "chat-id")}},
		codes: []string{"route-alternate-outside-braces"}, msg: "write {user-id | user-principal-name}", col: 12},
	// /me.
	{name: "me", line: "GET /me",
		want: model.Route{Method: "GET", Path: "/me", Segments: []model.Segment{routeLit("me")}}},
	// Casts.
	{name: "cast", line: "GET /directory/deletedItems/microsoft.graph.user",
		want: model.Route{Method: "GET", Path: "/directory/deletedItems/microsoft.graph.user",
			Segments: []model.Segment{routeLit("directory"), routeLit("deletedItems"), routeCast("microsoft.graph.user")}}},
	{name: "cast in a sub-namespace", line: "GET /admin/windows/updates/updatableAssets/microsoft.graph.windowsUpdates.updatableAssetGroup",
		want: model.Route{Method: "GET", Path: "/admin/windows/updates/updatableAssets/microsoft.graph.windowsUpdates.updatableAssetGroup",
			Segments: []model.Segment{routeLit("admin"), routeLit("windows"), routeLit("updates"), routeLit("updatableAssets"), routeCast("microsoft.graph.windowsUpdates.updatableAssetGroup")}}},
	{name: "cast capitalized, then $ref", line: "POST /servicePrincipals/{id}/Microsoft.Graph.AgentIdentity/sponsors/$ref",
		want: model.Route{Method: "POST", Path: "/servicePrincipals/{id}/Microsoft.Graph.AgentIdentity/sponsors/$ref",
			Segments: []model.Segment{routeLit("servicePrincipals"), routeKey("id"), routeCast("Microsoft.Graph.AgentIdentity"), routeLit("sponsors"), routeRef},
			Params:   []model.RouteParam{routePP("id", "id")}}},
	{name: "namespaced function", line: "GET /communications/callRecords/microsoft.graph.callRecords.getPstnCalls(fromDateTime={fromDateTime},toDateTime={toDateTime})",
		want: model.Route{Method: "GET", Path: "/communications/callRecords/microsoft.graph.callRecords.getPstnCalls(fromDateTime={fromDateTime},toDateTime={toDateTime})",
			Segments: []model.Segment{routeLit("communications"), routeLit("callRecords"), routeFn("microsoft.graph.callRecords.getPstnCalls",
				model.Arg{Name: "fromDateTime", Param: "fromDateTime"}, model.Arg{Name: "toDateTime", Param: "toDateTime"})},
			Params: []model.RouteParam{routeFP("fromDateTime", "fromDateTime", false), routeFP("toDateTime", "toDateTime", false)}}},
	// Drive path addressing.
	{name: "drive path, workbook, angle address", line: "GET /me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/range(address='<address>')",
		want: model.Route{Method: "GET", Path: "/me/drive/root:/{item-path}:/workbook/worksheets/{id}/range(address='{address}')",
			Segments: []model.Segment{routeLit("me"), routeLit("drive"), routeAddr("root", "item-path"), routeLit("workbook"), routeLit("worksheets"), routeKey("id"),
				routeFn("range", model.Arg{Name: "address", Param: "address", Quoted: true})},
			Params: []model.RouteParam{routePP("item-path", "item-path"), routePP("id", "id", "name"), {Name: "address", Written: "address", In: "function", Quoted: true}}},
		codes: []string{"route-angle-placeholder"}, msg: "parameter <address> should be written {address}", col: 79},
	{name: "drive path at the end", line: "GET /me/drive/root:/{item-path}",
		want: model.Route{Method: "GET", Path: "/me/drive/root:/{item-path}",
			Segments: []model.Segment{routeLit("me"), routeLit("drive"), routeAddr("root", "item-path")},
			Params:   []model.RouteParam{routePP("item-path", "item-path")}}},
	{name: "path under an item", line: "PUT /me/drive/items/{parent-id}:/{filename}:/content",
		want: model.Route{Method: "PUT", Path: "/me/drive/items/{parent-id}:/{filename}:/content",
			Segments: []model.Segment{routeLit("me"), routeLit("drive"), routeLit("items"), routeKey("parent-id"), routeAddr("", "filename"), routeLit("content")},
			Params:   []model.RouteParam{routePP("parent-id", "parent-id"), routePP("filename", "filename")}}},
	{name: "site by path", line: "GET /sites/{hostname}:/{relative-path}",
		want: model.Route{Method: "GET", Path: "/sites/{hostname}:/{relative-path}",
			Segments: []model.Segment{routeLit("sites"), routeKey("hostname"), routeAddr("", "relative-path")},
			Params:   []model.RouteParam{routePP("hostname", "hostname"), routePP("relative-path", "relative-path")}}},
	{name: "literal drive path", line: "GET /me/drive/root:/FolderA/FileB.txt:/content",
		want: model.Route{Method: "GET", Path: "/me/drive/root:/{path}:/content",
			Segments: []model.Segment{routeLit("me"), routeLit("drive"), routeAddr("root", "path"), routeLit("content")},
			Params:   []model.RouteParam{{Name: "path", In: "path"}}}},
	{name: "drive path with spaces in the name", line: "GET /drive/root:/{path and filename}:/content?format={format}",
		want: model.Route{Method: "GET", Path: "/drive/root:/{pathAndFilename}:/content",
			Segments: []model.Segment{routeLit("drive"), routeAddr("root", "pathAndFilename"), routeLit("content")},
			Params:   []model.RouteParam{routePP("pathAndFilename", "path and filename")},
			Query:    []model.KeyValue{{Key: "format", Value: "{format}"}}},
		codes: []string{"route-param-space"}, msg: `"path and filename" has spaces; read as "pathAndFilename"`, col: 18},
	{name: "path address names repeat", line: "GET /drives/{id}/root:/{id}:/children",
		want: model.Route{Method: "GET", Path: "/drives/{drive-id}/root:/{drive-id-2}:/children",
			Segments: []model.Segment{routeLit("drives"), routeKey("drive-id"), routeAddr("root", "drive-id-2"), routeLit("children")},
			Params:   []model.RouteParam{routePP("drive-id", "id"), routePP("drive-id-2", "id")}},
		codes: []string{"route-param-suffixed"}},
	// Spaces and query strings.
	{name: "spaces inside braces", line: "GET /users/{ id }/events",
		want: model.Route{Method: "GET", Path: "/users/{id}/events",
			Segments: []model.Segment{routeLit("users"), routeKey("id"), routeLit("events")},
			Params:   []model.RouteParam{routePP("id", "id")}}},
	{name: "filter with spaces and slashes", line: "GET /groups/{id}/events?$filter=singleValueExtendedProperties/Any(ep: ep/id eq '{id_value}' and ep/value eq '{property_value}')",
		want: model.Route{Method: "GET", Path: "/groups/{id}/events",
			Segments: []model.Segment{routeLit("groups"), routeKey("id"), routeLit("events")},
			Params:   []model.RouteParam{routePP("id", "id")},
			Query:    []model.KeyValue{{Key: "$filter", Value: "singleValueExtendedProperties/Any(ep: ep/id eq '{id_value}' and ep/value eq '{property_value}')"}}}},
	{name: "query pairs", line: "GET /me/calendarView?startDateTime={start_datetime}&endDateTime={end_datetime}",
		want: model.Route{Method: "GET", Path: "/me/calendarView",
			Segments: []model.Segment{routeLit("me"), routeLit("calendarView")},
			Query:    []model.KeyValue{{Key: "startDateTime", Value: "{start_datetime}"}, {Key: "endDateTime", Value: "{end_datetime}"}}}},
	{name: "nested expand", line: "GET /identityGovernance/entitlementManagement/accessPackages/{id}?$expand=accessPackageResourceRoleScopes($expand=accessPackageResourceRole,accessPackageResourceScope)&$select=id",
		want: model.Route{Method: "GET", Path: "/identityGovernance/entitlementManagement/accessPackages/{id}",
			Segments: []model.Segment{routeLit("identityGovernance"), routeLit("entitlementManagement"), routeLit("accessPackages"), routeKey("id")},
			Params:   []model.RouteParam{routePP("id", "id")},
			Query: []model.KeyValue{{Key: "$expand", Value: "accessPackageResourceRoleScopes($expand=accessPackageResourceRole,accessPackageResourceScope)"},
				{Key: "$select", Value: "id"}}}},
	{name: "ampersand inside a quoted value", line: "GET /users?$filter=displayName eq 'A&B'&$top=5",
		want: model.Route{Method: "GET", Path: "/users", Segments: []model.Segment{routeLit("users")},
			Query: []model.KeyValue{{Key: "$filter", Value: "displayName eq 'A&B'"}, {Key: "$top", Value: "5"}}}},
	{name: "question mark inside quotes", line: "GET /me/drive/root/search(q='why?')",
		want: model.Route{Method: "GET", Path: "/me/drive/root/search(q='{q}')",
			Segments: []model.Segment{routeLit("me"), routeLit("drive"), routeLit("root"), routeFn("search", model.Arg{Name: "q", Param: "q", Quoted: true})},
			Params:   []model.RouteParam{routeEP("q", "q", "why?", true)}},
		codes: []string{"route-literal-argument"}, msg: `read as q='{q}'`, col: 29},
	{name: "question mark inside braces", line: "GET /items/{id?}/children",
		want: model.Route{Method: "GET", Path: "/items/{id}/children",
			Segments: []model.Segment{routeLit("items"), routeKey("id"), routeLit("children")},
			Params:   []model.RouteParam{routePP("id", "id?")}},
		codes: []string{"route-param-name"}, msg: `"id?" has characters a URL template does not allow (?)`},
	{name: "full URL inside the query", line: "DELETE /groups/{id}/acceptedSenders/$ref?$id=https://graph.microsoft.com/v1.0/users/{user-id}",
		want: model.Route{Method: "DELETE", Path: "/groups/{id}/acceptedSenders/$ref",
			Segments: []model.Segment{routeLit("groups"), routeKey("id"), routeLit("acceptedSenders"), routeRef},
			Params:   []model.RouteParam{routePP("id", "id")},
			Query:    []model.KeyValue{{Key: "$id", Value: "https://graph.microsoft.com/v1.0/users/{user-id}"}}}},
	// $ref, $value, $count.
	{name: "$ref", line: "DELETE /groups/{id}/members/{id}/$ref",
		want: model.Route{Method: "DELETE", Path: "/groups/{group-id}/members/{member-id}/$ref",
			Segments: []model.Segment{routeLit("groups"), routeKey("group-id"), routeLit("members"), routeKey("member-id"), routeRef},
			Params:   []model.RouteParam{routePP("group-id", "id"), routePP("member-id", "id")}}},
	{name: "$value with trailing space", line: "GET /me/messages/{id}/$value ",
		want: model.Route{Method: "GET", Path: "/me/messages/{id}/$value", Raw: "/me/messages/{id}/$value",
			Segments: []model.Segment{routeLit("me"), routeLit("messages"), routeKey("id"), routeValue},
			Params:   []model.RouteParam{routePP("id", "id")}}},
	{name: "$count", line: "GET /users/$count",
		want: model.Route{Method: "GET", Path: "/users/$count", Segments: []model.Segment{routeLit("users"), routeCount}}},
	// Function calls.
	{name: "quoted function parameter", line: "GET /reports/getEmailActivityUserDetail(period='{period_value}')",
		want: model.Route{Method: "GET", Path: "/reports/getEmailActivityUserDetail(period='{period_value}')",
			Segments: []model.Segment{routeLit("reports"), routeFn("getEmailActivityUserDetail", model.Arg{Name: "period", Param: "period_value", Quoted: true})},
			Params:   []model.RouteParam{routeFP("period_value", "period_value", true)}}},
	{name: "unquoted function parameter", line: "GET /reports/getEmailActivityUserDetail(date={date_value})",
		want: model.Route{Method: "GET", Path: "/reports/getEmailActivityUserDetail(date={date_value})",
			Segments: []model.Segment{routeLit("reports"), routeFn("getEmailActivityUserDetail", model.Arg{Name: "date", Param: "date_value"})},
			Params:   []model.RouteParam{routeFP("date_value", "date_value", false)}}},
	// Literal arguments are example values: read as parameters named after
	// the argument, diagnosed.
	{name: "literal arguments", line: "GET /me/drive/items/{id}/workbook/worksheets/{id|name}/charts/{name}/Image(width=0,height=0,fittingMode='fit')",
		want: model.Route{Method: "GET", Path: "/me/drive/items/{item-id}/workbook/worksheets/{worksheet-id}/charts/{name}/Image(width={width},height={height},fittingMode='{fittingMode}')",
			Segments: []model.Segment{routeLit("me"), routeLit("drive"), routeLit("items"), routeKey("item-id"), routeLit("workbook"), routeLit("worksheets"), routeKey("worksheet-id"), routeLit("charts"), routeKey("name"),
				routeFn("Image", model.Arg{Name: "width", Param: "width"}, model.Arg{Name: "height", Param: "height"}, model.Arg{Name: "fittingMode", Param: "fittingMode", Quoted: true})},
			Params: []model.RouteParam{routePP("item-id", "id"), routePP("worksheet-id", "id", "name"), routePP("name", "name"),
				routeEP("width", "width", "0", false), routeEP("height", "height", "0", false), routeEP("fittingMode", "fittingMode", "fit", true)}},
		codes: []string{"route-literal-argument", "route-literal-argument", "route-literal-argument"}, msg: "argument \"width=0\" is an example value", col: 82},
	{name: "placeholder-like literal argument", line: "GET /me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks=includePersonalNotebooks-value)",
		want: model.Route{Method: "GET", Path: "/me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks={includePersonalNotebooks})",
			Segments: []model.Segment{routeLit("me"), routeLit("onenote"), routeLit("notebooks"), routeFn("getRecentNotebooks", model.Arg{Name: "includePersonalNotebooks", Param: "includePersonalNotebooks"})},
			Params:   []model.RouteParam{routeEP("includePersonalNotebooks", "includePersonalNotebooks", "includePersonalNotebooks-value", false)}},
		codes: []string{"route-literal-argument"}},
	{name: "example dates", line: "GET /sites/{site-id}/getActivitiesByInterval(startDateTime='2016-01-01',endDateTime='2017-05-20',interval='month')",
		want: model.Route{Method: "GET", Path: "/sites/{site-id}/getActivitiesByInterval(startDateTime='{startDateTime}',endDateTime='{endDateTime}',interval='{interval}')",
			Segments: []model.Segment{routeLit("sites"), routeKey("site-id"), routeFn("getActivitiesByInterval",
				model.Arg{Name: "startDateTime", Param: "startDateTime", Quoted: true}, model.Arg{Name: "endDateTime", Param: "endDateTime", Quoted: true}, model.Arg{Name: "interval", Param: "interval", Quoted: true})},
			Params: []model.RouteParam{routePP("site-id", "site-id"), routeEP("startDateTime", "startDateTime", "2016-01-01", true),
				routeEP("endDateTime", "endDateTime", "2017-05-20", true), routeEP("interval", "interval", "month", true)}},
		codes: []string{"route-literal-argument", "route-literal-argument", "route-literal-argument"}, col: 60},
	{name: "unquoted example date", line: "GET /reports/getTeamsUserActivityUserDetail(date=2017-09-01)",
		want: model.Route{Method: "GET", Path: "/reports/getTeamsUserActivityUserDetail(date={date})",
			Segments: []model.Segment{routeLit("reports"), routeFn("getTeamsUserActivityUserDetail", model.Arg{Name: "date", Param: "date"})},
			Params:   []model.RouteParam{routeEP("date", "date", "2017-09-01", false)}},
		codes: []string{"route-literal-argument"}, col: 50},
	{name: "unnamed example argument", line: "GET /users('adele@contoso.com')/events",
		want: model.Route{Method: "GET", Path: "/users('{userId}')/events",
			Segments: []model.Segment{routeFn("users", model.Arg{Param: "userId", Quoted: true}), routeLit("events")},
			Params:   []model.RouteParam{{Name: "userId", In: "function", Quoted: true, Example: "adele@contoso.com"}}},
		codes: []string{"route-literal-argument"}, msg: `read as '{userId}'`},
	{name: "example argument names collide", line: "GET /x/f(id=1)/y/g(id=2)",
		want: model.Route{Method: "GET", Path: "/x/f(id={x-id})/y/g(id={y-id})",
			Segments: []model.Segment{routeLit("x"), routeFn("f", model.Arg{Name: "id", Param: "x-id"}), routeLit("y"), routeFn("g", model.Arg{Name: "id", Param: "y-id"})},
			Params:   []model.RouteParam{routeEP("x-id", "id", "1", false), routeEP("y-id", "id", "2", false)}},
		codes: []string{"route-literal-argument", "route-literal-argument"}},
	{name: "arguments with spaces, same names", line: "POST /me/drive/items/{id}/workbook/worksheets/{id}/range/resizedRange(deltaRows={n}, deltaColumns={n})",
		want: model.Route{Method: "POST", Path: "/me/drive/items/{item-id}/workbook/worksheets/{worksheet-id}/range/resizedRange(deltaRows={range-n},deltaColumns={range-n-2})",
			Segments: []model.Segment{routeLit("me"), routeLit("drive"), routeLit("items"), routeKey("item-id"), routeLit("workbook"), routeLit("worksheets"), routeKey("worksheet-id"), routeLit("range"),
				routeFn("resizedRange", model.Arg{Name: "deltaRows", Param: "range-n"}, model.Arg{Name: "deltaColumns", Param: "range-n-2"})},
			Params: []model.RouteParam{routePP("item-id", "id"), routePP("worksheet-id", "id"), routeFP("range-n", "n", false), routeFP("range-n-2", "n", false)}},
		codes: []string{"route-param-suffixed"}},
	{name: "empty call", line: "POST /identityGovernance/accessReviews/historyDefinitions/{definition-id}/generateDownloadUri()",
		want: model.Route{Method: "POST", Path: "/identityGovernance/accessReviews/historyDefinitions/{definition-id}/generateDownloadUri()",
			Segments: []model.Segment{routeLit("identityGovernance"), routeLit("accessReviews"), routeLit("historyDefinitions"), routeKey("definition-id"), routeFn("generateDownloadUri")},
			Params:   []model.RouteParam{routePP("definition-id", "definition-id")}}},
	{name: "enum-typed argument", line: "GET /me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'{timezone_format}')",
		want: model.Route{Method: "GET", Path: "/me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'{timezone_format}')",
			Segments: []model.Segment{routeLit("me"), routeLit("outlook"), routeFn("supportedTimeZones",
				model.Arg{Name: "TimeZoneStandard", Param: "timezone_format", Value: "microsoft.graph.timeZoneStandard", Quoted: true})},
			Params: []model.RouteParam{routeFP("timezone_format", "timezone_format", true)}}},
	// Key alternates and key shortcuts.
	{name: "key alternate", line: "DELETE /applications(appId='{appId}')/owners/{id}/$ref",
		want: model.Route{Method: "DELETE", Path: "/applications(appId='{appId}')/owners/{id}/$ref",
			Segments: []model.Segment{routeFn("applications", model.Arg{Name: "appId", Param: "appId", Quoted: true}), routeLit("owners"), routeKey("id"), routeRef},
			Params:   []model.RouteParam{routeFP("appId", "appId", true), routePP("id", "id")}}},
	{name: "key alternate (key=)", line: "GET /me/drive/items/{drive-item-id}/workbook/sessionInfoResource(key='{key}')",
		want: model.Route{Method: "GET", Path: "/me/drive/items/{drive-item-id}/workbook/sessionInfoResource(key='{key}')",
			Segments: []model.Segment{routeLit("me"), routeLit("drive"), routeLit("items"), routeKey("drive-item-id"), routeLit("workbook"), routeFn("sessionInfoResource", model.Arg{Name: "key", Param: "key", Quoted: true})},
			Params:   []model.RouteParam{routePP("drive-item-id", "drive-item-id"), routeFP("key", "key", true)}}},
	{name: "key shortcut quoted", line: "GET /users('{id}')/messages/{id}",
		want: model.Route{Method: "GET", Path: "/users('{id}')/messages/{message-id}",
			Segments: []model.Segment{routeFn("users", model.Arg{Param: "id", Quoted: true}), routeLit("messages"), routeKey("message-id")},
			Params:   []model.RouteParam{routeFP("id", "id", true), routePP("message-id", "id")}}},
	{name: "key shortcut", line: "GET /groups({id})/members",
		want: model.Route{Method: "GET", Path: "/groups({id})/members",
			Segments: []model.Segment{routeFn("groups", model.Arg{Param: "id"}), routeLit("members")},
			Params:   []model.RouteParam{routeFP("id", "id", false)}}},
	{name: "alternate key as a segment", line: "DELETE /directoryRoles/roleTemplateId={roleTemplateId}/members/{id}/$ref",
		want: model.Route{Method: "DELETE", Path: "/directoryRoles/roleTemplateId={roleTemplateId}/members/{id}/$ref",
			Segments: []model.Segment{routeLit("directoryRoles"), {Kind: model.SegmentKey, Name: "roleTemplateId", Param: "roleTemplateId"}, routeLit("members"), routeKey("id"), routeRef},
			Params:   []model.RouteParam{routePP("roleTemplateId", "roleTemplateId"), routePP("id", "id")}}},
	{name: "quoted key segment", line: "GET /informationProtection/bitlocker/recoveryKeys/'{bitlockeryRecoveryKeyId}'?$select=key",
		want: model.Route{Method: "GET", Path: "/informationProtection/bitlocker/recoveryKeys/'{bitlockeryRecoveryKeyId}'",
			Segments: []model.Segment{routeLit("informationProtection"), routeLit("bitlocker"), routeLit("recoveryKeys"), routeKey("bitlockeryRecoveryKeyId")},
			Params:   []model.RouteParam{{Name: "bitlockeryRecoveryKeyId", Written: "bitlockeryRecoveryKeyId", In: "path", Quoted: true}},
			Query:    []model.KeyValue{{Key: "$select", Value: "key"}}}},
	// Angle-bracket placeholders.
	{name: "angle placeholder segment", line: "GET /privilegedAccess/azureResources/resources/<resourceId>/roleSettings",
		want: model.Route{Method: "GET", Path: "/privilegedAccess/azureResources/resources/{resourceId}/roleSettings",
			Segments: []model.Segment{routeLit("privilegedAccess"), routeLit("azureResources"), routeLit("resources"), routeKey("resourceId"), routeLit("roleSettings")},
			Params:   []model.RouteParam{routePP("resourceId", "resourceId")}},
		codes: []string{"route-angle-placeholder"}, col: 48},
	{name: "angle placeholder argument", line: "GET /me/drive/items/{id}/workbook/worksheets/{id|name}/range(<address>)/format/borders(<sideIndex>)",
		want: model.Route{Method: "GET", Path: "/me/drive/items/{item-id}/workbook/worksheets/{worksheet-id}/range({address})/format/borders({sideIndex})",
			Segments: []model.Segment{routeLit("me"), routeLit("drive"), routeLit("items"), routeKey("item-id"), routeLit("workbook"), routeLit("worksheets"), routeKey("worksheet-id"),
				routeFn("range", model.Arg{Param: "address"}), routeLit("format"), routeFn("borders", model.Arg{Param: "sideIndex"})},
			Params: []model.RouteParam{routePP("item-id", "id"), routePP("worksheet-id", "id", "name"), routeFP("address", "address", false), routeFP("sideIndex", "sideIndex", false)}},
		codes: []string{"route-angle-placeholder", "route-angle-placeholder"}},
	// Placeholders in other brackets.
	{name: "parenthesized placeholder", line: "PATCH /teams/(team-id)/channels/{channel-id}/messages/{message-id}",
		want: model.Route{Method: "PATCH", Path: "/teams/{team-id}/channels/{channel-id}/messages/{message-id}",
			Segments: []model.Segment{routeLit("teams"), routeKey("team-id"), routeLit("channels"), routeKey("channel-id"), routeLit("messages"), routeKey("message-id")},
			Params:   []model.RouteParam{routePP("team-id", "team-id"), routePP("channel-id", "channel-id"), routePP("message-id", "message-id")}},
		codes: []string{"route-other-placeholder"}, msg: "parameter (team-id) should be written {team-id}", col: 14},
	{name: "backtick placeholder", line: "GET /sites/`site-id`/lists",
		want: model.Route{Method: "GET", Path: "/sites/{site-id}/lists",
			Segments: []model.Segment{routeLit("sites"), routeKey("site-id"), routeLit("lists")},
			Params:   []model.RouteParam{routePP("site-id", "site-id")}},
		codes: []string{"route-other-placeholder"}, col: 12},
	{name: "parenthesized value is not a placeholder", line: "PATCH /teams/(a b)/channels", codes: []string{"route-unparsable"}, col: 14},
	// Names with spaces.
	{name: "name with a space", line: "GET /organization/{tenant id}/branding",
		want: model.Route{Method: "GET", Path: "/organization/{tenantId}/branding",
			Segments: []model.Segment{routeLit("organization"), routeKey("tenantId"), routeLit("branding")},
			Params:   []model.RouteParam{routePP("tenantId", "tenant id")}},
		codes: []string{"route-param-space"}},
	// Normalizations.
	{name: "no leading slash", line: "GET policies/activityBasedTimeoutPolicies",
		want: model.Route{Method: "GET", Path: "/policies/activityBasedTimeoutPolicies",
			Segments: []model.Segment{routeLit("policies"), routeLit("activityBasedTimeoutPolicies")}},
		codes: []string{"route-relative"}, col: 5},
	{name: "tilde", line: "GET ~/onPremisesPublishingProfiles/{publishingType}/agentGroups",
		want: model.Route{Method: "GET", Path: "/onPremisesPublishingProfiles/{publishingType}/agentGroups",
			Segments: []model.Segment{routeLit("onPremisesPublishingProfiles"), routeKey("publishingType"), routeLit("agentGroups")},
			Params:   []model.RouteParam{routePP("publishingType", "publishingType")}},
		codes: []string{"route-relative"}},
	{name: "full URL v1.0", line: "GET https://graph.microsoft.com/v1.0/sites/{site-id}/lists",
		want: model.Route{Method: "GET", Path: "/sites/{site-id}/lists",
			Segments: []model.Segment{routeLit("sites"), routeKey("site-id"), routeLit("lists")},
			Params:   []model.RouteParam{routePP("site-id", "site-id")}},
		version: model.VersionV1, codes: []string{"route-full-url"}, msg: "without https://graph.microsoft.com/v1.0"},
	{name: "full URL beta with query", line: "GET https://graph.microsoft.com/beta/sites?$search={query}",
		want: model.Route{Method: "GET", Path: "/sites", Segments: []model.Segment{routeLit("sites")},
			Query: []model.KeyValue{{Key: "$search", Value: "{query}"}}},
		version: model.VersionBeta, codes: []string{"route-full-url"}},
	{name: "other cloud", line: "GET https://graph.microsoft.us/beta/me",
		want:    model.Route{Method: "GET", Path: "/me", Segments: []model.Segment{routeLit("me")}},
		version: model.VersionBeta, codes: []string{"route-full-url"}},
	{name: "bare host", line: "GET graph.microsoft.com/v1.0/me",
		want:    model.Route{Method: "GET", Path: "/me", Segments: []model.Segment{routeLit("me")}},
		version: model.VersionV1, codes: []string{"route-full-url"}},
	{name: "host without version", line: "GET https://example.com/me",
		want:  model.Route{Method: "GET", Path: "/me", Segments: []model.Segment{routeLit("me")}},
		codes: []string{"route-full-url"}},
	{name: "trailing slash", line: "GET /onPremisesPublishingProfiles/{publishingType}/agents/{id1}/?$expand=agentGroups",
		want: model.Route{Method: "GET", Path: "/onPremisesPublishingProfiles/{publishingType}/agents/{id1}",
			Segments: []model.Segment{routeLit("onPremisesPublishingProfiles"), routeKey("publishingType"), routeLit("agents"), routeKey("id1")},
			Params:   []model.RouteParam{routePP("publishingType", "publishingType"), routePP("id1", "id1")},
			Query:    []model.KeyValue{{Key: "$expand", Value: "agentGroups"}}},
		codes: []string{"route-trailing-slash"}, col: 64},
	{name: "root", line: "GET /",
		want: model.Route{Method: "GET", Path: "/"}},
	{name: "method without a space", line: "DELETE/identity/b2xUserFlows/{userflow-id}/userflowIdentityProviders/{id}/$ref",
		want: model.Route{Method: "DELETE", Path: "/identity/b2xUserFlows/{userflow-id}/userflowIdentityProviders/{id}/$ref",
			Segments: []model.Segment{routeLit("identity"), routeLit("b2xUserFlows"), routeKey("userflow-id"), routeLit("userflowIdentityProviders"), routeKey("id"), routeRef},
			Params:   []model.RouteParam{routePP("userflow-id", "userflow-id"), routePP("id", "id")}},
		codes: []string{"route-method-no-space"}, col: 7},
	{name: "lower-case method", line: "get /me",
		want:  model.Route{Method: "GET", Path: "/me", Segments: []model.Segment{routeLit("me")}},
		codes: []string{"route-method-case"}},
	// Example IDs are keys named from the collection before them.
	{name: "example ID", line: "GET /education/me/rubrics/ceb3863e-6912-4ea9-ac41-3c2bb7b6672d",
		want: model.Route{Method: "GET", Path: "/education/me/rubrics/{rubricId}",
			Segments: []model.Segment{routeLit("education"), routeLit("me"), routeLit("rubrics"), routeKey("rubricId")},
			Params:   []model.RouteParam{routeXP("rubricId", "ceb3863e-6912-4ea9-ac41-3c2bb7b6672d")}},
		codes: []string{"route-literal-id"}, msg: "read as {rubricId}", col: 27},
	{name: "example IDs in a row", line: "DELETE /education/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/assignments/cf6005fc-9e13-44a2-a6ac-a53322006454/resources/{id}",
		want: model.Route{Method: "DELETE", Path: "/education/classes/{classId}/assignments/{assignmentId}/resources/{id}",
			Segments: []model.Segment{routeLit("education"), routeLit("classes"), routeKey("classId"), routeLit("assignments"), routeKey("assignmentId"), routeLit("resources"), routeKey("id")},
			Params:   []model.RouteParam{routeXP("classId", "acdefc6b-2dc6-4e71-b1e9-6d9810ab1793"), routeXP("assignmentId", "cf6005fc-9e13-44a2-a6ac-a53322006454"), routePP("id", "id")}},
		codes: []string{"route-literal-id", "route-literal-id"}, col: 27},
	{name: "example ID without dashes", line: "POST /compliance/ediscovery/cases/4c8f8f70-7785-4bd4-b296-c98376a2c5e1/custodians/2192ca408ea2410eba3bec8ae873be6b/unifiedGroupSources",
		want: model.Route{Method: "POST", Path: "/compliance/ediscovery/cases/{caseId}/custodians/{custodianId}/unifiedGroupSources",
			Segments: []model.Segment{routeLit("compliance"), routeLit("ediscovery"), routeLit("cases"), routeKey("caseId"), routeLit("custodians"), routeKey("custodianId"), routeLit("unifiedGroupSources")},
			Params:   []model.RouteParam{routeXP("caseId", "4c8f8f70-7785-4bd4-b296-c98376a2c5e1"), routeXP("custodianId", "2192ca408ea2410eba3bec8ae873be6b")}},
		codes: []string{"route-literal-id", "route-literal-id"}},
	{name: "example host name", line: "GET /domains/contoso.com/serviceConfigurationRecords",
		want: model.Route{Method: "GET", Path: "/domains/{domainId}/serviceConfigurationRecords",
			Segments: []model.Segment{routeLit("domains"), routeKey("domainId"), routeLit("serviceConfigurationRecords")},
			Params:   []model.RouteParam{routeXP("domainId", "contoso.com")}},
		codes: []string{"route-literal-id"}, col: 14},
	{name: "example number after a key", line: "GET /x/{id}/42",
		want: model.Route{Method: "GET", Path: "/x/{x-id}/{x-id-2}",
			Segments: []model.Segment{routeLit("x"), routeKey("x-id"), routeKey("x-id-2")},
			Params:   []model.RouteParam{routePP("x-id", "id"), routeXP("x-id-2", "42")}},
		codes: []string{"route-literal-id", "route-param-suffixed"}},
	{name: "empty segment", line: "GET /me//messages",
		want:  model.Route{Method: "GET", Path: "/me/messages", Segments: []model.Segment{routeLit("me"), routeLit("messages")}},
		codes: []string{"route-empty-segment"}},
	// Rejected lines.
	{name: "or", line: "or"},
	{name: "header line", line: "workbook-session-id: {session-id}", codes: []string{"route-not-route"}, col: 1},
	{name: "C# code", line: `string base64Value = System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(sharingUrl));`,
		codes: []string{"route-not-route"}},
	{name: "elided", line: "GET /me/mailFolders/{id}/childFolders/{id}/.../messages",
		codes: []string{"route-elided"}, msg: "elided", col: 44},
	{name: "elided with an ellipsis", line: "GET /me/mailFolders/{id}/childFolders/{id}/…/messages", codes: []string{"route-elided"}},
	{name: "Intune placeholder", line: "GET ** Collection URI for microsoft.management.services.api.appVulnerabilityManagedDevice not found",
		codes: []string{"route-placeholder"}, col: 5},
	{name: "unbalanced brace", line: "GET /users/{id/messages", codes: []string{"route-unparsable"}, msg: `unbalanced '{'`, col: 12},
	{name: "unclosed call", line: "GET /me/drive/items/{id}/workbook/worksheets/{id|name}/range(address='<address>'/entireRow",
		codes: []string{"route-unparsable"}, msg: `unbalanced '('`, col: 61},
	{name: "missing slash before $ref", line: "DELETE /servicePrincipals/{id}/tokenLifetimePolicies/{id}$ref", codes: []string{"route-unparsable"}},
	{name: "space in a name", line: "GET /me/mail folders", codes: []string{"route-unparsable"}},
	{name: "method alone", line: "GET", codes: []string{"route-unparsable"}},
	{name: "empty parameter", line: "GET /users/{}", codes: []string{"route-unparsable"}},
	{name: "parameter name of dots", line: "GET A(<. ..>)", codes: []string{"route-unparsable"}, msg: "no usable name"},
	{name: "path address mixing text and parameters", line: "GET /me/drive/root:/docs/{name}:/content", codes: []string{"route-unparsable"}},
}

func TestParseRoute(t *testing.T) {
	for _, tc := range routeCases {
		t.Run(tc.name, func(t *testing.T) {
			pos := model.Pos{File: "x.md", Line: 7, Col: 1}
			d := &diags{}
			r, version, ok := parseRoute(tc.line, pos, d)
			want := tc.want
			if want.Method != "" {
				want.Pos = pos
				if want.Raw == "" {
					_, want.Raw, _, _ = routeSplitMethod(tc.line)
				}
			}
			if ok != (want.Method != "") {
				t.Fatalf("ok = %v, diagnostics %v", ok, d.list)
			}
			if diff := cmp.Diff(want, r); diff != "" {
				t.Errorf("route (-want +got):\n%s", diff)
			}
			if version != tc.version {
				t.Errorf("version = %q, want %q", version, tc.version)
			}
			var codes []string
			for _, dg := range d.list {
				codes = append(codes, dg.Code)
				if dg.Pos.File != "x.md" || dg.Pos.Line != 7 || dg.Pos.Col < 1 || dg.Pos.Col > len(tc.line) {
					t.Errorf("diagnostic %v is not on the line", dg)
				}
			}
			if diff := cmp.Diff(tc.codes, codes); diff != "" {
				t.Errorf("diagnostic codes (-want +got):\n%s\n%v", diff, d.list)
			}
			if tc.msg != "" && (len(d.list) == 0 || !strings.Contains(d.list[0].Message, tc.msg)) {
				t.Errorf("diagnostics %v, want a message with %q", d.list, tc.msg)
			}
			if tc.col != 0 && (len(d.list) == 0 || d.list[0].Pos.Col != tc.col) {
				t.Errorf("diagnostics %v, want the first at column %d", d.list, tc.col)
			}
			if ok {
				if why := checkRoute(r); why != "" {
					t.Error(why)
				}
			}
		})
	}
}

var corpusRouteRE = regexp.MustCompile(`^\s*(GET|POST|PATCH|PUT|DELETE)\s+(/|https://)`)

// routeFenceLines returns the non-blank lines of the code fences in the
// "## HTTP request" sections of file, with their line numbers.
func routeFenceLines(t *testing.T, file string) (lines []string, nums []int) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	inSection, inFence := false, false
	for i, l := range strings.Split(string(src), "\n") {
		if !inFence && strings.HasPrefix(l, "## ") {
			inSection = strings.HasPrefix(strings.ToLower(strings.TrimSpace(l[3:])), "http request")
			continue
		}
		if !inSection {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			inFence = !inFence
			continue
		}
		if inFence && strings.TrimSpace(l) != "" {
			lines, nums = append(lines, l), append(nums, i+1)
		}
	}
	return lines, nums
}

var (
	routeQuotedRE    = regexp.MustCompile(`'[^']*'`)
	routePathParamRE = regexp.MustCompile(`\{([^{}]*)\}`)
)

// checkRoute reports what is wrong with a route parseRoute accepted.
func checkRoute(r model.Route) string {
	names := map[string]bool{}
	for _, p := range r.Params {
		if p.Name == "" {
			return "empty parameter name"
		}
		if names[p.Name] {
			return "parameter " + p.Name + " twice in Params"
		}
		names[p.Name] = true
	}
	var inPath []string
	for _, m := range routePathParamRE.FindAllStringSubmatch(r.Path, -1) {
		inPath = append(inPath, m[1])
	}
	if len(inPath) != len(r.Params) {
		return "Path and Params disagree"
	}
	for i, n := range inPath {
		if n != r.Params[i].Name {
			return "Path and Params disagree on " + n
		}
	}
	if !strings.HasPrefix(r.Path, "/") || strings.ContainsAny(routeQuotedRE.ReplaceAllString(r.Path, "''"), " \t\n?") {
		return "bad Path " + r.Path
	}
	return ""
}

func TestRouteCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/*/api-reference/*/api/*.md")
	if len(files) == 0 {
		t.Skip("corpus not found at ../../shared/corpus")
	}
	var considered, good, total int
	var failures []string
	codes := map[string]int{}
	for _, file := range files {
		lines, nums := routeFenceLines(t, file)
		for i, l := range lines {
			total++
			d := &diags{}
			pos := model.Pos{File: file, Line: nums[i], Col: 1}
			r, _, ok := parseRoute(strings.TrimSpace(l), pos, d)
			for _, dg := range d.list {
				codes[dg.Code]++
			}
			if !corpusRouteRE.MatchString(l) || strings.Contains(l, "...") {
				continue
			}
			considered++
			why := ""
			if !ok {
				why = "rejected"
				for _, dg := range d.list {
					why += ": " + dg.Message
				}
			} else {
				why = checkRoute(r)
			}
			if why == "" {
				good++
			} else {
				failures = append(failures, pos.String()+": "+strings.TrimSpace(l)+": "+why)
			}
		}
	}
	t.Logf("route lines in HTTP request fences: %d; considered: %d; parsed ok with unique names: %d (%.2f%%)", total, considered, good, 100*float64(good)/float64(max(1, considered)))
	t.Logf("diagnostics by code: %v", codes)
	for i, f := range failures {
		if i == 20 {
			break
		}
		t.Logf("failure: %s", f)
	}
	if considered == 0 || float64(good) < 0.99*float64(considered) {
		t.Errorf("only %d of %d route lines parse", good, considered)
	}
}

func FuzzParseRoute(f *testing.F) {
	for _, tc := range routeCases {
		f.Add(tc.line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		d := &diags{}
		r, version, ok := parseRoute(line, model.Pos{File: "x.md", Line: 1, Col: 1}, d)
		for _, dg := range d.list {
			if !strings.HasPrefix(dg.Code, "route-") || strings.Contains(dg.Message, "internal error") {
				t.Fatalf("diagnostic %v", dg)
			}
		}
		if !ok {
			if r.Method != "" || version != "" {
				t.Fatalf("rejected line returned %v %q", r, version)
			}
			return
		}
		if why := checkRoute(r); why != "" {
			t.Fatalf("%s: %+v", why, r)
		}
		for _, p := range r.Params {
			if p.In != "path" && p.In != "function" {
				t.Fatalf("parameter %+v", p)
			}
		}
		// The canonical path reads back as itself (renaming can make it
		// longer than the longest route read).
		if len(r.Path) > routeMaxLen {
			return
		}
		d2 := &diags{}
		r2, _, ok2 := parseRoute(r.Method+" "+r.Path, model.Pos{}, d2)
		if !ok2 || r2.Path != r.Path {
			t.Fatalf("path %q reads back as %q (%v)", r.Path, r2.Path, d2.list)
		}
	})
}

// TestParseRouteLongLines feeds long repetitive lines, up to the longest
// route parseRoute reads and beyond.
func TestParseRouteLongLines(t *testing.T) {
	for _, unit := range []string{"(", ")", "'", "{", "/", ":/", "a:", "&'", "?&'", "a(b,", "{a|", "x(a='{b}',", "<a>/", "/{id}", "|", " ", "a=", "…", "/a/{id}", "/a(b={c})", "/{a b c}", "&'&"} {
		n := (routeMaxLen - 10) / len(unit)
		lines := []string{"GET /" + strings.Repeat(unit, n), "GET /x?" + strings.Repeat(unit, n)}
		if unit == "/{id}" {
			lines = append(lines, "GET /"+strings.Repeat("a", 3000)+strings.Repeat(unit, 200))
		}
		for _, line := range lines {
			r, _, ok := parseRoute(line, model.Pos{}, &diags{})
			if ok {
				if why := checkRoute(r); why != "" {
					t.Errorf("%.20s...: %s", line, why)
				}
			}
		}
		d := &diags{}
		if _, _, ok := parseRoute("GET /"+strings.Repeat(unit+"x", routeMaxLen), model.Pos{}, d); ok || len(d.list) != 1 || d.list[0].Code != "route-unparsable" {
			t.Errorf("%q x %d: ok = %v, %v", unit, routeMaxLen, ok, d.list)
		}
	}
}
