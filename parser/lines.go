package parser

import (
	"sort"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// lineIndex turns goldmark's byte offsets into file:line:col positions.
type lineIndex struct {
	file   string
	starts []int // byte offset of each line's first byte
}

func newLineIndex(file string, src []byte) *lineIndex {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{file: file, starts: starts}
}

// pos returns the position of byte offset off; a negative offset gives the
// file alone.
func (li *lineIndex) pos(off int) model.Pos {
	if off < 0 {
		return model.Pos{File: li.file}
	}
	line := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	return model.Pos{File: li.file, Line: line + 1, Col: off - li.starts[line] + 1}
}

// lineStart returns the offset of the first byte of the line holding off.
func (li *lineIndex) lineStart(off int) int {
	line := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	return li.starts[line]
}
