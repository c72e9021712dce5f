package graph

import (
	"errors"
	"net/url"
	"strings"
)

// Ref is the body of a POST or PUT to a $ref route (add a member, set a
// manager): {"@odata.id": "<URL of the entity>"}. ID is one of
//
//   - an absolute URL, sent as it is;
//   - a path relative to the client's service root, such as
//     "users/{id}" or "/directoryObjects/{id}" (RefTo builds one);
//   - a bare ID without '/', taken as "directoryObjects/{ID}", which
//     addresses any user, group, device or service principal.
//
// Do completes a relative ID with the client's base URL, so the same value
// refers to the right cloud and version: RefTo("users", id) sent by a
// Global v1.0 client is {"@odata.id":
// "https://graph.microsoft.com/v1.0/users/<id>"}.
type Ref struct {
	ID string `json:"@odata.id"`
}

// RefTo is the Ref of the entity at the path made of parts, each escaped:
// RefTo("users", id), RefTo("groups", groupID).
func RefTo(parts ...string) Ref {
	esc := make([]string, len(parts))
	for i, p := range parts {
		esc[i] = url.PathEscape(p)
	}
	return Ref{ID: strings.Join(esc, "/")}
}

// URL is the @odata.id the Ref sends to a client whose base URL (service
// root with version) is base; see Ref.
func (r Ref) URL(base string) (string, error) {
	id := strings.TrimSpace(r.ID)
	switch {
	case id == "":
		return "", errors.New("graph: Ref.ID is empty")
	case strings.Contains(id, "://"):
		u, err := url.Parse(id)
		if err != nil || !u.IsAbs() || u.Host == "" {
			return "", errors.New("graph: Ref.ID is not a valid absolute URL")
		}
		return id, nil
	case !strings.Contains(id, "/"):
		return strings.TrimSuffix(base, "/") + "/directoryObjects/" + url.PathEscape(id), nil
	}
	return strings.TrimSuffix(base, "/") + "/" + strings.TrimPrefix(id, "/"), nil
}

// resolveRef replaces a Ref body by the Ref with its absolute URL.
func resolveRef(body any, base string) (any, error) {
	var r Ref
	switch b := body.(type) {
	case Ref:
		r = b
	case *Ref:
		if b == nil {
			return body, nil
		}
		r = *b
	default:
		return body, nil
	}
	u, err := r.URL(base)
	if err != nil {
		return nil, err
	}
	return Ref{ID: u}, nil
}
