#!/bin/bash
# RexrayConnectsToLibStorage, Configure.post_configure_source (runs on the REX-Ray client):
# write /etc/rexray/config.yml from the template staged by configure_client.sh, pointing the
# client at the libStorage server (tcp://<server>:7979) and at the chosen service.
#
# Inputs: REXRAY_SERVER  required  the RexrayServer target's ip_address
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="rexray/connectsToLibStorage"
# --- helper: core (identical in every script that has it) ---
log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$LOG_TAG" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
# Cloudify and Yorc run scripts as the image's login user: privileged steps go through sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
# With pipefail, "cmd | grep -q" or "cmd | head -n 1" can fail when the reader exits early and
# cmd gets SIGPIPE; these scripts use "grep PATTERN >/dev/null" and "sed -n 1p", which read
# all of their input.
# --- end helper: core ---
# --- helper: files (identical in every script that has it) ---
# put_file PATH MODE: install standard input as PATH (root-owned, parent directories created).
put_file() {
  local tmp
  tmp="$(mktemp)"
  cat >"$tmp"
  as_root install -D -m "$2" "$tmp" "$1"
  rm -f "$tmp"
}

# set_kv FILE KEY VALUE: leave exactly one KEY=VALUE line in the shell-style FILE, in place of
# the first existing KEY= line (or appended); VALUE is written as given, so quote it yourself.
set_kv() {
  local file=$1 key=$2 value=$3
  { as_root cat "$file" 2>/dev/null || true; } \
    | awk -v k="$key" -v v="$value" '
        index($0, k "=") == 1 { if (!done) print k "=" v; done = 1; next }
        { print }
        END { if (!done) print k "=" v }' \
    | put_file "$file" 0644
}
# --- end helper: files ---
# --- helper: render (identical in every script that has it) ---
# render MODE TEMPLATE NAME=VALUE...: print TEMPLATE with each placeholder @@NAME@@ replaced
# by VALUE, literally (no regex, no escapes). In json mode the placeholder is the quoted string
# "@@NAME@@" and VALUE must be JSON (see json_str), so that templates stay valid JSON.
render() {
  local mode=$1 template=$2 quote="" out pair names=""
  shift 2
  [ -r "$template" ] || die "template $template is missing"
  [ "$mode" != json ] || quote='"'
  out="$(mktemp)"
  (
    for pair in "$@"; do
      export "RENDER_${pair%%=*}=${pair#*=}"
      names="$names ${pair%%=*}"
    done
    awk -v names="$names" -v q="$quote" '
      function swap(s, tok, val,    out, p) {
        out = ""
        while ((p = index(s, tok)) > 0) { out = out substr(s, 1, p - 1) val; s = substr(s, p + length(tok)) }
        return out s
      }
      BEGIN { n = split(names, key, " ") }
      { line = $0; for (i = 1; i <= n; i++) line = swap(line, q "@@" key[i] "@@" q, ENVIRON["RENDER_" key[i]]); print line }
    ' "$template"
  ) >"$out"
  if grep -q '@@[A-Z_]*@@' "$out"; then
    rm -f "$out"
    die "$template has placeholders this script does not fill"
  fi
  cat "$out"
  rm -f "$out"
}

# json_str VALUE: VALUE as a JSON string literal. Values with a backslash, a double quote or a
# control character are refused rather than escaped: none of ours legitimately has one.
json_str() {
  case "$1" in *[\\\"[:cntrl:]]*) die "refusing to put '$1' in a JSON document" ;; esac
  printf '"%s"' "$1"
}
# --- end helper: render ---
# --- helper: validate (identical in every script that has it) ---
# Checks for operation inputs; each only answers true or false, callers die with a message.
is_ipv4() { [[ $1 =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ ]]; }
is_port() { [[ $1 =~ ^[0-9]{1,5}$ ]] && [ "$1" -ge 1 ] && [ "$1" -le 65535 ]; }
is_hostname() { [[ $1 =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]]; }
is_abs_path() { [[ $1 =~ ^/[^[:space:]]*$ ]]; }
# is_count VALUE [MIN]: a whole number no smaller than MIN (default 1).
is_count() { [[ $1 =~ ^[0-9]{1,9}$ ]] && [ "$1" -ge "${2:-1}" ]; }
is_positive_number() { [[ $1 =~ ^[0-9]+(\.[0-9]+)?$ ]] && [[ ! $1 =~ ^0+(\.0+)?$ ]]; }
# --- end helper: validate ---

: "${REXRAY_SERVER:?REXRAY_SERVER (the ip_address of the RexrayServer) is required}"
is_ipv4 "$REXRAY_SERVER" || is_hostname "$REXRAY_SERVER" || die "REXRAY_SERVER='$REXRAY_SERVER' is not an address"
for staged in /etc/rexray/config.yml.template /etc/rexray/storage_service; do
  [ -s "$staged" ] || die "$staged is missing: configure_client.sh has not run"
done
service="$(cat /etc/rexray/storage_service)"

render text /etc/rexray/config.yml.template REXRAY_SERVER="$REXRAY_SERVER" STORAGE_SERVICE="$service" \
  | put_file /etc/rexray/config.yml 0644
log "client configured for libStorage service '$service' at tcp://$REXRAY_SERVER:7979"
