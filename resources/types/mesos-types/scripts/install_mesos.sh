#!/bin/bash
# MesosMaster and MesosSlave, Standard.create: install Apache Mesos from Mesosphere's package
# repository (http://repos.mesosphere.com) on Ubuntu 14.04 or 16.04, Debian 8 (apt), CentOS or
# RHEL 6 and 7 (yum).
# Both roles share this script; the mesos-master and mesos-slave services are left stopped and
# disabled here, and master/start.sh or slave/start.sh enables the one the node needs.
# ZooKeeper is installed by master/configure.sh, only on masters.
#
# Inputs (environment, as declared by the type):
#   OS_DISTR       required  os.distribution of the host (ubuntu, debian, centos or rhel)
#   OS_VERS        optional  os.version of the host, only cross-checked
#   IP             required  private IP of the host
#   MESOS_VERSION  optional  component_version: a Mesos version (1.4.1) or a full Mesosphere
#                            package version (0.25.0-0.2.70); empty installs the newest one
#
# Helpers are inlined on purpose: Alien4Cloud uploads every operation script to the host on
# its own, so a helper file sourced from next to the script would not be there.
set -euo pipefail

LOG_TAG="mesos/install"
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
# --- helper: apt (identical in every script that has it) ---
apt_install() { as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"; }

# apt_trust_key FINGERPRINT: import a repository signing key from keyserver.ubuntu.com unless
# apt already trusts it, and check that what arrived really is that key.
apt_trust_key() {
  local fpr=$1 try
  if as_root apt-key export "$fpr" 2>/dev/null | grep 'BEGIN PGP PUBLIC KEY BLOCK' >/dev/null; then
    return 0
  fi
  log "importing signing key $fpr from keyserver.ubuntu.com"
  for try in 1 2 3; do
    as_root apt-key adv --keyserver hkp://keyserver.ubuntu.com:80 --recv-keys "$fpr" && break
    log "keyserver attempt $try failed"
    sleep 5
  done
  as_root apt-key export "$fpr" 2>/dev/null | grep 'BEGIN PGP PUBLIC KEY BLOCK' >/dev/null \
    || die "could not import signing key $fpr"
}

# apt_source FILE LINE: make FILE hold exactly LINE; returns 0 when the file changed.
apt_source() {
  [ "$(cat "$1" 2>/dev/null || true)" != "$2" ] || return 1
  log "writing $1: $2"
  printf '%s\n' "$2" | as_root tee "$1" >/dev/null
}

# apt_version PACKAGE PREFIX: newest repository version of PACKAGE equal to PREFIX or
# continuing it with one of . - ~ + (so 0.25.0-0.2.70 matches 0.25.0-0.2.70.ubuntu1404).
apt_version() {
  apt-cache madison "$1" | awk -F'|' -v p="$2" '
    !found { v = $2; gsub(/ /, "", v); if (index(v, p) == 1) { r = substr(v, length(p) + 1); if (r == "" || r ~ /^[-.~+]/) { print v; found = 1 } } }'
}
# --- end helper: apt ---
# --- helper: mesosphere (identical in every script that has it) ---
# Mesosphere's package repository signing key (see the Mesosphere and Apache Aurora install docs).
readonly MESOSPHERE_KEY_FPR="81026D0004C44CF7EF55ADF8DF7D54CBE56151BF"
# The release packages that configure repos.mesosphere.com on CentOS and RHEL, per major release.
readonly MESOSPHERE_EL6_REPO_RPM="http://repos.mesosphere.com/el/6/noarch/RPMS/mesosphere-el-repo-6-2.noarch.rpm"
readonly MESOSPHERE_EL7_REPO_RPM="http://repos.mesosphere.com/el/7/noarch/RPMS/mesosphere-el-repo-7-3.noarch.rpm"

# add_mesosphere_repo: configure http://repos.mesosphere.com for this host, once.
add_mesosphere_repo() {
  local rpm_url
  case "$OS_FAMILY" in
    debian)
      if ! command -v curl >/dev/null 2>&1 || ! command -v gpg >/dev/null 2>&1; then
        as_root apt-get update -q
        apt_install curl gnupg
      fi
      apt_trust_key "$MESOSPHERE_KEY_FPR"
      # The repository has one tree per distribution: /ubuntu (trusty, xenial), /debian (jessie).
      apt_source /etc/apt/sources.list.d/mesosphere.list \
        "deb http://repos.mesosphere.com/$OS_ID $OS_CODENAME main" || true
      as_root apt-get update -q
      ;;
    redhat)
      case "$OS_VERSION_ID" in
        6*) rpm_url=$MESOSPHERE_EL6_REPO_RPM ;;
        *) rpm_url=$MESOSPHERE_EL7_REPO_RPM ;;
      esac
      if ! rpm -q mesosphere-el-repo >/dev/null 2>&1; then
        log "adding the Mesosphere repository ($rpm_url)"
        as_root yum install -y -q "$rpm_url"
      fi
      ;;
    *) die "no Mesosphere repository for $OS_ID" ;;
  esac
}

# valid_pkg_version VALUE: package versions are passed to apt/yum, so keep them to version characters.
valid_pkg_version() { [[ $1 =~ ^[0-9][0-9A-Za-z.~+-]*$ ]]; }
# --- end helper: mesosphere ---
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

: "${OS_DISTR:?OS_DISTR (the host os.distribution) is required}"
: "${IP:?IP (the host ip_address) is required}"
OS_VERS="${OS_VERS:-}"
MESOS_VERSION="${MESOS_VERSION:-}"
is_ipv4 "$IP" || die "IP='$IP' is not an IPv4 address"
[ -z "$MESOS_VERSION" ] || valid_pkg_version "$MESOS_VERSION" || die "MESOS_VERSION='$MESOS_VERSION' is not a version"

detect_os "$OS_DISTR" "$OS_VERS"
require_mesos_platform

# Mesos resolves its own host name when it starts; cloud images do not always make it resolvable.
host_name="$(hostname)"
if ! getent hosts "$host_name" >/dev/null 2>&1; then
  log "adding '$IP $host_name' to /etc/hosts so that Mesos can resolve its own host name"
  printf '%s %s\n' "$IP" "$host_name" | as_root tee -a /etc/hosts >/dev/null
fi

installed=""
case "$OS_FAMILY" in
  debian) installed="$(dpkg-query -W -f='${Status} ${Version}' mesos 2>/dev/null | awk '$3 == "installed" { print $4 }' || true)" ;;
  # rpm -q prints "package mesos is not installed" on standard output: ask only when it is.
  redhat) ! rpm -q mesos >/dev/null 2>&1 || installed="$(rpm -q --qf '%{VERSION}-%{RELEASE}' mesos)" ;;
esac

if [ -n "$installed" ]; then
  if [ -n "$MESOS_VERSION" ] && [ "${installed#"$MESOS_VERSION"}" = "$installed" ]; then
    die "mesos $installed is already installed but component_version asks for $MESOS_VERSION; refusing to switch versions in place"
  fi
  log "mesos $installed is already installed"
else
  add_mesosphere_repo
  case "$OS_FAMILY" in
    debian)
      pkg=mesos
      if [ -n "$MESOS_VERSION" ]; then
        version="$(apt_version mesos "$MESOS_VERSION")"
        [ -n "$version" ] || die "repos.mesosphere.com has no mesos package matching '$MESOS_VERSION' for $OS_CODENAME"
        pkg="mesos=$version"
      fi
      log "installing $pkg (without ZooKeeper, which only masters need)"
      apt_install --no-install-recommends curl "$pkg"
      # A pinned version must not move with the next 'apt-get upgrade'.
      [ -z "$MESOS_VERSION" ] || as_root apt-mark hold mesos >/dev/null
      ;;
    redhat)
      spec=mesos
      [ -z "$MESOS_VERSION" ] || spec="mesos-${MESOS_VERSION}*"
      log "installing $spec"
      as_root yum install -y -q curl "$spec"
      ;;
  esac
fi

command -v mesos-master >/dev/null 2>&1 || [ -x /usr/sbin/mesos-master ] || die "mesos-master is missing after installation"

# Neither daemon may start with the package defaults (zk://localhost): the role's start script
# enables the right one once it is configured.
for service in mesos-master mesos-slave; do
  if svc_exists "$service"; then
    svc stop "$service"
    svc disable "$service"
  fi
done
log "mesos ${installed:-$(/usr/sbin/mesos-master --version 2>/dev/null | awk '{ print $2 }')} installed; services left stopped"
