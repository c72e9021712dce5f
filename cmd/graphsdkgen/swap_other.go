//go:build !linux

package main

import "errors"

// swap is not available here (no renameat2 RENAME_EXCHANGE): the writer
// falls back to the journal.
func (w writer) swap(*plan) (bool, error) {
	return false, noSwapError{errors.New("no atomic directory exchange on this system")}
}
