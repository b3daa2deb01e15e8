#!/bin/bash
# MesosDNS, Standard.create (runs on the hosting Mesos agent): install the Mesos-DNS binary,
# released by Mesosphere on GitHub, as /usr/local/mesos-dns/mesos-dns:
#   https://github.com/mesosphere/mesos-dns/releases/download/v0.6.0/mesos-dns-v0.6.0-linux-amd64
# Mesos-DNS itself is then run by Marathon (see start-mesosdns.sh) on every agent hosting a
# MesosDNS instance, so the binary must be present on each of them: this script runs on each.
#
# Inputs: the type declares none. An orchestrator may set MESOS_DNS_VERSION (default 0.6.0)
# and MESOS_DNS_SHA256 (checked when set; the project publishes no checksums).
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="mesos-dns/install"
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

MESOS_DNS_VERSION="${MESOS_DNS_VERSION:-0.6.0}"
MESOS_DNS_SHA256="${MESOS_DNS_SHA256:-}"
[[ $MESOS_DNS_VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[A-Za-z0-9.]+)?$ ]] || die "MESOS_DNS_VERSION='$MESOS_DNS_VERSION' is not a release number"
[[ -z $MESOS_DNS_SHA256 || $MESOS_DNS_SHA256 =~ ^[0-9a-f]{64}$ ]] || die "MESOS_DNS_SHA256 is not a SHA-256 digest"
[ "$(uname -m)" = x86_64 ] || die "Mesos-DNS is only released for x86_64, this host is $(uname -m)"
command -v curl >/dev/null 2>&1 || die "curl is missing (install_mesos.sh installs it on agents)"

dir=/usr/local/mesos-dns
url="https://github.com/mesosphere/mesos-dns/releases/download/v${MESOS_DNS_VERSION}/mesos-dns-v${MESOS_DNS_VERSION}-linux-amd64"

if [ -x "$dir/mesos-dns" ] && [ "$(cat "$dir/VERSION" 2>/dev/null || true)" = "$MESOS_DNS_VERSION" ]; then
  log "Mesos-DNS $MESOS_DNS_VERSION is already installed in $dir"
else
  tmp="$(mktemp)"
  trap 'rm -f "$tmp"' EXIT
  log "downloading $url"
  curl -fsSL --retry 3 -o "$tmp" "$url" || die "could not download $url"
  [ "$(head -c 4 "$tmp" | od -An -tx1 | tr -d ' \n')" = 7f454c46 ] || die "$url did not return an ELF executable"
  if [ -n "$MESOS_DNS_SHA256" ]; then
    echo "$MESOS_DNS_SHA256  $tmp" | sha256sum -c --quiet - || die "checksum mismatch for $url"
  fi
  as_root install -D -m 0755 "$tmp" "$dir/mesos-dns"
  printf '%s\n' "$MESOS_DNS_VERSION" | put_file "$dir/VERSION" 0644
  log "installed Mesos-DNS $MESOS_DNS_VERSION (sha256 $(sha256sum "$tmp" | cut -d' ' -f1))"
fi
