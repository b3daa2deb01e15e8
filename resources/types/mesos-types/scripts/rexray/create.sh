#!/bin/bash
# RexrayClient and RexrayServer, Standard.create: install the REX-Ray binary as /usr/bin/rexray
# and register it as the "rexray" service (rexray install: a systemd unit or a SysV script).
# On a RexrayServer, also install the libStorage server configuration that the topology
# supplies through the rexray_config artifact (see artifacts/libstorage_sample_config.yml);
# a RexrayClient's rexray_config is a template filled in by its configure operations instead.
#
# Where the binary comes from. REX-Ray was only ever published on Bintray
# (dl.bintray.com/rexray/rexray), which shut down in May 2021, and the project is archived, so
# there is no official download left. The script therefore takes, in this order:
#   1. /usr/bin/rexray when it already reports REXRAY_VERSION (an image built with it);
#   2. /var/cache/topologist/rexray/rexray-Linux-x86_64-<REXRAY_VERSION>.tar.gz, pre-seeded;
#   3. REXRAY_DOWNLOAD_URL, a tarball of that name on a mirror of your own;
# and stops with an explanation otherwise. See the archive README.
#
# Inputs: the types declare none. Optional: REXRAY_VERSION (default 0.11.4),
# REXRAY_DOWNLOAD_URL, REXRAY_SHA256. Artifact: rexray_config (local path).
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="rexray/create"
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

REXRAY_VERSION="${REXRAY_VERSION:-0.11.4}"
REXRAY_DOWNLOAD_URL="${REXRAY_DOWNLOAD_URL:-}"
REXRAY_SHA256="${REXRAY_SHA256:-}"
[[ $REXRAY_VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[A-Za-z0-9.]+)?$ ]] || die "REXRAY_VERSION='$REXRAY_VERSION' is not a release number"
[[ -z $REXRAY_DOWNLOAD_URL || $REXRAY_DOWNLOAD_URL =~ ^(https?|file)://[^[:space:]]+$ ]] || die "REXRAY_DOWNLOAD_URL='$REXRAY_DOWNLOAD_URL' is not a URL"
[[ -z $REXRAY_SHA256 || $REXRAY_SHA256 =~ ^[0-9a-f]{64}$ ]] || die "REXRAY_SHA256 is not a SHA-256 digest"
[ "$(uname -m)" = x86_64 ] || die "this archive installs the x86_64 REX-Ray build; the host is $(uname -m)"

installed_version() { /usr/bin/rexray version 2>/dev/null | awk '$1 == "SemVer:" { print $2 }'; }

if [ -x /usr/bin/rexray ] && [ "$(installed_version)" = "$REXRAY_VERSION" ]; then
  log "REX-Ray $REXRAY_VERSION is already installed"
else
  tarball="rexray-Linux-x86_64-${REXRAY_VERSION}.tar.gz"
  seeded="/var/cache/topologist/rexray/$tarball"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  if [ -r "$seeded" ]; then
    log "using the pre-seeded $seeded"
    cp "$seeded" "$work/$tarball"
  elif [ -n "$REXRAY_DOWNLOAD_URL" ]; then
    log "downloading $REXRAY_DOWNLOAD_URL"
    curl -fsSL --retry 3 -o "$work/$tarball" "$REXRAY_DOWNLOAD_URL" || die "could not download $REXRAY_DOWNLOAD_URL"
  else
    die "no REX-Ray $REXRAY_VERSION binary available: its only official download (Bintray) closed in May 2021. Put $tarball in /var/cache/topologist/rexray/ on the image, or serve it yourself and set REXRAY_DOWNLOAD_URL"
  fi
  if [ -n "$REXRAY_SHA256" ]; then
    echo "$REXRAY_SHA256  $work/$tarball" | sha256sum -c --quiet - || die "checksum mismatch for $tarball"
  fi
  tar -xzf "$work/$tarball" -C "$work" rexray || die "$tarball does not contain a 'rexray' binary"
  as_root install -D -m 0755 "$work/rexray" /usr/bin/rexray
  [ "$(installed_version)" = "$REXRAY_VERSION" ] \
    || die "the binary from $tarball reports version '$(installed_version)', not $REXRAY_VERSION"
  log "installed REX-Ray $REXRAY_VERSION (sha256 $(sha256sum "$work/$tarball" | cut -d' ' -f1))"
fi

if svc_exists rexray; then
  log "the rexray service is already registered"
else
  log "registering the rexray service"
  as_root /usr/bin/rexray install
  svc_exists rexray || die "'rexray install' did not register a rexray service"
fi
# The daemon must not run before it has a configuration; start.sh starts it.
svc stop rexray || true
as_root mkdir -p /etc/rexray

rexray_config="${rexray_config:-}"
if [ -z "$rexray_config" ]; then
  log "no rexray_config artifact; nothing more to do"
elif [ ! -r "$rexray_config" ]; then
  die "rexray_config artifact '$rexray_config' is not readable"
elif grep -q '@@[A-Z_]*@@' "$rexray_config"; then
  log "rexray_config is a client template; configure_client.sh and the libStorage relationship fill it in"
else
  # A server configuration holds storage credentials: readable by root only.
  put_file /etc/rexray/config.yml 0600 <"$rexray_config"
  log "installed the supplied configuration as /etc/rexray/config.yml"
fi
