#!/bin/bash
# AuroraExecutor, Standard.create (runs on a Mesos agent host): install the Apache Aurora
# 0.12.0 executor package (Thermos executor and observer) on Ubuntu 14.04 or CentOS 7:
#   aurora-executor_0.12.0_amd64.deb (ubuntu-trusty/) or
#   aurora-executor-0.12.0-1.el7.centos.aurora.x86_64.rpm (centos-7/) from AURORA_PKG_BASE_URL,
# with Python 2.7 and, on Ubuntu, libcurl4-nss-dev, which the Mesos Python bindings used by
# the executor need but the Mesos package does not pull in.
# The CentOS package requires CentOS's own "docker" package, which conflicts with docker-ce:
# on CentOS do not put a DockerEngine on the same agent.
#
# Inputs: OS  os.distribution of the host, cross-checked when set. Optional (not declared by the type):
# AURORA_VERSION (default 0.12.0), AURORA_PKG_BASE_URL.
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="aurora/install-executor"
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
command -v mesos-slave >/dev/null 2>&1 || [ -x /usr/sbin/mesos-slave ] \
  || die "Mesos is missing: the AuroraExecutor must be hosted on a MesosSlave (install_mesos.sh)"
command -v curl >/dev/null 2>&1 || die "curl is missing (install_mesos.sh installs it)"

case "$OS_ID" in
  ubuntu)
    if [ "$(dpkg-query -W -f='${Status} ${Version}' aurora-executor 2>/dev/null | awk '$3 == "installed" { print $4 }' || true)" = "$AURORA_VERSION" ]; then
      log "aurora-executor $AURORA_VERSION is already installed"
    else
      as_root apt-get update -q
      apt_install python2.7 libcurl4-nss-dev
      pkg="$(aurora_package executor)"
      [ "$(dpkg-deb -f "$pkg" Package)" = aurora-executor ] || die "$pkg is not an aurora-executor package"
      log "installing $pkg"
      as_root dpkg -i "$pkg" || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -q
      dpkg-query -W -f='${Status}' aurora-executor | grep 'install ok installed' >/dev/null || die "aurora-executor did not install"
    fi
    ;;
  centos)
    if [ "$(rpm -q --qf '%{VERSION}' aurora-executor 2>/dev/null || true)" = "$AURORA_VERSION" ]; then
      log "aurora-executor $AURORA_VERSION is already installed"
    else
      if rpm -q docker-ce >/dev/null 2>&1; then
        die "docker-ce is installed on this agent and conflicts with the 'docker' package the Aurora executor RPM requires"
      fi
      as_root yum install -y -q python
      pkg="$(aurora_package executor)"
      log "installing $pkg"
      as_root yum install -y -q "$pkg"
    fi
    ;;
esac
log "Aurora executor $AURORA_VERSION installed; configure_executor.sh points its observer at the agent's work_dir"
