package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// checkRoot refuses an output root the tool may not own, before anything
// below it is read: a filesystem root, the user's home directory or one of
// its ancestors, a symbolic link, an existing path that is not a
// directory, or a name reserved for a root's staging sibling. A root that does not exist yet is fine (it is created).
func checkRoot(flagName, dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("%s %s: %v", flagName, dir, err)
	}
	if filepath.Dir(abs) == abs || abs == filepath.VolumeName(abs)+string(filepath.Separator) {
		return fmt.Errorf("%s %s: refusing a filesystem root as an output directory", flagName, dir)
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		if h, err := filepath.Abs(home); err == nil && (h == abs || strings.HasPrefix(h, abs+string(filepath.Separator))) {
			return fmt.Errorf("%s %s: refusing the home directory (or a directory holding it) as an output directory", flagName, dir)
		}
	}
	if strings.HasSuffix(filepath.Base(abs), siblingSuffix) {
		return fmt.Errorf("%s %s: names like that are graphsdkgen's staging directories", flagName, dir)
	}
	fi, err := os.Lstat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("%s %s: %v", flagName, dir, err)
	case fi.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s %s: is a symbolic link; name the directory itself", flagName, dir)
	case !fi.IsDir():
		return fmt.Errorf("%s %s: exists and is not a directory", flagName, dir)
	}
	return nil
}

// checkRoots checks both output roots and that they differ (each root's
// manifest, staging directory and journal are its own).
func checkRoots(goOut, apiOut string) error {
	if err := checkRoot("-go-out", goOut); err != nil {
		return err
	}
	if err := checkRoot("-openapi-out", apiOut); err != nil {
		return err
	}
	a, _ := filepath.Abs(goOut)
	b, _ := filepath.Abs(apiOut)
	if a == b {
		return fmt.Errorf("-go-out and -openapi-out are the same directory %s; give each its own", goOut)
	}
	return nil
}
