#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check_validators_refuse.sh CHECK_VALIDATOR METAINFO DESKTOP_FILE
# check_validator.sh must fail on a broken copy of each file (no <summary>; no main
# category), or the validation tests would pass whatever the files say. Exit 77 (skipped)
# when a validator is missing.
set -eu
checker=$1
metainfo=$2
desktop=$3
for tool in appstreamcli desktop-file-validate; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is not installed: skipped"
        exit 77
    fi
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0

sed '/<summary>/d' "$metainfo" >"$scratch/$(basename "$metainfo")"
if sh "$checker" appstreamcli validate --no-net --strict "$scratch/$(basename "$metainfo")" >/dev/null 2>&1; then
    echo "a metainfo without <summary> passed the validation" >&2
    status=1
fi
sed 's/^Categories=.*/Categories=Qt;/' "$desktop" >"$scratch/$(basename "$desktop")"
if sh "$checker" desktop-file-validate "$scratch/$(basename "$desktop")" >/dev/null 2>&1; then
    echo "a desktop entry without a main category passed the validation" >&2
    status=1
fi
[ "$status" -ne 0 ] || echo "broken metainfo and desktop entry refused"
exit "$status"
