//go:build !unix

package main

// syncFS does nothing where the system has no sync(2): there, output
// survives a killed run but not necessarily a power cut.
func syncFS() {}
