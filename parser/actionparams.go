package parser

import "github.com/graphsdkgen/graphsdkgen/model"

// actionParameters reads a "Parameters" table of a page whose routes are
// all POSTs that call no function with arguments, and that has no Request
// body section, as the action's body: driveitem-createuploadsession lists
// item and deferCommit under "## Parameters" and sends them as JSON. A
// POST's parameters cannot go in its URL. Diagnosed
// (action-params-as-body) so that the page can put them under Request
// body.
func (w *walker) actionParameters() {
	pg := w.page
	if len(pg.FunctionParameters) == 0 || pg.RequestBody != nil {
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
	w.d.infof(ps[0].Pos, "action-params-as-body", "the parameters of an action page without a Request body section are its JSON body: put them under a Request body heading")
	pg.RequestBody = &model.Body{Pos: ps[0].Pos, Kind: model.BodyParameters, Parameters: ps}
	pg.FunctionParameters = nil
}
