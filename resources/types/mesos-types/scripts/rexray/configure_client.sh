#!/bin/bash
# RexrayClient, Standard.configure: record which libStorage service this client uses and stage
# the client configuration template (the rexray_config artifact). The libStorage server's
# address is only known to the RexrayConnectsToLibStorage relationship, which runs next and
# writes the final /etc/rexray/config.yml (configure_connectsToLibStorage.sh).
#
# Inputs (environment, as declared by the type):
#   STORAGE_SERVICE  required  name of a service defined on the libStorage server (e.g. ebs)
#   rexray_config    artifact  the client template (artifacts/rexray_config.yml)
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="rexray/configure-client"
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

: "${STORAGE_SERVICE:?STORAGE_SERVICE (the storage_service property) is required}"
: "${rexray_config:?the rexray_config artifact (artifacts/rexray_config.yml) was not delivered}"
[[ $STORAGE_SERVICE =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ ]] || die "STORAGE_SERVICE='$STORAGE_SERVICE' is not a libStorage service name"
[ -r "$rexray_config" ] || die "rexray_config artifact '$rexray_config' is not readable"
for placeholder in @@REXRAY_SERVER@@ @@STORAGE_SERVICE@@; do
  grep -q "$placeholder" "$rexray_config" || die "rexray_config is not a client template: it lacks $placeholder"
done

put_file /etc/rexray/config.yml.template 0644 <"$rexray_config"
printf '%s\n' "$STORAGE_SERVICE" | put_file /etc/rexray/storage_service 0644
log "client will use libStorage service '$STORAGE_SERVICE'; waiting for the server address"
