package golang

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/graphsdkgen/graphsdkgen/model"
)

// Failure is a page or a type whose Go could not be emitted: its source did
// not format, or emitting it panicked (a bug, recovered here as the last
// line of defence). Its file is left out; the caller leaves the element
// out of the model and emits again, so nothing refers to it.
type Failure struct {
	Page *model.Page // the page whose methods failed, or nil
	Type *model.Type // the type that failed, or nil
	// Panic is set when emitting panicked rather than gave bad source.
	Panic bool
	Err   error
}

// Pos is where the failure's element is written.
func (f Failure) Pos() model.Pos {
	if f.Type != nil {
		return f.Type.Pos
	}
	if f.Page != nil {
		return f.Page.Pos
	}
	return model.Pos{}
}

// emitFile builds a file with gen and renders it, turning a panic into an
// error with Panic set.
func emitFile(gen func() *jen.File) (data []byte, panicked bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, panicked, err = nil, true, fmt.Errorf("panic: %v", r)
		}
	}()
	data, err = render(gen())
	return data, false, err
}
