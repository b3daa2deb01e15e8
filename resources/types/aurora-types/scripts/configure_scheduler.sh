#!/bin/bash
# AuroraScheduler, Standard.configure (runs on a Mesos master host): point the Aurora
# scheduler at the masters' ZooKeeper ensemble and Mesos, size its replicated-log quorum, and
# initialise the replicated log on first use.
#   - Ubuntu: /etc/default/aurora-scheduler (CLUSTER_NAME, ZK_ENDPOINTS, MESOS_MASTER,
#     QUORUM_SIZE, LIBPROCESS_IP, EXTRA_SCHEDULER_ARGS);
#   - CentOS: the AURORA_FLAGS array and LIBPROCESS_IP in /etc/sysconfig/aurora.
# One scheduler runs on every master, so the quorum is floor(N/2)+1 with N the number of
# ZooKeeper endpoints (one per master). LIBPROCESS_IP is this host's private address, which
# the Mesos masters use to reach the scheduler.
#
# Inputs (environment, as declared by the type):
#   AURORA_ZK_ENDPOINTS  required  the master's zk_endpoints, ip1:2181,ip2:2181,...
#   AURORA_MESOS_MASTER  required  the master's master_url, zk://.../mesos
#   AURORA_CLUSTER_NAME  required  Aurora cluster name (used in job keys)
#   HOSTNAME             optional  public IP advertised in ZooKeeper and the UI (default: the
#                                  Mesos master's advertised host name)
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="aurora/configure-scheduler"
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

: "${AURORA_ZK_ENDPOINTS:?AURORA_ZK_ENDPOINTS (zk_endpoints of the hosting MesosMaster) is required}"
: "${AURORA_MESOS_MASTER:?AURORA_MESOS_MASTER (master_url of the hosting MesosMaster) is required}"
: "${AURORA_CLUSTER_NAME:?AURORA_CLUSTER_NAME (the cluster_name property) is required}"
zk_list_re='^[A-Za-z0-9.-]+:[0-9]+(,[A-Za-z0-9.-]+:[0-9]+)*$'
[[ $AURORA_ZK_ENDPOINTS =~ $zk_list_re ]] || die "AURORA_ZK_ENDPOINTS='$AURORA_ZK_ENDPOINTS' is not host:port[,host:port...]"
[ "$AURORA_MESOS_MASTER" = "zk://$AURORA_ZK_ENDPOINTS/mesos" ] \
  || die "AURORA_MESOS_MASTER='$AURORA_MESOS_MASTER' is not zk://$AURORA_ZK_ENDPOINTS/mesos"
[[ $AURORA_CLUSTER_NAME =~ ^[A-Za-z0-9_-]+$ ]] || die "AURORA_CLUSTER_NAME='$AURORA_CLUSTER_NAME' may only hold letters, digits, _ and -"
advertised="${HOSTNAME:-}"
# Some shells export HOSTNAME themselves; it only counts when it looks like an address.
is_ipv4 "$advertised" || advertised="$(cat /etc/mesos-master/hostname 2>/dev/null || true)"
is_hostname "$advertised" || die "no usable HOSTNAME input and no /etc/mesos-master/hostname"

local_ip="$(cat /etc/mesos-master/ip 2>/dev/null || true)"
if ! is_ipv4 "$local_ip"; then
  first_zk="${AURORA_ZK_ENDPOINTS%%:*}"
  local_ip="$(ip -4 route get "$first_zk" 2>/dev/null | sed -n 's/.* src \([0-9.]*\).*/\1/p' | sed -n 1p)"
fi
is_ipv4 "$local_ip" || die "cannot tell this host's private IP (no /etc/mesos-master/ip, no route to ZooKeeper)"

schedulers="$(printf '%s\n' "$AURORA_ZK_ENDPOINTS" | tr ',' '\n' | wc -l)"
quorum=$((schedulers / 2 + 1))
log "$schedulers scheduler(s), replicated-log quorum $quorum; this one at $local_ip, advertised as $advertised"

if [ -f /etc/default/aurora-scheduler ]; then
  conf=/etc/default/aurora-scheduler
  set_kv "$conf" CLUSTER_NAME "\"$AURORA_CLUSTER_NAME\""
  set_kv "$conf" ZK_ENDPOINTS "\"$AURORA_ZK_ENDPOINTS\""
  set_kv "$conf" MESOS_MASTER "\"$AURORA_MESOS_MASTER\""
  set_kv "$conf" QUORUM_SIZE "$quorum"
  set_kv "$conf" LIBPROCESS_IP "$local_ip"
  set_kv "$conf" EXTRA_SCHEDULER_ARGS "\"-hostname=$advertised\""
elif [ -f /etc/sysconfig/aurora ]; then
  conf=/etc/sysconfig/aurora
  # set_flag NAME VALUE: leave exactly one -NAME='VALUE' element in the RPM's AURORA_FLAGS
  # array, as its first element (the order of flags does not matter).
  set_flag() {
    as_root cat "$conf" | awk -v n="$1" -v v="$2" '
      $0 ~ "^[[:space:]]*-" n "=" { next }
      { print }
      /^AURORA_FLAGS=\(/ { print "  -" n "=\047" v "\047" }' | put_file "$conf" 0644
  }
  grep -q '^AURORA_FLAGS=(' "$conf" || die "$conf has no AURORA_FLAGS array; is this the Aurora 0.12 RPM?"
  set_flag cluster_name "$AURORA_CLUSTER_NAME"
  set_flag zk_endpoints "$AURORA_ZK_ENDPOINTS"
  set_flag mesos_master_address "$AURORA_MESOS_MASTER"
  set_flag native_log_quorum_size "$quorum"
  set_flag hostname "$advertised"
  set_flag thermos_executor_flags "--announcer-enable --announcer-ensemble $AURORA_ZK_ENDPOINTS"
  set_kv "$conf" LIBPROCESS_IP "'$local_ip'"
else
  die "neither /etc/default/aurora-scheduler nor /etc/sysconfig/aurora exists: install_scheduler.sh has not run"
fi
log "wrote $conf"

# A new scheduler starts in an uninitialised state on purpose; a fresh log must be
# initialised once, and never again (it would discard the cluster state).
log_dir=/var/lib/aurora/scheduler/db
if as_root test -n "$(as_root find "$log_dir" -mindepth 1 -maxdepth 1 2>/dev/null | sed -n 1p)"; then
  log "replicated log in $log_dir already exists; leaving it alone"
else
  log "initialising the replicated log in $log_dir"
  as_root mkdir -p "$log_dir"
  as_root chown -R aurora:aurora /var/lib/aurora
  as_root sudo -n -u aurora mesos-log initialize --path="$log_dir"
fi
