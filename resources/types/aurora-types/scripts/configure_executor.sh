#!/bin/bash
# AuroraExecutor, Standard.configure (runs on a Mesos agent host): make the Thermos observer
# look for task sandboxes in the agent's work_dir, then (re)start the observer and enable it at
# boot. The type has no start operation, so this is also where the observer is started.
#   - Ubuntu: MESOS_ROOT in /etc/default/thermos; the 0.12 Upstart job ignores that variable,
#     so --mesos-root=${MESOS_ROOT} is also added to /etc/init/thermos.conf (the fix Aurora's
#     install guide gives for releases up to 0.12.0); service "thermos";
#   - CentOS: --mesos-root in the OBSERVER_ARGS array of /etc/sysconfig/thermos-observer;
#     service "thermos-observer".
#
# Inputs: MESOS_WORK_DIR  required  work_dir of the hosting MesosSlave
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="aurora/configure-executor"
# --- helper: core (identical in every script that has it) ---
log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$LOG_TAG" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
# Cloudify and Yorc run scripts as the image's login user: privileged steps go through sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
# With pipefail, "cmd | grep -q" or "cmd | head -n 1" can fail when the reader exits early and
# cmd gets SIGPIPE; these scripts use "grep PATTERN >/dev/null" and "sed -n 1p", which read
# all of their input.
# --- end helper: core ---
# --- helper: services (identical in every script that has it) ---
# svc_exists NAME: true when NAME is known to systemd, Upstart or SysV init.
svc_exists() {
  if [ -d /run/systemd/system ]; then
    # A SysV script (zookeeperd on Debian 8) runs through systemd's generator, whose units
    # older systemd versions leave out of list-unit-files.
    systemctl list-unit-files "$1.service" 2>/dev/null | grep "^$1\.service" >/dev/null || [ -f "/etc/init.d/$1" ]
  else
    [ -f "/etc/init/$1.conf" ] || [ -f "/etc/init.d/$1" ]
  fi
}

# upstart_reads_overrides: Upstart 1.3 and later (Ubuntu 14.04) honour /etc/init/NAME.override;
# the 0.6 of CentOS and RHEL 6 does not.
upstart_reads_overrides() { ! initctl version 2>/dev/null | grep 'upstart 0\.' >/dev/null; }

# svc ACTION NAME: start|stop|restart|enable|disable NAME under systemd, Upstart (Ubuntu 14.04,
# CentOS and RHEL 6) or SysV init. start and stop do nothing when the service is already in
# that state.
svc() {
  local action=$1 name=$2
  if [ -d /run/systemd/system ]; then
    as_root systemctl "$action" "$name"
  elif [ -f "/etc/init/$name.conf" ]; then
    case "$action" in
      enable)
        as_root rm -f "/etc/init/$name.override"
        as_root sed -i 's/^# disabled: start on/start on/' "/etc/init/$name.conf"
        ;;
      disable)
        echo manual | as_root tee "/etc/init/$name.override" >/dev/null
        # Old Upstart has no other way to keep a job from starting at boot.
        upstart_reads_overrides || as_root sed -i 's/^start on/# disabled: start on/' "/etc/init/$name.conf"
        ;;
      start) as_root initctl status "$name" | grep ' start/' >/dev/null || as_root initctl start "$name" ;;
      stop) as_root initctl status "$name" | grep ' stop/' >/dev/null || as_root initctl stop "$name" ;;
      restart) svc stop "$name" && svc start "$name" ;;
      *) die "svc: unknown action $action" ;;
    esac
  else
    case "$action" in
      enable) as_root update-rc.d "$name" defaults >/dev/null 2>&1 || as_root chkconfig "$name" on ;;
      disable) as_root update-rc.d "$name" disable >/dev/null 2>&1 || as_root chkconfig "$name" off ;;
      # LSB status: 0 when running. Init scripts often fail on "stop" when already stopped.
      start) as_root service "$name" status >/dev/null 2>&1 || as_root service "$name" start ;;
      stop) ! as_root service "$name" status >/dev/null 2>&1 || as_root service "$name" stop ;;
      *) as_root service "$name" "$action" ;;
    esac
  fi
}
# --- end helper: services ---
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

: "${MESOS_WORK_DIR:?MESOS_WORK_DIR (work_dir of the hosting MesosSlave) is required}"
is_abs_path "$MESOS_WORK_DIR" || die "MESOS_WORK_DIR='$MESOS_WORK_DIR' is not an absolute path"

if [ -f /etc/init/thermos.conf ] || [ -f /etc/default/thermos ]; then
  service=thermos
  set_kv /etc/default/thermos MESOS_ROOT "$MESOS_WORK_DIR"
  if [ -f /etc/init/thermos.conf ] && ! grep -q -- '--mesos-root' /etc/init/thermos.conf; then
    log "teaching /etc/init/thermos.conf to pass --mesos-root"
    # shellcheck disable=SC2016 # ${MESOS_ROOT...} is for Upstart's shell, not this one.
    as_root cat /etc/init/thermos.conf \
      | awk '{ print } /--port=/ && !done { print "    --mesos-root=${MESOS_ROOT:-/var/lib/mesos} \\"; done = 1 }' \
      | put_file /etc/init/thermos.conf 0644
    grep -q -- '--mesos-root' /etc/init/thermos.conf || die "could not add --mesos-root to /etc/init/thermos.conf"
  fi
elif [ -f /etc/sysconfig/thermos-observer ]; then
  service=thermos-observer
  grep -q '^OBSERVER_ARGS=(' /etc/sysconfig/thermos-observer || die "/etc/sysconfig/thermos-observer has no OBSERVER_ARGS array"
  as_root cat /etc/sysconfig/thermos-observer \
    | awk -v d="$MESOS_WORK_DIR" '/^[[:space:]]*--mesos-root=/ { next } { print } /^OBSERVER_ARGS=\(/ { print "  --mesos-root=" d }' \
    | put_file /etc/sysconfig/thermos-observer 0644
else
  die "no Thermos observer configuration found: install_executor.sh has not run"
fi
log "Thermos observer will read sandboxes under $MESOS_WORK_DIR"

svc enable "$service"
svc restart "$service"
wait_until 60 "the Thermos observer to answer on port 1338" curl -fsS -o /dev/null http://127.0.0.1:1338/ \
  || die "the Thermos observer ($service) is not answering on port 1338"
log "Thermos observer is running (http://<agent>:1338/)"
