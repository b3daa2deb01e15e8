#!/bin/bash
# MesosSlaveConnectsToDNS, Configure.add_target (runs on the agent, once per Mesos-DNS
# instance): put the Mesos-DNS server first in the agent's resolver list, so that tasks and
# containers started there resolve <app>.marathon.mesos.
#   - Ubuntu (resolvconf): /etc/resolvconf/resolv.conf.d/head, then resolvconf -u;
#   - otherwise: /etc/resolv.conf directly. On CentOS 7 NetworkManager or dhclient may rewrite
#     that file on a lease renewal (see the archive README).
#
# Inputs: DNS_IP  required  the Mesos-DNS target's ip_address (its host's private IP)
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="mesos/slave/connectsToDNS"
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

: "${DNS_IP:?DNS_IP (the ip_address of the MesosDNS target) is required}"
is_ipv4 "$DNS_IP" || die "DNS_IP='$DNS_IP' is not an IPv4 address"
line="nameserver $DNS_IP"

# prepend_line FILE: FILE with $line first and no other copy of it.
prepend_line() {
  { printf '%s\n' "$line"; { as_root cat "$1" 2>/dev/null || true; } | grep -vxF "$line" || true; } | put_file "$1" 0644
}

if [ -d /etc/resolvconf/resolv.conf.d ] && command -v resolvconf >/dev/null 2>&1; then
  head_file=/etc/resolvconf/resolv.conf.d/head
  if as_root grep -qxF "$line" "$head_file" 2>/dev/null; then
    log "$DNS_IP is already in $head_file"
  else
    prepend_line "$head_file"
    log "added $DNS_IP to $head_file"
  fi
  as_root resolvconf -u
else
  if [ "$(grep -m 1 '^nameserver' /etc/resolv.conf 2>/dev/null || true)" = "$line" ]; then
    log "$DNS_IP is already the first name server in /etc/resolv.conf"
  else
    if [ -L /etc/resolv.conf ]; then
      log "WARNING: /etc/resolv.conf is a link managed by another service; replacing it with a file"
      as_root cp --remove-destination "$(readlink -f /etc/resolv.conf)" /etc/resolv.conf
    fi
    prepend_line /etc/resolv.conf
    log "added $DNS_IP at the top of /etc/resolv.conf"
  fi
fi
