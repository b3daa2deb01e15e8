#!/bin/sh
# Usage: check_references.sh TYPES_DIR ARCHIVE=DEFINITIONS.yml...
# Every scripts/... or artifacts/... path that a type definition file names (an operation's
# implementation, an operation given as a plain string, an artifact's file) must exist under
# TYPES_DIR/ARCHIVE: Alien4Cloud 2.x and 3.x reject an archive whose implementation scripts are
# missing. Exits 77 (reported as skipped) when no definition file is given.
set -eu

[ "$#" -ge 1 ] || { echo "usage: check_references.sh TYPES_DIR ARCHIVE=DEFINITIONS.yml..." >&2; exit 2; }
types_dir=$1
shift
if [ "$#" -eq 0 ]; then
  echo "no type definitions to check against"
  exit 77
fi

status=0
checked=0
for pair in "$@"; do
  archive=${pair%%=*}
  definitions=${pair#*=}
  [ -r "$definitions" ] || { echo "FAIL $definitions: not readable" >&2; status=1; continue; }
  # "key: scripts/x.sh" or "file: artifacts/y.json", comments dropped.
  refs="$(sed 's/#.*//' "$definitions" \
    | grep -oE ':[[:space:]]*(scripts|artifacts)/[^[:space:],}]+' \
    | sed -E 's/^:[[:space:]]*//' | sort -u)"
  for ref in $refs; do
    checked=$((checked + 1))
    if [ ! -f "$types_dir/$archive/$ref" ]; then
      echo "FAIL $definitions names $ref, missing from $types_dir/$archive" >&2
      status=1
    fi
  done
done

[ "$status" -eq 0 ] && echo "all $checked references from $# definition file(s) exist"
exit "$status"
