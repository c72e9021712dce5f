package parser

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v2"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// readFrontMatter turns the front matter goldmark-meta parsed into ordered
// key/values. YAML that does not parse (a bare title with ": " in it) is read
// line by line as "key: value" from src, with a warning.
func readFrontMatter(ms yaml.MapSlice, err error, src []byte, li *lineIndex, d *diags) []model.KeyValue {
	if err == nil {
		out := make([]model.KeyValue, 0, len(ms))
		for _, it := range ms {
			v := ""
			if it.Value != nil {
				v = fmt.Sprint(it.Value)
			}
			out = append(out, model.KeyValue{Key: fmt.Sprint(it.Key), Value: v})
		}
		return out
	}
	d.warnf(li.pos(0), "front-matter-yaml", "front matter is not valid YAML (%v); read line by line: quote values that contain \": \"", err)
	var out []model.KeyValue
	lines := strings.Split(string(src), "\n")
	for i, line := range lines {
		if i == 0 {
			continue
		}
		if strings.TrimSpace(line) == "---" {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(k) == "" {
			continue
		}
		v = strings.TrimSpace(v)
		v = strings.Trim(v, `"'`)
		out = append(out, model.KeyValue{Key: strings.TrimSpace(k), Value: v})
	}
	return out
}

func lookup(kvs []model.KeyValue, key string) string {
	for _, kv := range kvs {
		if kv.Key == key {
			return kv.Value
		}
	}
	return ""
}

// pageKind maps doc_type to a model kind.
func pageKind(docType string) string {
	switch strings.TrimSuffix(strings.TrimSpace(docType), "_") {
	case "apiPageType":
		return model.KindAPI
	case "resourcePageType":
		return model.KindResource
	case "enumPageType", "enumTypes":
		return model.KindEnum
	}
	return model.KindOther
}
