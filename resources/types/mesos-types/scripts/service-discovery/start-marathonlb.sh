#!/bin/bash
# MarathonLB, Standard.start (runs on the Marathon host): submit the marathon-lb application
# written by configure-marathonlb.sh (PUT /v2/apps/<id>, create or update) and wait until
# Marathon reports all its instances healthy. The first start pulls the Docker image on the
# agents, hence the generous timeout. Each Marathon host runs this with the same definition.
# Inputs: none (read from /var/lib/topologist/marathon-lb).
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="marathon-lb/start"
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

state=/var/lib/topologist/marathon-lb
[ -s "$state/marathon-app.json" ] || die "$state/marathon-app.json is missing: configure-marathonlb.sh has not run"
app_id="$(sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p' "$state/marathon-app.json" | sed -n 1p)"
wanted="$(sed -n 's/^ *"instances": *\([0-9]*\).*/\1/p' "$state/marathon-app.json" | sed -n 1p)"
[[ $app_id =~ ^/[a-z0-9-]+$ ]] || die "cannot read the application id from $state/marathon-app.json"
[[ $wanted =~ ^[0-9]+$ ]] || die "cannot read the instance count from $state/marathon-app.json"

submitted=""
resp="$(mktemp)"
trap 'rm -f "$resp"' EXIT
while read -r api; do
  [ -n "$api" ] || continue
  code="$(curl -sS -o "$resp" -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
    --data-binary "@$state/marathon-app.json" "$api/apps$app_id" || true)"
  case "$code" in
    200 | 201) log "submitted $app_id to $api"; submitted="$api"; break ;;
    409) log "$api is already deploying $app_id (another instance submitted it)"; submitted="$api"; break ;;
    *) log "WARNING: $api answered HTTP ${code:-none}: $(head -c 300 "$resp" 2>/dev/null || true)" ;;
  esac
done <"$state/marathon-api.list"
[ -n "$submitted" ] || die "no Marathon accepted the marathon-lb application"

# healthy_enough: Marathon's tasksHealthy for the app has reached the wanted instance count.
healthy_enough() {
  local healthy
  healthy="$(curl -fsS "$submitted/apps$app_id" | grep -o '"tasksHealthy":[0-9]*' | sed -n 1p | cut -d: -f2)"
  [ "${healthy:-0}" -ge "$wanted" ]
}
wait_until 900 "$wanted healthy marathon-lb task(s) in $submitted" healthy_enough \
  || die "marathon-lb is not healthy; it needs $wanted agents with Docker (MesosSlaveDependsOnDocker), free ports 9090/9091 and 10000+, and access to Docker Hub"
log "marathon-lb is running: HAProxy stats on port 9090 of the agents that run it"
