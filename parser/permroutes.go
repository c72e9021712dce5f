package parser

import (
	"strings"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// codePermRouteUnmatched: the page's permissions name several resources
// and none is the route's, so every entry applies to it.
const codePermRouteUnmatched = "permissions-route-unmatched"

// checkRoutePermissions reports the routes that none of the page's
// resource-specific permissions match (model.PermissionsForRoute).
func (w *walker) checkRoutePermissions() {
	pg := w.page
	res := model.PermissionResources(pg)
	if len(res) < 2 {
		return
	}
	for _, r := range pg.Routes {
		if r.Derived {
			continue
		}
		if model.PermissionsForRoute(pg, r).Match != model.PermMatchUnmatched {
			continue
		}
		w.d.infof(r.Pos, codePermRouteUnmatched, "the permissions are given per resource (%s) and none is this route's; all of them are listed for %s %s",
			strings.Join(res, ", "), r.Method, r.Path)
	}
}
