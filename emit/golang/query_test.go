package golang

import (
	"fmt"
	"testing"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// TestQueryValuesPlaceholders: a route's query value that holds a
// placeholder anywhere (not only as the whole value) is the caller's, not
// a fixed value the method sends: the replay of
// governanceroleassignment-export sent $filter=resourceId+eq+'{resourceId}'
// beside the example's filter.
func TestQueryValuesPlaceholders(t *testing.T) {
	r := model.Route{Query: []model.KeyValue{
		{Key: "$filter", Value: "resourceId+eq+'{resourceId}'"},
		{Key: "$top", Value: "{pagesize}"},
		{Key: "$id", Value: "https://graph.microsoft.com/v1.0/users/{user-id}"},
		{Key: "$expand", Value: "multiValueExtendedProperties($filter=id eq '<id_value>')"},
		{Key: "$skip", Value: "0"},
	}}
	got := fmt.Sprintf("%#v", queryValues(r))
	if want := `url.Values{"$skip": {"0"}}`; got != want {
		t.Errorf("queryValues = %s, want %s", got, want)
	}
	if q := queryValues(model.Route{Query: []model.KeyValue{{Key: "$top", Value: "{n}"}}}); q != nil {
		t.Errorf("only placeholders: %#v, want nil", q)
	}
}
