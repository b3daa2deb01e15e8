#!/bin/bash
# DockerEngine, Standard.create: install Docker CE from Docker's own package repository
# (https://download.docker.com) on Ubuntu 14.04 or later, Debian 8, CentOS 7 or RHEL 7; on
# CentOS 6 and RHEL 6, for which Docker CE was never built, install docker-io (Docker 1.7) from
# EPEL.
# Ubuntu's packaging may start the daemon right away; start_docker_engine.sh is what makes sure
# it is enabled at boot and answering.
#
# Inputs: the type declares none. If an orchestrator sets DOCKER_VERSION (a version prefix such
# as "18.06"), the newest matching package is installed; otherwise the newest one the
# repository has for this release (for Ubuntu 14.04 that is the 18.06 series, the last one
# Docker built for trusty).
#
# Helpers are inlined on purpose: Alien4Cloud uploads every operation script to the host on
# its own, so a helper file sourced from next to the script would not be there.
set -euo pipefail

LOG_TAG="docker-engine/install"
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

# Docker's release signing keys, as published on docs.docker.com.
readonly DOCKER_DEB_KEY_FPR="9DC858229FC7DD38854AE2D88D81803C0EBFCD88"
readonly EPEL6_RELEASE_RPM="https://dl.fedoraproject.org/pub/epel/epel-release-latest-6.noarch.rpm"
readonly DOCKER_RPM_KEY_ID="621e9f35" # fingerprint 060A 61C5 1B55 8A7F 742B 77AA C52F EB6B 621E 9F35

DOCKER_VERSION="${DOCKER_VERSION:-}"
[[ -z $DOCKER_VERSION || $DOCKER_VERSION =~ ^[0-9][0-9A-Za-z.~:+-]*$ ]] \
  || die "DOCKER_VERSION='$DOCKER_VERSION' is not a version"

# install_on_debian_family: Ubuntu and Debian; download.docker.com has one tree for each.
install_on_debian_family() {
  local pkg candidate
  if dpkg-query -W -f='${Status}' docker-ce 2>/dev/null | grep 'install ok installed' >/dev/null; then
    log "docker-ce $(dpkg-query -W -f='${Version}' docker-ce) is already installed"
    return 0
  fi
  [ -n "$OS_CODENAME" ] || die "cannot determine the $OS_ID release codename"

  log "installing the packages needed to use an HTTPS repository"
  as_root apt-get update -q
  apt_install apt-transport-https ca-certificates curl gnupg
  if [ "$OS_ID" = ubuntu ] && dpkg --compare-versions "$OS_VERSION_ID" ge 17.10; then
    apt_install dirmngr
  fi

  if ! as_root apt-key export "$DOCKER_DEB_KEY_FPR" 2>/dev/null | grep 'BEGIN PGP PUBLIC KEY BLOCK' >/dev/null; then
    log "adding Docker's signing key from https://download.docker.com/linux/$OS_ID/gpg"
    curl -fsSL --retry 3 "https://download.docker.com/linux/$OS_ID/gpg" | as_root apt-key add -
    as_root apt-key export "$DOCKER_DEB_KEY_FPR" 2>/dev/null | grep 'BEGIN PGP PUBLIC KEY BLOCK' >/dev/null \
      || die "the key served by download.docker.com is not $DOCKER_DEB_KEY_FPR"
  fi
  apt_source /etc/apt/sources.list.d/docker.list \
    "deb [arch=amd64] https://download.docker.com/linux/$OS_ID $OS_CODENAME stable" || true
  as_root apt-get update -q

  if [ "$OS_CODENAME" = trusty ]; then
    # Docker recommends the extra kernel modules on 14.04 for the aufs storage driver.
    if apt-cache show "linux-image-extra-$(uname -r)" >/dev/null 2>&1; then
      apt_install "linux-image-extra-$(uname -r)"
    else
      log "linux-image-extra-$(uname -r) is not available; Docker will use another storage driver"
    fi
  fi

  pkg=docker-ce
  if [ -n "$DOCKER_VERSION" ]; then
    candidate="$(apt-cache madison docker-ce | awk -F'|' -v p="$DOCKER_VERSION" \
      '!found { v = $2; gsub(/ /, "", v); w = v; sub(/^[0-9]+:/, "", w); if (index(w, p) == 1) { print v; found = 1 } }')"
    [ -n "$candidate" ] || die "download.docker.com has no docker-ce matching '$DOCKER_VERSION' for $OS_CODENAME"
    pkg="docker-ce=$candidate"
  fi
  log "installing $pkg"
  apt_install "$pkg"
}

# install_on_el7: CentOS 7, and RHEL 7 through the same CentOS repository (its container-selinux
# dependency comes from RHEL's extras channel).
install_on_el7() {
  local spec
  if rpm -q docker-ce >/dev/null 2>&1; then
    log "$(rpm -q docker-ce) is already installed"
    return 0
  fi
  if rpm -q docker >/dev/null 2>&1; then
    die "the distribution's own 'docker' package is installed and conflicts with docker-ce; remove it first"
  fi
  if [ "$OS_ID" = rhel ]; then
    log "enabling the rhel-7-server-extras-rpms channel for container-selinux"
    as_root yum-config-manager --enable rhel-7-server-extras-rpms
  fi
  as_root yum install -y -q yum-utils device-mapper-persistent-data lvm2 curl
  if ! rpm -q "gpg-pubkey-$DOCKER_RPM_KEY_ID" >/dev/null 2>&1; then
    log "importing Docker's RPM signing key from https://download.docker.com/linux/centos/gpg"
    as_root rpm --import https://download.docker.com/linux/centos/gpg
    rpm -q "gpg-pubkey-$DOCKER_RPM_KEY_ID" >/dev/null 2>&1 \
      || die "the key served by download.docker.com is not key $DOCKER_RPM_KEY_ID"
  fi
  if [ ! -f /etc/yum.repos.d/docker-ce.repo ]; then
    log "adding the repository https://download.docker.com/linux/centos/docker-ce.repo"
    as_root yum-config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo
  fi
  spec=docker-ce
  [ -z "$DOCKER_VERSION" ] || spec="docker-ce-${DOCKER_VERSION}*"
  log "installing $spec"
  as_root yum install -y -q "$spec"
}

# install_on_el6: CentOS 6 and RHEL 6 get Docker 1.7, the last release for them, as EPEL's
# docker-io (a SysV init service).
install_on_el6() {
  local spec
  if rpm -q docker-io >/dev/null 2>&1; then
    log "$(rpm -q docker-io) is already installed"
    return 0
  fi
  if ! rpm -q epel-release >/dev/null 2>&1; then
    log "adding the EPEL repository"
    case "$OS_ID" in
      centos) as_root yum install -y -q epel-release ;;
      *) as_root yum install -y -q "$EPEL6_RELEASE_RPM" ;;
    esac
  fi
  spec=docker-io
  [ -z "$DOCKER_VERSION" ] || spec="docker-io-${DOCKER_VERSION}*"
  log "installing $spec from EPEL"
  as_root yum install -y -q "$spec"
}

detect_os "" ""
case "$OS_ID:$OS_VERSION_ID" in
  ubuntu:*)
    dpkg --compare-versions "$OS_VERSION_ID" ge 14.04 || die "Ubuntu $OS_VERSION_ID is older than 14.04"
    install_on_debian_family
    ;;
  debian:8 | debian:8.*) install_on_debian_family ;;
  centos:7* | rhel:7*) install_on_el7 ;;
  centos:6* | rhel:6*) install_on_el6 ;;
  *)
    die "$OS_ID $OS_VERSION_ID is not supported: this archive installs Docker on Ubuntu 14.04 or later, Debian 8, CentOS 6 or 7 and RHEL 6 or 7"
    ;;
esac

command -v docker >/dev/null 2>&1 || die "the docker command is missing after installation"
log "installed $(docker --version)"
