#!/bin/bash
# MesosSlaveConnectsToMaster, Configure.post_configure_source (runs on the agent): point the
# agent at the masters' ZooKeeper ensemble by writing /etc/mesos/zk.
# Alien4Cloud runs it once per master instance; every master exports the same full list of
# endpoints, so each run writes the same value.
#
# Inputs: MESOS_MASTER  required  the target's master_url, zk://ip1:2181,.../mesos
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="mesos/slave/connectsToMaster"
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

: "${MESOS_MASTER:?MESOS_MASTER (the master_url attribute of the MesosMaster) is required}"
[[ $MESOS_MASTER =~ ^zk://[A-Za-z0-9.-]+:[0-9]+(,[A-Za-z0-9.-]+:[0-9]+)*/mesos$ ]] \
  || die "MESOS_MASTER='$MESOS_MASTER' is not of the form zk://host:port[,host:port...]/mesos (did master/configure.sh export zk_endpoints?)"

if [ "$(cat /etc/mesos/zk 2>/dev/null || true)" = "$MESOS_MASTER" ]; then
  log "/etc/mesos/zk already points at $MESOS_MASTER"
else
  printf '%s\n' "$MESOS_MASTER" | put_file /etc/mesos/zk 0644
  log "agent will register with $MESOS_MASTER"
fi
