package parser

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
)

// DefaultMaxPageSize is the size cap of a page or include file when
// Parser.MaxPageSize is zero. The largest page of the corpus is about
// 300 KiB.
const DefaultMaxPageSize = 4 << 20

// readKind says why a file was not read.
type readKind int

const (
	readFailed     readKind = iota // missing or unreadable
	readOutside                    // the path or a symlink on it leaves the docs root
	readLoop                       // a symlink loop
	readNotRegular                 // a FIFO, device, socket or directory
	readTooLarge                   // larger than the size cap
)

// readError is a file that was not read, and why.
type readError struct {
	kind readKind
	msg  string
}

func (e *readError) Error() string { return e.msg }

// pageCode is the diagnostic code of a page that was not read.
func (e *readError) pageCode() string {
	return [...]string{"read-error", "symlink-outside-root", "symlink-loop", "not-regular-file", "page-too-large"}[e.kind]
}

// includeCode is the diagnostic code of an include that was not read.
func (e *readError) includeCode() string {
	return [...]string{"include-missing", "include-outside-root", "symlink-loop", "not-regular-file", "include-too-large"}[e.kind]
}

func (p *Parser) maxPageSize() int64 {
	if p.MaxPageSize > 0 {
		return p.MaxPageSize
	}
	return DefaultMaxPageSize
}

// docsDir is an open docs root.
type docsDir struct {
	dir  string   // absolute and clean, as spelled
	real string   // with its symlinks resolved
	r    *os.Root // opened at real; nil when err is set
	err  error
}

// openDocsDir opens the docs root dir (absolute and clean). An error is kept
// and reported for each file read through it.
func openDocsDir(dir string) *docsDir {
	d := &docsDir{dir: dir}
	if d.real, d.err = filepath.EvalSymlinks(dir); d.err == nil {
		d.r, d.err = os.OpenRoot(d.real)
	}
	return d
}

func (d *docsDir) close() {
	if d.r != nil {
		d.r.Close()
	}
}

// readInside reads file, which must lie inside the docs root d both as
// spelled and once its symlinks are resolved, must be a regular file and
// must hold at most p.maxPageSize() bytes. Everything goes through an
// os.Root, so a path swapped for a symlink after the checks still cannot
// leave the root; the type is checked before the file is opened (opening a
// FIFO for reading blocks), the open does not block, and the opened file is
// checked again.
func (p *Parser) readInside(d *docsDir, file string) ([]byte, *readError) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, &readError{readFailed, err.Error()}
	}
	if !inside(d.dir, abs) {
		return nil, &readError{readOutside, fmt.Sprintf("%s is outside the docs root %s", file, d.dir)}
	}
	if d.err != nil {
		return nil, &readError{readFailed, d.err.Error()}
	}
	rel, _ := filepath.Rel(d.dir, abs)
	st, err := d.r.Stat(rel)
	if err != nil {
		var rerr *readError
		if rel, rerr = d.resolve(file, abs); rerr != nil {
			return nil, rerr
		}
		if st, err = d.r.Stat(rel); err != nil {
			return nil, &readError{readFailed, err.Error()}
		}
	}
	if err := p.checkFile(file, st); err != nil {
		return nil, err
	}
	f, err := d.r.OpenFile(rel, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &readError{readFailed, err.Error()}
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, &readError{readFailed, err.Error()}
	}
	if err := p.checkFile(file, st); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, p.maxPageSize()+1))
	if err != nil {
		return nil, &readError{readFailed, err.Error()}
	}
	if int64(len(data)) > p.maxPageSize() {
		return nil, p.tooLarge(file)
	}
	return data, nil
}

// resolve is the slow path of readInside, for a file the root cannot
// reach as spelled: it says why (missing, a symlink loop, a symlink out of
// the root), or, for a chain of symlinks that stays inside (os.Root
// refuses absolute and long chains), returns the resolved path relative
// to the resolved root.
func (d *docsDir) resolve(file, abs string) (string, *readError) {
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		if _, serr := os.Stat(abs); errors.Is(serr, syscall.ELOOP) {
			return "", &readError{readLoop, fmt.Sprintf("%s is a symlink loop", file)}
		}
		return "", &readError{readFailed, err.Error()}
	}
	if !inside(d.real, real) {
		return "", &readError{readOutside, fmt.Sprintf("%s resolves to %s, outside the docs root %s", file, real, d.dir)}
	}
	rel, _ := filepath.Rel(d.real, real)
	return rel, nil
}

// checkFile rejects what is not a regular file or is over the size cap.
func (p *Parser) checkFile(file string, st os.FileInfo) *readError {
	if !st.Mode().IsRegular() {
		return &readError{readNotRegular, fmt.Sprintf("%s is a %s, not a regular file; skipped", file, fileType(st.Mode()))}
	}
	if st.Size() > p.maxPageSize() {
		return p.tooLarge(file)
	}
	return nil
}

func (p *Parser) tooLarge(file string) *readError {
	return &readError{readTooLarge, fmt.Sprintf("%s is larger than %d bytes; skipped", file, p.maxPageSize())}
}

// fileType names the type of a file that is not regular.
func fileType(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		return "socket"
	case m&os.ModeDevice != 0:
		return "device"
	case m.IsDir():
		return "directory"
	}
	return "special file"
}
