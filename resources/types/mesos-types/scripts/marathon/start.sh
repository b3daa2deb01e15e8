#!/bin/bash
# Marathon, Standard.start: point Marathon at the Mesos masters and at its own ZooKeeper node,
# start it, enable it at boot and wait until it answers /ping. Each master host runs one
# Marathon; they elect a leader among themselves through ZooKeeper.
# Marathon packages up to 1.4 read one file per flag from /etc/marathon/conf; from 1.5 they
# read MARATHON_* variables from /etc/default/marathon. The installed version decides.
#
# Inputs (environment, as declared by the type):
#   MARATHON_MASTER    required  the host's master_url, zk://ip1:2181,.../mesos
#   MARATHON_ZK        required  zk://ip1:2181,.../marathon
#   MARATHON_HOSTNAME  optional  public IP advertised by this Marathon (default: the master's
#                                advertised host name from /etc/mesos-master/hostname)
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="marathon/start"
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

: "${MARATHON_MASTER:?MARATHON_MASTER (master_url of the hosting MesosMaster) is required}"
: "${MARATHON_ZK:?MARATHON_ZK is required}"
MARATHON_HOSTNAME="${MARATHON_HOSTNAME:-}"
zk_hosts='[A-Za-z0-9.-]+:[0-9]+(,[A-Za-z0-9.-]+:[0-9]+)*'
[[ $MARATHON_MASTER =~ ^zk://${zk_hosts}/mesos$ ]] || die "MARATHON_MASTER='$MARATHON_MASTER' is not zk://host:port[,...]/mesos"
[[ $MARATHON_ZK =~ ^zk://${zk_hosts}/marathon$ ]] || die "MARATHON_ZK='$MARATHON_ZK' is not zk://host:port[,...]/marathon"
if [ -z "$MARATHON_HOSTNAME" ]; then
  MARATHON_HOSTNAME="$(cat /etc/mesos-master/hostname 2>/dev/null || true)"
  [ -n "$MARATHON_HOSTNAME" ] || die "MARATHON_HOSTNAME is empty and /etc/mesos-master/hostname is missing"
fi
is_hostname "$MARATHON_HOSTNAME" || die "MARATHON_HOSTNAME='$MARATHON_HOSTNAME' is not a host name"

if command -v dpkg-query >/dev/null 2>&1 && dpkg-query -W marathon >/dev/null 2>&1; then
  version="$(dpkg-query -W -f='${Version}' marathon)"
elif command -v rpm >/dev/null 2>&1 && rpm -q marathon >/dev/null 2>&1; then
  version="$(rpm -q --qf '%{VERSION}' marathon)"
else
  die "marathon is not installed: marathon/install.sh has not run"
fi

if [ "$(printf '%s\n' 1.5 "$version" | sort -V | sed -n 1p)" = 1.5 ]; then
  set_kv /etc/default/marathon MARATHON_MASTER "$MARATHON_MASTER"
  set_kv /etc/default/marathon MARATHON_ZK "$MARATHON_ZK"
  set_kv /etc/default/marathon MARATHON_HOSTNAME "$MARATHON_HOSTNAME"
else
  printf '%s\n' "$MARATHON_MASTER" | put_file /etc/marathon/conf/master 0644
  printf '%s\n' "$MARATHON_ZK" | put_file /etc/marathon/conf/zk 0644
  printf '%s\n' "$MARATHON_HOSTNAME" | put_file /etc/marathon/conf/hostname 0644
fi
log "marathon $version: master $MARATHON_MASTER, state in $MARATHON_ZK, advertised as $MARATHON_HOSTNAME"

svc enable marathon
svc restart marathon
wait_until 300 "Marathon to answer http://127.0.0.1:8080/ping" curl -fsS -o /dev/null http://127.0.0.1:8080/ping \
  || die "Marathon is not answering; check its log (syslog or 'journalctl -u marathon') and that Java 8 is the default java"
log "Marathon is up: http://$MARATHON_HOSTNAME:8080/"
