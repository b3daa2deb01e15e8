#!/bin/bash
# Marathon, Standard.stop: stop Marathon and disable it at boot. The applications it launched
# keep running on the agents; another Marathon instance (if any) takes over as leader.
# Inputs: none.
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="marathon/stop"
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

if svc_exists marathon; then
  log "stopping marathon"
  svc stop marathon
  svc disable marathon
else
  log "marathon is not installed; nothing to stop"
fi
