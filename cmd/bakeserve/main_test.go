package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRunRejectsBadFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"port not a number", []string{"-port", "eighty"}, `port "eighty": want a number from 0 to 65535`},
		{"port too big", []string{"-port", "70000"}, `port "70000": want a number from 0 to 65535`},
		{"quality", []string{"-quality", "12"}, "quality 12: want 1 to 11"},
		{"argument", []string{"web"}, `unexpected argument "web"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			err := run(tc.args, &out, &errs)
			if assert.Error(t, err) {
				assert.Equal(t, tc.want, err.Error())
			}
		})
	}
}
