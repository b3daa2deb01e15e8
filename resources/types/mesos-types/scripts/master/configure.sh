#!/bin/bash
# MesosMaster, Standard.configure: build the ZooKeeper ensemble and the Mesos master
# configuration from ALL instances of this MesosMaster node.
#   - installs ZooKeeper if needed: zookeeperd on Ubuntu and Debian, mesosphere-zookeeper on
#     CentOS and RHEL 7, Cloudera's zookeeper-server on CentOS and RHEL 6;
#   - writes zoo.cfg from the zoo_config artifact plus one server.N line per master, and myid;
#   - writes /etc/mesos/zk (zk://ip1:2181,ip2:2181,.../mesos), the master quorum
#     (floor(N/2)+1), ip, hostname, port, cluster, work_dir and log_dir.
#
# Inputs (environment, as declared by the type):
#   MESOS_IP        required  private IP of this master (ZooKeeper and Mesos bind to it)
#   MESOS_PORT      required  Mesos master port
#   MESOS_WORK_DIR  required  Mesos master work_dir
#   MESOS_HOSTNAME  optional  public IP, advertised as the master's hostname (default MESOS_IP)
#   MESOS_LOG_DIR   optional  default /var/log/mesos
#   MESOS_CLUSTER   optional  cluster name shown in the UI
#   zoo_config      artifact  local path of artifacts/zoo.cfg
# Orchestrator conventions relied on (Alien4Cloud's Cloudify 3 provider; other orchestrators
# differ): INSTANCE is this instance's id, INSTANCES the comma-separated ids of all instances of
# the node, and every get_attribute input is also exposed per instance as <id>_MESOS_IP. The
# form MESOS_IP_<id> is accepted too. Without INSTANCES the script configures a single master.
#
# Output: zk_endpoints ("ip1:2181,ip2:2181,..."), exported as the type declares; master_url and
# the ZooKeeper URLs of Marathon and Aurora are built from it.
#
# A script with outputs is *sourced* by Alien4Cloud's wrapper, which then prints the exported
# variables: this script therefore never calls `exit` on success. Helpers are inlined because
# each operation script is shipped to the host on its own.
set -euo pipefail

LOG_TAG="mesos/master/configure"
# --- helper: core (identical in every script that has it) ---
log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$LOG_TAG" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
# Cloudify and Yorc run scripts as the image's login user: privileged steps go through sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
# With pipefail, "cmd | grep -q" or "cmd | head -n 1" can fail when the reader exits early and
# cmd gets SIGPIPE; these scripts use "grep PATTERN >/dev/null" and "sed -n 1p", which read
# all of their input.
# --- end helper: core ---
# --- helper: os (identical in every script that has it) ---
# os_release KEY: value of KEY in /etc/os-release (quotes removed).
os_release() { awk -F= -v k="$1" '$1 == k { v = $2; gsub(/^"|"$/, "", v); print v }' /etc/os-release; }

# detect_os [DISTRIBUTION [VERSION]]: set OS_ID, OS_VERSION_ID, OS_CODENAME and OS_FAMILY (debian
# or redhat) from the machine itself. Fail when DISTRIBUTION (the os.distribution the topology
# gave the host) names another distribution; only warn when VERSION (its os.version) disagrees,
# and trust the machine. CentOS 6 and RHEL 6 have no /etc/os-release, only /etc/redhat-release.
detect_os() {
  local declared declared_version=${2:-} release
  declared="$(printf '%s' "${1:-}" | tr '[:upper:]' '[:lower:]')"
  OS_CODENAME=""
  if [ -r /etc/os-release ]; then
    OS_ID="$(os_release ID)"
    OS_VERSION_ID="$(os_release VERSION_ID)"
    OS_CODENAME="$(os_release VERSION_CODENAME)"
  elif [ -r /etc/redhat-release ]; then
    release="$(cat /etc/redhat-release)"
    case "$release" in
      CentOS*) OS_ID=centos ;;
      "Red Hat Enterprise Linux"*) OS_ID=rhel ;;
      *) die "unknown distribution in /etc/redhat-release: $release" ;;
    esac
    OS_VERSION_ID="$(printf '%s\n' "$release" | sed -n 's/.* release \([0-9][0-9.]*\).*/\1/p')"
  else
    die "neither /etc/os-release nor /etc/redhat-release exists: cannot tell which distribution this is"
  fi
  if [ -z "$OS_CODENAME" ]; then
    case "$OS_ID:$OS_VERSION_ID" in
      ubuntu:14.04) OS_CODENAME=trusty ;;
      ubuntu:16.04) OS_CODENAME=xenial ;;
      debian:8) OS_CODENAME=jessie ;;
      ubuntu:* | debian:*) OS_CODENAME="$(lsb_release -cs 2>/dev/null || true)" ;;
    esac
  fi
  # shellcheck disable=SC2034 # not every script that inlines this helper installs packages
  case "$OS_ID" in
    ubuntu | debian) OS_FAMILY=debian ;;
    centos | rhel) OS_FAMILY=redhat ;;
    *) OS_FAMILY="" ;;
  esac
  if [ -n "$declared" ] && [ "$declared" != "$OS_ID" ]; then
    die "the topology says this host runs '$declared' but it runs '$OS_ID' $OS_VERSION_ID"
  fi
  case "$declared_version" in
    "" | "$OS_VERSION_ID" | "$OS_VERSION_ID".*) ;;
    *) log "WARNING: the topology says os.version $declared_version, the host reports $OS_VERSION_ID; going by the host" ;;
  esac
  log "host runs $OS_ID $OS_VERSION_ID${OS_CODENAME:+ ($OS_CODENAME)}"
}

# require_mesos_platform: the systems the Mesos blueprints support (Ubuntu 14.04, CentOS and RHEL
# 6 and 7, Debian 8) plus Ubuntu 16.04; Mesosphere publishes Mesos packages for all of them.
require_mesos_platform() {
  case "$OS_ID:$OS_VERSION_ID" in
    ubuntu:14.04 | ubuntu:16.04 | debian:8 | debian:8.* | centos:6* | centos:7* | rhel:6* | rhel:7*) ;;
    *) die "$OS_ID $OS_VERSION_ID is not supported: use Ubuntu 14.04 or 16.04, CentOS 6 or 7, RHEL 6 or 7, or Debian 8" ;;
  esac
}
# --- end helper: os ---
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
: "${MESOS_WORK_DIR:?MESOS_WORK_DIR is required}"
: "${zoo_config:?the zoo_config artifact (artifacts/zoo.cfg) was not delivered to this script}"
MESOS_HOSTNAME="${MESOS_HOSTNAME:-}"
MESOS_LOG_DIR="${MESOS_LOG_DIR:-/var/log/mesos}"
MESOS_CLUSTER="${MESOS_CLUSTER:-}"

is_ipv4 "$MESOS_IP" || die "MESOS_IP='$MESOS_IP' is not an IPv4 address"
is_port "$MESOS_PORT" || die "MESOS_PORT='$MESOS_PORT' is not a TCP port"
is_abs_path "$MESOS_WORK_DIR" || die "MESOS_WORK_DIR='$MESOS_WORK_DIR' is not an absolute path"
is_abs_path "$MESOS_LOG_DIR" || die "MESOS_LOG_DIR='$MESOS_LOG_DIR' is not an absolute path"
[ -z "$MESOS_HOSTNAME" ] || is_hostname "$MESOS_HOSTNAME" || die "MESOS_HOSTNAME='$MESOS_HOSTNAME' is not a host name"
case "$MESOS_CLUSTER" in *[[:cntrl:]]*) die "MESOS_CLUSTER contains control characters" ;; esac
[ -r "$zoo_config" ] || die "zoo_config artifact '$zoo_config' is not readable"

detect_os "" ""
require_mesos_platform
readonly CDH4_EL6_REPO_RPM="https://archive.cloudera.com/cdh4/one-click-install/redhat/6/x86_64/cloudera-cdh-4-0.x86_64.rpm"

# --- Who are the masters? -------------------------------------------------------------------
# Every master computes the same list: instance ids sorted bytewise, so that server.N and myid
# agree across hosts without any coordination.
master_ips=()
my_id=""
if [ -n "${INSTANCES:-}" ]; then
  : "${INSTANCE:?INSTANCES is set but INSTANCE (this instance id) is not}"
  while read -r id; do
    [ -n "$id" ] || continue
    ip=""
    for var in "${id}_MESOS_IP" "MESOS_IP_${id}"; do
      if [[ $var =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] && [ -n "${!var:-}" ]; then
        ip="${!var}"
        break
      fi
    done
    [ -n "$ip" ] || die "no IP for master instance '$id' (expected \$${id}_MESOS_IP); is its host up?"
    is_ipv4 "$ip" || die "master instance '$id' has IP '$ip', not an IPv4 address"
    master_ips+=("$ip")
    [ "$id" != "$INSTANCE" ] || my_id="${#master_ips[@]}"
  done < <(printf '%s\n' "$INSTANCES" | tr ',' '\n' | tr -d ' ' | LC_ALL=C sort -u)
  [ -n "$my_id" ] || die "this instance ($INSTANCE) is not in INSTANCES ($INSTANCES)"
  [ "${master_ips[$((my_id - 1))]}" = "$MESOS_IP" ] \
    || die "INSTANCES gives this instance the IP ${master_ips[$((my_id - 1))]} but MESOS_IP is $MESOS_IP"
else
  log "WARNING: the orchestrator did not set INSTANCES; configuring a single master"
  master_ips=("$MESOS_IP")
  my_id=1
fi
master_count="${#master_ips[@]}"
[ "$(printf '%s\n' "${master_ips[@]}" | sort -u | wc -l)" -eq "$master_count" ] \
  || die "two master instances report the same IP: ${master_ips[*]}"
if [ "$master_count" -gt 1 ] && [ $((master_count % 2)) -eq 0 ]; then
  log "WARNING: $master_count masters is an even number: ZooKeeper and the Mesos replicated log tolerate no more failures than with $((master_count - 1))"
fi
quorum=$((master_count / 2 + 1))
zk_endpoints="$(printf '%s:2181,' "${master_ips[@]}")"
zk_endpoints="${zk_endpoints%,}"
log "masters: ${master_ips[*]} (this one is #$my_id, quorum $quorum)"

# --- ZooKeeper ---------------------------------------------------------------------------------
case "$OS_FAMILY:$OS_VERSION_ID" in
  debian:*)
    if ! dpkg-query -W -f='${Status}' zookeeperd 2>/dev/null | grep 'install ok installed' >/dev/null; then
      log "installing zookeeperd from the $OS_ID archive"
      as_root apt-get update -q
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q zookeeperd
    fi
    ;;
  redhat:6*)
    # Mesosphere publishes no ZooKeeper for EL 6; its install guide takes Cloudera's CDH 4 one.
    if ! rpm -q zookeeper-server >/dev/null 2>&1; then
      if ! rpm -q cloudera-cdh >/dev/null 2>&1; then
        log "adding Cloudera's CDH 4 repository ($CDH4_EL6_REPO_RPM)"
        as_root yum install -y -q "$CDH4_EL6_REPO_RPM"
      fi
      log "installing zookeeper-server from Cloudera's CDH 4 repository"
      as_root yum install -y -q zookeeper zookeeper-server
    fi
    ;;
  redhat:*)
    if ! rpm -q mesosphere-zookeeper >/dev/null 2>&1; then
      log "installing mesosphere-zookeeper from repos.mesosphere.com"
      as_root yum install -y -q mesosphere-zookeeper
    fi
    ;;
esac
zk_name="$(zk_service)"
svc_exists "$zk_name" || die "the ZooKeeper package installed no $zk_name service"
# Packages may start ZooKeeper with their standalone defaults; master/start.sh starts it again
# once the ensemble below is in place.
svc stop "$zk_name"

zk_conf_dir=/etc/zookeeper/conf
{
  cat "$zoo_config"
  printf '\n# Ensemble written by master/configure.sh for %s master(s); do not edit by hand.\n' "$master_count"
  if [ "$master_count" -gt 1 ]; then
    n=0
    for ip in "${master_ips[@]}"; do
      n=$((n + 1))
      printf 'server.%d=%s:2888:3888\n' "$n" "$ip"
    done
  fi
} | put_file "$zk_conf_dir/zoo.cfg" 0644
zk_data_dir="$(awk -F= '$1 == "dataDir" { print $2 }' "$zk_conf_dir/zoo.cfg" | tail -n 1)"
is_abs_path "$zk_data_dir" || die "zoo_config has no usable dataDir (got '$zk_data_dir')"
as_root mkdir -p "$zk_data_dir"
# Cloudera's init script refuses to start on a data directory its initialize command did not set up.
if [ "$zk_name" = zookeeper-server ] && [ ! -d "$zk_data_dir/version-2" ]; then
  as_root zookeeper-server-initialize --myid="$my_id"
fi
# Ubuntu links dataDir/myid to /etc/zookeeper/conf/myid; write both so either layout works.
printf '%s\n' "$my_id" | put_file "$zk_conf_dir/myid" 0644
printf '%s\n' "$my_id" | put_file "$zk_data_dir/myid" 0644
if id zookeeper >/dev/null 2>&1; then
  as_root chown -R zookeeper:zookeeper "$zk_data_dir"
fi
log "ZooKeeper: $zk_conf_dir/zoo.cfg written, myid $my_id, dataDir $zk_data_dir"

# --- Mesos master -----------------------------------------------------------------------------
# mesos-init-wrapper turns every file /etc/mesos-master/<flag> into --<flag>=<content>; the port
# and log directory come from /etc/default/mesos-master and /etc/default/mesos instead, because
# those files already set PORT and LOGS and a flag given twice is rejected.
as_root mkdir -p "$MESOS_WORK_DIR" "$MESOS_LOG_DIR" /etc/mesos /etc/mesos-master
printf 'zk://%s/mesos\n' "$zk_endpoints" | put_file /etc/mesos/zk 0644
printf '%s\n' "$quorum" | put_file /etc/mesos-master/quorum 0644
printf '%s\n' "$MESOS_IP" | put_file /etc/mesos-master/ip 0644
printf '%s\n' "${MESOS_HOSTNAME:-$MESOS_IP}" | put_file /etc/mesos-master/hostname 0644
printf '%s\n' "$MESOS_WORK_DIR" | put_file /etc/mesos-master/work_dir 0644
if [ -n "$MESOS_CLUSTER" ]; then
  printf '%s\n' "$MESOS_CLUSTER" | put_file /etc/mesos-master/cluster 0644
else
  as_root rm -f /etc/mesos-master/cluster
fi
set_kv /etc/default/mesos-master PORT "$MESOS_PORT"
set_kv /etc/default/mesos LOGS "$MESOS_LOG_DIR"
log "Mesos master: zk://$zk_endpoints/mesos, quorum $quorum, listening on $MESOS_IP:$MESOS_PORT"

# Operation output read through get_operation_output (master_url, zk_endpoints attributes).
export zk_endpoints
log "zk_endpoints=$zk_endpoints"
