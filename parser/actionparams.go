package parser

import "github.com/graphsdkgen/graphsdkgen/model"

// actionParameters reads a "Parameters" table of a page whose routes are
// all POSTs that call no function with arguments, and whose Request body
// section is missing or lists nothing, as the action's body:
// driveitem-createuploadsession says "No request body is required.
// However, you can specify properties …" under "### Request body", lists
// item and deferCommit under "## Parameters" and sends them as JSON. A
// POST's parameters cannot go in its URL. Diagnosed
// (action-params-as-body) so that the page can put them under Request
// body.
func (w *walker) actionParameters() {
	pg := w.page
	if len(pg.FunctionParameters) == 0 || pg.RequestBody != nil && !bodyListsNothing(pg.RequestBody) {
		return
	}
	for _, r := range pg.Routes {
		if r.Method != "POST" {
			return
		}
		for _, s := range r.Segments {
			if len(s.Args) > 0 {
				return
			}
		}
	}
	ps := pg.FunctionParameters
	w.d.infof(ps[0].Pos, "action-params-as-body", "the parameters of an action page whose Request body section lists none are its JSON body: put them under the Request body heading")
	body := &model.Body{Pos: ps[0].Pos, Kind: model.BodyParameters, Parameters: ps}
	if pg.RequestBody != nil {
		// driveitem-createuploadsession: "No request body is required.
		// However, you can specify properties …" under ### Request body,
		// the properties under ## Parameters.
		body.Text = pg.RequestBody.Text
	}
	pg.RequestBody = body
	pg.FunctionParameters = nil
}

// bodyListsNothing reports whether a Request body section names no
// parameters and no type: it says none is needed, or nothing readable.
func bodyListsNothing(b *model.Body) bool {
	return len(b.Parameters) == 0 && b.Type.Raw == "" && b.Type.Name == "" &&
		(b.Kind == model.BodyNone || b.Kind == model.BodyUnknown)
}
