#!/bin/bash
# MesosDNSConnectsToMaster, Configure.post_configure_source (runs on the Mesos-DNS host):
# remember the Marathon API that start-mesosdns.sh submits the Mesos-DNS application to.
# It runs once per Marathon instance; every URL is kept, so start can fall back to another
# Marathon when one does not answer.
#
# Inputs: MARATHON_API  required  the target Marathon's api_url, http://<ip>:8080/v2
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="mesos-dns/connectsToMarathon"
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

: "${MARATHON_API:?MARATHON_API (the api_url attribute of the Marathon) is required}"
[[ $MARATHON_API =~ ^https?://[A-Za-z0-9.-]+(:[0-9]+)?/v2/?$ ]] \
  || die "MARATHON_API='$MARATHON_API' is not of the form http://host:port/v2 (has the Marathon host a public_ip_address?)"
api="${MARATHON_API%/}"

list=/usr/local/mesos-dns/marathon-api.list
if as_root grep -qxF "$api" "$list" 2>/dev/null; then
  log "$api is already known"
else
  { as_root cat "$list" 2>/dev/null || true; printf '%s\n' "$api"; } | put_file "$list" 0644
  log "Mesos-DNS will be submitted to $api"
fi
