#!/bin/bash
# AuroraScheduler, Standard.create (runs on a Mesos master host): install Java 8 and the Apache
# Aurora 0.12.0 scheduler package on Ubuntu 14.04 or CentOS 7.
#   - Java 8: Ubuntu 14.04: OpenJDK 8 from ppa:openjdk-r/ppa (as Aurora's install guide does);
#             CentOS 7: java-1.8.0-openjdk-headless from CentOS;
#   - Aurora: aurora-scheduler_0.12.0_amd64.deb (ubuntu-trusty/) or
#             aurora-scheduler-0.12.0-1.el7.centos.aurora.x86_64.rpm (centos-7/) from
#             AURORA_PKG_BASE_URL (see below), installed with its dependencies.
# Aurora 0.12 is built against Mesos 0.25, hence the node filter on component_version.
# The scheduler is left stopped until configure_scheduler.sh has set it up.
#
# Inputs: OS  os.distribution of the host, cross-checked when set. Optional (not declared by the type):
# AURORA_VERSION (default 0.12.0), AURORA_PKG_BASE_URL.
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="aurora/install-scheduler"
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
# --- helper: aurora (identical in every script that has it) ---
# Apache Aurora 0.12.0 packages. The ASF published them on Bintray (apache.bintray.com/aurora),
# which closed in May 2021; the Aurora maintainers report the files moved to apache.jfrog.io.
# AURORA_PKG_BASE_URL replaces that location (a mirror of your own), and a file already in
# /var/cache/topologist/aurora/ is used without any download.
AURORA_VERSION="${AURORA_VERSION:-0.12.0}"
AURORA_PKG_BASE_URL="${AURORA_PKG_BASE_URL:-https://apache.jfrog.io/artifactory/aurora}"
[[ $AURORA_VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "AURORA_VERSION='$AURORA_VERSION' is not a release number"
[[ $AURORA_PKG_BASE_URL =~ ^(https?|file)://[^[:space:]]+$ ]] || die "AURORA_PKG_BASE_URL='$AURORA_PKG_BASE_URL' is not a URL"

# aurora_package COMPONENT: print the local path of the Aurora package COMPONENT (scheduler,
# executor) for this distribution, downloading it into /var/cache/topologist/aurora if needed.
aurora_package() {
  local component=$1 file subdir cache=/var/cache/topologist/aurora
  case "$OS_ID" in
    ubuntu) subdir=ubuntu-trusty; file="aurora-${component}_${AURORA_VERSION}_amd64.deb" ;;
    centos) subdir=centos-7; file="aurora-${component}-${AURORA_VERSION}-1.el7.centos.aurora.x86_64.rpm" ;;
  esac
  if [ ! -s "$cache/$file" ]; then
    log "downloading $AURORA_PKG_BASE_URL/$subdir/$file"
    as_root mkdir -p "$cache"
    as_root curl -fsSL --retry 3 -o "$cache/$file.part" "$AURORA_PKG_BASE_URL/$subdir/$file" \
      || die "could not download $file from $AURORA_PKG_BASE_URL/$subdir/: Bintray, Aurora's original host, is closed; put the file in $cache or set AURORA_PKG_BASE_URL to a mirror"
    as_root mv "$cache/$file.part" "$cache/$file"
  fi
  printf '%s\n' "$cache/$file"
}

# require_aurora_platform: the two systems Aurora 0.12 packages were built for.
require_aurora_platform() {
  case "$OS_ID:$OS_VERSION_ID" in
    ubuntu:14.04 | centos:7*) ;;
    *) die "Aurora $AURORA_VERSION packages exist for Ubuntu 14.04 and CentOS 7 only; this host runs $OS_ID $OS_VERSION_ID" ;;
  esac
}
# --- end helper: aurora ---

OS="${OS:-}"
# OS is get_property [HOST, os, distribution] with a Mesos node as HOST: whether it resolves
# through to the compute depends on the orchestrator, so it is only a cross-check here.
[ -n "$OS" ] || log "OS is empty (the host's os.distribution did not resolve); going by /etc/os-release"
detect_os "$OS" ""
require_aurora_platform
command -v mesos-log >/dev/null 2>&1 || die "mesos-log is missing: Aurora must be hosted on a MesosMaster (install_mesos.sh)"
mesos_version="$(/usr/sbin/mesos-master --version 2>/dev/null | awk '{ print $2 }' || true)"
case "$mesos_version" in
  0.25.*) ;;
  *) log "WARNING: Aurora $AURORA_VERSION is built for Mesos 0.25, this host has Mesos ${mesos_version:-of unknown version}" ;;
esac
command -v curl >/dev/null 2>&1 || die "curl is missing (install_mesos.sh installs it)"

case "$OS_ID" in
  ubuntu)
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
    as_root update-alternatives --set java /usr/lib/jvm/java-8-openjdk-amd64/jre/bin/java
    if [ "$(dpkg-query -W -f='${Status} ${Version}' aurora-scheduler 2>/dev/null | awk '$3 == "installed" { print $4 }' || true)" = "$AURORA_VERSION" ]; then
      log "aurora-scheduler $AURORA_VERSION is already installed"
    else
      pkg="$(aurora_package scheduler)"
      [ "$(dpkg-deb -f "$pkg" Package)" = aurora-scheduler ] || die "$pkg is not an aurora-scheduler package"
      log "installing $pkg"
      # dpkg leaves missing dependencies unconfigured; apt-get -f pulls them in and finishes.
      as_root dpkg -i "$pkg" || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -q
      dpkg-query -W -f='${Status}' aurora-scheduler | grep 'install ok installed' >/dev/null || die "aurora-scheduler did not install"
    fi
    ;;
  centos)
    rpm -q java-1.8.0-openjdk-headless >/dev/null 2>&1 || as_root yum install -y -q java-1.8.0-openjdk-headless
    if [ "$(rpm -q --qf '%{VERSION}' aurora-scheduler 2>/dev/null || true)" = "$AURORA_VERSION" ]; then
      log "aurora-scheduler $AURORA_VERSION is already installed"
    else
      pkg="$(aurora_package scheduler)"
      log "installing $pkg"
      as_root yum install -y -q "$pkg"
    fi
    ;;
esac

# The 0.12 RPM names the service "aurora", the Debian package "aurora-scheduler".
service=aurora-scheduler
svc_exists "$service" || service=aurora
svc_exists "$service" || die "the package installed neither an aurora-scheduler nor an aurora service"
svc stop "$service"
svc disable "$service"
id aurora >/dev/null 2>&1 || die "the package did not create the 'aurora' user"
log "Aurora scheduler $AURORA_VERSION installed (service $service, stopped until configured)"
