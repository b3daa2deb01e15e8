#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check_validator.sh TOOL [ARGUMENT]... FILE
# Runs a validator (appstreamcli, desktop-file-validate) and fails when it fails or prints any
# message: desktop-file-validate exits 0 on warnings and hints, and those count here.
# appstreamcli always ends with a verdict line, so for it only the exit status counts (run it
# with --strict, which fails on warnings and infos). Exit 77 (skipped) when TOOL is missing.
set -eu
tool=$1
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed: skipped"
    exit 77
fi
status=0
output=$(LC_ALL=C.UTF-8 "$@" 2>&1) || status=$?
[ -z "$output" ] || printf '%s\n' "$output"
if [ "$status" -ne 0 ]; then
    echo "$tool failed (exit status $status)" >&2
    exit 1
fi
if [ "$tool" != appstreamcli ] && [ -n "$output" ]; then
    echo "$tool reported the messages above" >&2
    exit 1
fi
