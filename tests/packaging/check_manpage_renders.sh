#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check_manpage_renders.sh MANPAGE...
# groff formats each page with every warning on (-ww), as man does; any message fails.
# Exit 77 (skipped) without groff.
set -eu
if ! command -v groff >/dev/null 2>&1; then
    echo "groff is not installed (package groff-base): skipped"
    exit 77
fi
status=0
for page in "$@"; do
    messages=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1) || status=1
    if [ -n "$messages" ]; then
        printf '%s\n' "$messages" >&2
        status=1
    else
        echo "$page: no warning"
    fi
done
exit "$status"
