#!/bin/bash
# MarathonLB, Standard.configure (runs on the Marathon host): write the Marathon application
# for marathon-lb (the mesosphere/marathon-lb Docker image from Docker Hub, run on the agents
# with host networking, one per agent at most) from the marathon_template artifact. It watches
# every Marathon instance and serves the applications labelled HAPROXY_GROUP=internal.
#
# Inputs (environment, as declared by the type):
#   NB_INST       required  number of marathon-lb instances
#   CPU_ALLOC     required  CPUs per instance
#   MEM_ALLOC     required  memory (MB) per instance
#   MARATHON_API  required  the hosting Marathon's api_url, http://<ip>:8080/v2
#   marathon_template  artifact (local path)
# Orchestrator conventions relied on (Alien4Cloud's Cloudify 3 provider): NODE names the
# Marathon application; INSTANCES and <id>_MARATHON_API give the API of every Marathon (one
# MarathonLB instance per Marathon instance); MARATHON_API_<id> is accepted too.
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="marathon-lb/configure"
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
# --- helper: render (identical in every script that has it) ---
# render MODE TEMPLATE NAME=VALUE...: print TEMPLATE with each placeholder @@NAME@@ replaced
# by VALUE, literally (no regex, no escapes). In json mode the placeholder is the quoted string
# "@@NAME@@" and VALUE must be JSON (see json_str), so that templates stay valid JSON.
render() {
  local mode=$1 template=$2 quote="" out pair names=""
  shift 2
  [ -r "$template" ] || die "template $template is missing"
  [ "$mode" != json ] || quote='"'
  out="$(mktemp)"
  (
    for pair in "$@"; do
      export "RENDER_${pair%%=*}=${pair#*=}"
      names="$names ${pair%%=*}"
    done
    awk -v names="$names" -v q="$quote" '
      function swap(s, tok, val,    out, p) {
        out = ""
        while ((p = index(s, tok)) > 0) { out = out substr(s, 1, p - 1) val; s = substr(s, p + length(tok)) }
        return out s
      }
      BEGIN { n = split(names, key, " ") }
      { line = $0; for (i = 1; i <= n; i++) line = swap(line, q "@@" key[i] "@@" q, ENVIRON["RENDER_" key[i]]); print line }
    ' "$template"
  ) >"$out"
  if grep -q '@@[A-Z_]*@@' "$out"; then
    rm -f "$out"
    die "$template has placeholders this script does not fill"
  fi
  cat "$out"
  rm -f "$out"
}

# json_str VALUE: VALUE as a JSON string literal. Values with a backslash, a double quote or a
# control character are refused rather than escaped: none of ours legitimately has one.
json_str() {
  case "$1" in *[\\\"[:cntrl:]]*) die "refusing to put '$1' in a JSON document" ;; esac
  printf '"%s"' "$1"
}
# --- end helper: render ---
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

: "${NB_INST:?NB_INST is required}"
: "${CPU_ALLOC:?CPU_ALLOC is required}"
: "${MEM_ALLOC:?MEM_ALLOC is required}"
: "${MARATHON_API:?MARATHON_API (api_url of the hosting Marathon) is required}"
: "${marathon_template:?the marathon_template artifact (artifacts/marathon-lb-template.json) was not delivered}"
api_re='^https?://[A-Za-z0-9.-]+(:[0-9]+)?/v2/?$'
is_count "$NB_INST" || die "NB_INST='$NB_INST' is not a positive whole number"
is_positive_number "$CPU_ALLOC" || die "CPU_ALLOC='$CPU_ALLOC' is not a positive number"
is_count "$MEM_ALLOC" 32 || die "MEM_ALLOC='$MEM_ALLOC' is not a number of MB (at least 32)"
[[ $MARATHON_API =~ $api_re ]] || die "MARATHON_API='$MARATHON_API' is not of the form http://host:port/v2 (has the Marathon host a public_ip_address?)"

# marathon-lb wants Marathon's base URL (it appends /v2 itself).
apis=("${MARATHON_API%/}")
if [ -n "${INSTANCES:-}" ]; then
  while read -r id; do
    [ -n "$id" ] || continue
    for var in "${id}_MARATHON_API" "MARATHON_API_${id}"; do
      if [[ $var =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] && [ -n "${!var:-}" ]; then
        [[ ${!var} =~ $api_re ]] || die "Marathon instance '$id' has api_url '${!var}'"
        apis+=("${!var%/}")
        break
      fi
    done
  done < <(printf '%s\n' "$INSTANCES" | tr ',' '\n' | tr -d ' ')
fi
mapfile -t apis < <(printf '%s\n' "${apis[@]}" | LC_ALL=C sort -u)
urls_json="$(printf '"%s", ' "${apis[@]%/v2}")"
urls_json="${urls_json%, }"

app_id="$(printf '%s' "${NODE:-marathon-lb}" | tr '[:upper:]_' '[:lower:]-' | tr -c 'a-z0-9-' '-' | sed 's/^-*//; s/-*$//')"
app_id="/${app_id:-marathon-lb}"

state=/var/lib/topologist/marathon-lb
render json "$marathon_template" APP_ID="$(json_str "$app_id")" INSTANCES="$NB_INST" CPUS="$CPU_ALLOC" \
  MEM="$MEM_ALLOC" MARATHON_URLS="$urls_json" | put_file "$state/marathon-app.json" 0644
printf '%s\n' "${apis[@]}" | put_file "$state/marathon-api.list" 0644
log "marathon-lb application $app_id: $NB_INST instance(s), watching ${apis[*]%/v2}"
