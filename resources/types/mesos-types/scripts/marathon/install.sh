#!/bin/bash
# Marathon, Standard.create: install Java 8 and Marathon on a Mesos master host, from
#   - Marathon: Mesosphere's repository (http://repos.mesosphere.com), like Mesos itself;
#   - Java 8:   Ubuntu 14.04: OpenJDK 8 from the openjdk-r PPA (ppa:openjdk-r/ppa), since
#               trusty has no Java 8; Ubuntu 16.04: openjdk-8-jre-headless from Ubuntu;
#               CentOS 7: java-1.8.0-openjdk-headless from CentOS.
# The type's description mentions Oracle Java 8; Oracle's installer PPA no longer exists, and
# OpenJDK 8 is what Marathon's own packages depend on. Marathon is left stopped and disabled
# until marathon/start.sh has written its configuration.
#
# Inputs (environment, as declared by the type):
#   OS                optional  os.distribution of the host (ubuntu or centos), cross-checked
#   OS_VERS           optional  os.version of the host, only cross-checked
#   MARATHON_VERSION  required  Mesosphere package version, e.g. 1.3.10-1.0.627, or a prefix
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="marathon/install"
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

OS="${OS:-}"
# OS is get_property [HOST, os, distribution] with a Mesos node as HOST: whether it resolves
# through to the compute depends on the orchestrator, so it is only a cross-check here.
[ -n "$OS" ] || log "OS is empty (the host's os.distribution did not resolve); going by /etc/os-release"
: "${MARATHON_VERSION:?MARATHON_VERSION (the version property) is required}"
OS_VERS="${OS_VERS:-}"
valid_pkg_version "$MARATHON_VERSION" || die "MARATHON_VERSION='$MARATHON_VERSION' is not a version"

detect_os "$OS" "$OS_VERS"
require_mesos_platform
# Mesos runs on more systems than this script installs Marathon and Java 8 on.
case "$OS_ID:$OS_VERSION_ID" in
  ubuntu:14.04 | ubuntu:16.04 | centos:7*) ;;
  *) die "this script installs Marathon on Ubuntu 14.04, Ubuntu 16.04 and CentOS 7 only, not on $OS_ID $OS_VERSION_ID" ;;
esac

install_java8() {
  case "$OS_ID:$OS_VERSION_ID" in
    ubuntu:14.04)
      if ! dpkg-query -W -f='${Status}' openjdk-8-jre-headless 2>/dev/null | grep 'install ok installed' >/dev/null; then
        if ! compgen -G '/etc/apt/sources.list.d/openjdk-r-ppa-*.list' >/dev/null; then
          log "adding ppa:openjdk-r/ppa for OpenJDK 8 (Ubuntu 14.04 has no Java 8)"
          as_root apt-get update -q
          apt_install software-properties-common
          as_root add-apt-repository -y ppa:openjdk-r/ppa
        fi
        as_root apt-get update -q
        apt_install openjdk-8-jre-headless
      fi
      # trusty may also have Java 7 installed (Mesos pulls a Java runtime): make 8 the default.
      as_root update-alternatives --set java /usr/lib/jvm/java-8-openjdk-amd64/jre/bin/java
      ;;
    ubuntu:*)
      dpkg-query -W -f='${Status}' openjdk-8-jre-headless 2>/dev/null | grep 'install ok installed' >/dev/null \
        || apt_install openjdk-8-jre-headless
      ;;
    centos:*)
      rpm -q java-1.8.0-openjdk-headless >/dev/null 2>&1 || as_root yum install -y -q java-1.8.0-openjdk-headless
      ;;
  esac
}

installed=""
case "$OS_ID" in
  ubuntu) installed="$(dpkg-query -W -f='${Status} ${Version}' marathon 2>/dev/null | awk '$3 == "installed" { print $4 }' || true)" ;;
  # rpm -q prints "package marathon is not installed" on standard output: ask only when it is.
  centos) ! rpm -q marathon >/dev/null 2>&1 || installed="$(rpm -q --qf '%{VERSION}-%{RELEASE}' marathon)" ;;
esac

if [ -n "$installed" ]; then
  [ "${installed#"$MARATHON_VERSION"}" != "$installed" ] \
    || die "marathon $installed is already installed but version $MARATHON_VERSION is asked for; refusing to switch versions in place"
  log "marathon $installed is already installed"
  install_java8
else
  add_mesosphere_repo
  install_java8
  case "$OS_ID" in
    ubuntu)
      version="$(apt_version marathon "$MARATHON_VERSION")"
      [ -n "$version" ] || die "repos.mesosphere.com has no marathon package matching '$MARATHON_VERSION' for $OS_CODENAME"
      log "installing marathon=$version"
      apt_install "marathon=$version"
      as_root apt-mark hold marathon >/dev/null
      ;;
    centos)
      log "installing marathon-$MARATHON_VERSION"
      as_root yum install -y -q "marathon-${MARATHON_VERSION}*"
      ;;
  esac
fi

if svc_exists marathon; then
  svc stop marathon
  svc disable marathon
else
  die "the marathon package installed no marathon service"
fi
log "marathon installed and left stopped until marathon/start.sh configures it"
