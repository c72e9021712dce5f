package main

import (
	"fmt"
	"os"
	"time"
)

// writerFromEnv is the writer of a command-line run. Tests that kill the
// process mid-write slow it down with GRAPHSDKGEN_TEST_WRITE_DELAY (a
// duration, paused before each staged file and each step of the switch);
// nothing else reads it.
func writerFromEnv() (writer, error) {
	v := os.Getenv("GRAPHSDKGEN_TEST_WRITE_DELAY")
	if v == "" {
		return writer{}, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return writer{}, fmt.Errorf("GRAPHSDKGEN_TEST_WRITE_DELAY=%s: %v", v, err)
	}
	return writer{delay: d}, nil
}
