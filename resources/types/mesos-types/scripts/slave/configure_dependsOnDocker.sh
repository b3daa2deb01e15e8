#!/bin/bash
# MesosSlaveDependsOnDocker, Configure.post_configure_source (runs on the agent): let the agent
# run Docker containers next to Mesos ones (--containerizers=docker,mesos) and give executors
# time to pull images (--executor_registration_timeout=5mins). The Docker engine it depends on
# is installed and started on the same host before this runs.
# Inputs: none.
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="mesos/slave/dependsOnDocker"
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

command -v docker >/dev/null 2>&1 || die "docker is not installed on this host; the DockerEngine must be hosted on the agent's compute"
as_root docker info >/dev/null 2>&1 || die "the Docker daemon on this host does not answer 'docker info'"
[ -d /etc/mesos-slave ] || die "/etc/mesos-slave is missing: install_mesos.sh has not run"

printf 'docker,mesos\n' | put_file /etc/mesos-slave/containerizers 0644
printf '5mins\n' | put_file /etc/mesos-slave/executor_registration_timeout 0644
log "agent will use the docker and mesos containerizers"
