#!/bin/bash
# MesosDNS, Standard.start (runs on each hosting Mesos agent): submit the Mesos-DNS
# application written by configure-mesosdns.sh to Marathon (PUT /v2/apps/<id>, which creates
# or updates it) and wait until the task placed on this host answers on port 8123.
# Every MesosDNS instance submits the same definition; Marathon keeps one application.
# Inputs: none (the application and the Marathon URLs are read from /usr/local/mesos-dns).
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="mesos-dns/start"
# --- helper: core (identical in every script that has it) ---
log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$LOG_TAG" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
# Cloudify and Yorc run scripts as the image's login user: privileged steps go through sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
# With pipefail, "cmd | grep -q" or "cmd | head -n 1" can fail when the reader exits early and
# cmd gets SIGPIPE; these scripts use "grep PATTERN >/dev/null" and "sed -n 1p", which read
# all of their input.
# --- end helper: core ---
# --- helper: wait (identical in every script that has it) ---
# wait_until SECONDS WHAT COMMAND...: retry COMMAND every 3 s until it succeeds; after SECONDS
# log that WHAT never happened and return 1 (callers add their own diagnosis and die).
wait_until() {
  local limit=$1 what=$2 deadline
  shift 2
  deadline=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "gave up after ${limit}s waiting for $what"
      return 1
    fi
    sleep 3
  done
}
# --- end helper: wait ---

dir=/usr/local/mesos-dns
[ -s "$dir/marathon-app.json" ] || die "$dir/marathon-app.json is missing: configure-mesosdns.sh has not run"
[ -s "$dir/marathon-api.list" ] || die "$dir/marathon-api.list is missing: no MesosDNSConnectsToMaster relationship ran"
app_id="$(sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p' "$dir/marathon-app.json" | sed -n 1p)"
[[ $app_id =~ ^/[a-z0-9-]+$ ]] || die "cannot read the application id from $dir/marathon-app.json"

submitted=""
resp="$(mktemp)"
trap 'rm -f "$resp"' EXIT
while read -r api; do
  [ -n "$api" ] || continue
  code="$(curl -sS -o "$resp" -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
    --data-binary "@$dir/marathon-app.json" "$api/apps$app_id" || true)"
  case "$code" in
    200 | 201) log "submitted $app_id to $api"; submitted="$api"; break ;;
    409) log "$api is already deploying $app_id (another Mesos-DNS instance submitted it)"; submitted="$api"; break ;;
    *) log "WARNING: $api answered HTTP ${code:-none}: $(head -c 300 "$resp" 2>/dev/null || true)" ;;
  esac
done <"$dir/marathon-api.list"
[ -n "$submitted" ] || die "no Marathon accepted the Mesos-DNS application (tried: $(tr '\n' ' ' <"$dir/marathon-api.list"))"

wait_until 600 "the Mesos-DNS task on this host to answer http://127.0.0.1:8123/v1/version" \
  curl -fsS -o /dev/null http://127.0.0.1:8123/v1/version \
  || die "Mesos-DNS is not running here; check $app_id in Marathon ($submitted) and that this agent has $(sed -n 's/.*"cpus": *\([0-9.]*\).*/\1/p' "$dir/marathon-app.json") CPU free and port 53 unused"
log "Mesos-DNS answers on this host (DNS on port 53, HTTP on 8123)"
