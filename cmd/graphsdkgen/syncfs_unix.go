//go:build unix

package main

import "syscall"

// syncFS flushes every file system's written data to disk.
func syncFS() { syscall.Sync() }
