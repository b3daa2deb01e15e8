#!/bin/bash
# MesosMaster, Standard.start: start ZooKeeper and the Mesos master configured by
# master/configure.sh, enable both at boot, keep the agent disabled on this host, and wait
# until ZooKeeper answers "imok" and the master answers on /health.
# Inputs: none (the address and port are read back from the configuration files).
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="mesos/master/start"
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
# --- helper: zookeeper (identical in every script that has it) ---
# zk_service: the name of the ZooKeeper service: zookeeper-server for Cloudera's package (CentOS
# and RHEL 6, sysvinit), zookeeper for zookeeperd (Ubuntu, Debian) and mesosphere-zookeeper (7).
zk_service() { if svc_exists zookeeper-server; then echo zookeeper-server; else echo zookeeper; fi; }
# --- end helper: zookeeper ---
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

[ -s /etc/mesos-master/ip ] || die "/etc/mesos-master/ip is missing: master/configure.sh has not run"
[ -s /etc/zookeeper/conf/zoo.cfg ] || die "/etc/zookeeper/conf/zoo.cfg is missing: master/configure.sh has not run"
ip="$(cat /etc/mesos-master/ip)"
port="$(awk -F= '$1 == "PORT" { print $2 }' /etc/default/mesos-master 2>/dev/null | tail -n 1)"
port="${port:-5050}"

# zk_ok: ZooKeeper's "ruok" four-letter command over bash's /dev/tcp (in a subshell, so a
# refused connection only fails this check).
zk_ok() (
  reply=""
  exec 3<>/dev/tcp/127.0.0.1/2181
  printf 'ruok' >&3
  read -r -t 5 reply <&3 || true
  [ "$reply" = imok ]
)

log "starting ZooKeeper"
zk_name="$(zk_service)"
svc enable "$zk_name"
svc restart "$zk_name"
wait_until 120 "ZooKeeper to answer on port 2181" zk_ok \
  || die "ZooKeeper is not answering; see /var/log/zookeeper and /etc/zookeeper/conf/zoo.cfg"

log "starting the Mesos master on $ip:$port"
if svc_exists mesos-slave; then
  svc stop mesos-slave
  svc disable mesos-slave
fi
svc enable mesos-master
svc restart mesos-master
# /health answers as soon as the process serves HTTP; electing a leader additionally needs a
# quorum of masters, which the other instances bring up in parallel.
wait_until 180 "the Mesos master at http://$ip:$port/health" curl -fsS -o /dev/null "http://$ip:$port/health" \
  || die "the Mesos master is not answering; see the mesos-master logs in syslog and its log_dir"
log "Mesos master is up: http://$ip:$port/"
