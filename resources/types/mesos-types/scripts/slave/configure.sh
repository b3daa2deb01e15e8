#!/bin/bash
# MesosSlave, Standard.configure: write the Mesos agent's own settings (address, advertised
# host name, port, work and log directories, isolation). The master address arrives later
# through configure_connectsToMaster.sh, Docker support through configure_dependsOnDocker.sh.
#
# Inputs (environment, as declared by the type):
#   MESOS_IP         required  private IP of the host; the agent binds to it
#   MESOS_PORT       required  agent port (5051 by default)
#   MESOS_HOSTNAME   optional  public IP, advertised as the agent's hostname (default MESOS_IP);
#                              Marathon hostname constraints (Mesos-DNS) match this value
#   MESOS_LOG_DIR    optional  default /var/log/mesos
#   MESOS_WORK_DIR   optional  default /var/lib/mesos
#   MESOS_ISOLATION  required  posix/cpu,posix/mem or cgroups/cpu,cgroups/mem
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="mesos/slave/configure"
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

: "${MESOS_IP:?MESOS_IP (the host ip_address) is required}"
: "${MESOS_PORT:?MESOS_PORT is required}"
: "${MESOS_ISOLATION:?MESOS_ISOLATION is required}"
MESOS_HOSTNAME="${MESOS_HOSTNAME:-}"
MESOS_LOG_DIR="${MESOS_LOG_DIR:-/var/log/mesos}"
MESOS_WORK_DIR="${MESOS_WORK_DIR:-/var/lib/mesos}"

is_ipv4 "$MESOS_IP" || die "MESOS_IP='$MESOS_IP' is not an IPv4 address"
is_port "$MESOS_PORT" || die "MESOS_PORT='$MESOS_PORT' is not a TCP port"
[ -z "$MESOS_HOSTNAME" ] || is_hostname "$MESOS_HOSTNAME" || die "MESOS_HOSTNAME='$MESOS_HOSTNAME' is not a host name"
is_abs_path "$MESOS_WORK_DIR" || die "MESOS_WORK_DIR='$MESOS_WORK_DIR' is not an absolute path"
is_abs_path "$MESOS_LOG_DIR" || die "MESOS_LOG_DIR='$MESOS_LOG_DIR' is not an absolute path"
case "$MESOS_ISOLATION" in
  posix/cpu,posix/mem) ;;
  cgroups/cpu,cgroups/mem)
    [ -d /sys/fs/cgroup/cpu ] || [ -d /sys/fs/cgroup/cpu,cpuacct ] \
      || die "cgroups isolation requested but the cpu cgroup controller is not mounted on this host"
    ;;
  *) die "MESOS_ISOLATION='$MESOS_ISOLATION' is not one of posix/cpu,posix/mem and cgroups/cpu,cgroups/mem" ;;
esac
[ -d /etc/mesos-slave ] || die "/etc/mesos-slave is missing: install_mesos.sh has not run"

# mesos-init-wrapper turns every file /etc/mesos-slave/<flag> into --<flag>=<content>; LOGS in
# /etc/default/mesos becomes --log_dir.
as_root mkdir -p "$MESOS_WORK_DIR" "$MESOS_LOG_DIR"
printf '%s\n' "$MESOS_IP" | put_file /etc/mesos-slave/ip 0644
printf '%s\n' "${MESOS_HOSTNAME:-$MESOS_IP}" | put_file /etc/mesos-slave/hostname 0644
printf '%s\n' "$MESOS_PORT" | put_file /etc/mesos-slave/port 0644
printf '%s\n' "$MESOS_WORK_DIR" | put_file /etc/mesos-slave/work_dir 0644
printf '%s\n' "$MESOS_ISOLATION" | put_file /etc/mesos-slave/isolation 0644
set_kv /etc/default/mesos LOGS "$MESOS_LOG_DIR"
log "Mesos agent configured: $MESOS_IP:$MESOS_PORT, hostname ${MESOS_HOSTNAME:-$MESOS_IP}, isolation $MESOS_ISOLATION"
