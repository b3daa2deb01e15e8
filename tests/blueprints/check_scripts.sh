#!/bin/sh
# Usage: check_scripts.sh SCRIPT...
# Fails when a blueprint script is not executable, does not start with #!/bin/bash or #!/bin/sh,
# has no "set -eu" / "set -euo pipefail" line, or when two scripts carry different copies of an
# inlined helper (the blocks between "# --- helper: NAME" and "# --- end helper: NAME").
# Helpers are copied into each script because Alien4Cloud ships every operation script to the
# host on its own; this check keeps the copies from drifting apart.
set -eu

[ "$#" -gt 0 ] || { echo "check_scripts.sh: no scripts given" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
fail() {
  printf 'FAIL %s\n' "$*" >&2
  status=1
}

for script in "$@"; do
  [ -x "$script" ] || fail "$script: not executable"
  case "$(head -n 1 "$script")" in
    '#!/bin/bash' | '#!/bin/sh') ;;
    *) fail "$script: the first line must be #!/bin/bash or #!/bin/sh" ;;
  esac
  grep -Eq '^set -eu(o pipefail)?([[:space:]]|$)' "$script" \
    || fail "$script: no 'set -eu' or 'set -euo pipefail' line"

  # Split the script's helper blocks into $work/<name>.cur and list their names.
  rm -f "$work"/*.cur
  awk -v dir="$work" '
    /^# --- helper: / { name = $4; out = dir "/" name ".cur"; printf "" > out; inside = 1; next }
    /^# --- end helper: / { if (inside) { close(out); print name }; inside = 0; next }
    inside { print > out }
    END { if (inside) exit 3 }' "$script" >"$work/names" || fail "$script: unterminated helper block"
  while read -r name; do
    if [ -f "$work/$name.ref" ]; then
      cmp -s "$work/$name.ref" "$work/$name.cur" \
        || fail "$script: helper '$name' differs from the copy in $(cat "$work/$name.from")"
    else
      mv "$work/$name.cur" "$work/$name.ref"
      printf '%s\n' "$script" >"$work/$name.from"
    fi
  done <"$work/names"
done

[ "$status" -eq 0 ] && echo "checked $# scripts: executable, shebang, set -eu, helpers in sync"
exit "$status"
