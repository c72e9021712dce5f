package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// goModulePath finds the import path of dir and whether the run writes its
// go.mod. A go.mod in dir that the tool wrote (ownGoMod: listed in dir's
// manifest) is rewritten, with -go-module's path or else its own. A go.mod
// in dir that it did not write is never written: -go-module must name its
// module, or the root is refused. Above dir, the enclosing module gives the
// import path; with none, -go-module names the module and a go.mod is
// written.
func goModulePath(dir, flagModule string, ownGoMod bool) (mod string, writeGoMod bool, err error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", false, err
	}
	for d := abs; ; d = filepath.Dir(d) {
		gm := filepath.Join(d, "go.mod")
		data, err := os.ReadFile(gm)
		if err == nil {
			mp := modulePath(data)
			switch {
			case d == abs && ownGoMod && flagModule != "":
				return flagModule, true, nil
			case mp == "":
				return "", false, fmt.Errorf("%s: no module line", gm)
			case d == abs && ownGoMod:
				return mp, true, nil
			case d == abs && flagModule == "":
				return "", false, fmt.Errorf("-go-out %s holds a go.mod graphsdkgen did not write (module %s); refusing to generate into it unless -go-module %s names that module", dir, mp, mp)
			case d == abs && flagModule != mp:
				return "", false, fmt.Errorf("-go-module %s disagrees with %s (module %s), which graphsdkgen did not write", flagModule, gm, mp)
			}
			rel, _ := filepath.Rel(d, abs)
			full := mp
			if rel != "." {
				full = mp + "/" + filepath.ToSlash(rel)
			}
			return full, false, nil
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if flagModule == "" {
		return "", false, fmt.Errorf("-go-out %s is not inside a Go module: name one with -go-module", dir)
	}
	return flagModule, true, nil
}

func modulePath(gomod []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(gomod))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) >= 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}
