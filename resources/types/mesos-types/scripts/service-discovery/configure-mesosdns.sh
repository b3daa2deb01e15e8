#!/bin/bash
# MesosDNS, Standard.configure (runs on each hosting Mesos agent):
#   1. /usr/local/mesos-dns/config.json from the dns_config artifact: the masters' ZooKeeper URL
#      (read from this agent's /etc/mesos/zk, written by MesosSlaveConnectsToMaster) and the
#      host's current upstream name servers, to which non-.mesos queries are forwarded;
#   2. /usr/local/mesos-dns/marathon-app.json from the marathon_template artifact: one Marathon
#      task per MesosDNS host (hostname LIKE <their addresses>, hostname UNIQUE) with the
#      requested CPU and memory. start-mesosdns.sh submits it to Marathon.
#
# Inputs (environment, as declared by the type):
#   SLAVE_LOCAL_IP  required  private IP of this host
#   SLAVE_IP        optional  public IP of this host; the agent advertises it as its hostname
#   CPU_ALLOC       required  CPUs per Mesos-DNS task
#   MEM_ALLOC       required  memory (MB) per Mesos-DNS task
#   dns_config, marathon_template  artifacts (local paths)
# Orchestrator conventions relied on (Alien4Cloud's Cloudify 3 provider): NODE is the node
# name (used for the Marathon app id), INSTANCES the ids of all MesosDNS instances, and
# <id>_SLAVE_IP / <id>_SLAVE_LOCAL_IP their hosts' addresses (SLAVE_IP_<id> is accepted too).
# Without INSTANCES only this host is targeted.
#
# Helpers are inlined: Alien4Cloud uploads each operation script on its own.
set -euo pipefail

LOG_TAG="mesos-dns/configure"
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

: "${SLAVE_LOCAL_IP:?SLAVE_LOCAL_IP (the host ip_address) is required}"
: "${CPU_ALLOC:?CPU_ALLOC is required}"
: "${MEM_ALLOC:?MEM_ALLOC is required}"
: "${dns_config:?the dns_config artifact (artifacts/mesos-dns-config.json) was not delivered}"
: "${marathon_template:?the marathon_template artifact (artifacts/mesos-dns-template.json) was not delivered}"
SLAVE_IP="${SLAVE_IP:-}"
is_ipv4 "$SLAVE_LOCAL_IP" || die "SLAVE_LOCAL_IP='$SLAVE_LOCAL_IP' is not an IPv4 address"
[ -z "$SLAVE_IP" ] || is_ipv4 "$SLAVE_IP" || die "SLAVE_IP='$SLAVE_IP' is not an IPv4 address"
is_positive_number "$CPU_ALLOC" || die "CPU_ALLOC='$CPU_ALLOC' is not a positive number"
is_count "$MEM_ALLOC" 32 || die "MEM_ALLOC='$MEM_ALLOC' is not a number of MB (at least 32)"
[ -x /usr/local/mesos-dns/mesos-dns ] || die "Mesos-DNS is not installed: install-mesosdns.sh has not run"

zk="$(cat /etc/mesos/zk 2>/dev/null || true)"
if [[ ! $zk =~ ^zk://.+/mesos$ ]] || [[ $zk =~ ^zk://(localhost|127\.) ]]; then
  die "/etc/mesos/zk holds '$zk': the hosting MesosSlave must be connected to a MesosMaster first"
fi

# --- Hosts that run a Mesos-DNS task (as the agents advertise them: public IP, else private) --
dns_hosts=()
all_ips=("$SLAVE_LOCAL_IP" ${SLAVE_IP:+"$SLAVE_IP"})
if [ -n "${INSTANCES:-}" ]; then
  while read -r id; do
    [ -n "$id" ] || continue
    public="" private=""
    for var in "${id}_SLAVE_IP" "SLAVE_IP_${id}"; do
      if [[ $var =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] && [ -n "${!var:-}" ]; then public="${!var}"; break; fi
    done
    for var in "${id}_SLAVE_LOCAL_IP" "SLAVE_LOCAL_IP_${id}"; do
      if [[ $var =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] && [ -n "${!var:-}" ]; then private="${!var}"; break; fi
    done
    host="${public:-$private}"
    [ -n "$host" ] || die "no address for MesosDNS instance '$id' (expected \$${id}_SLAVE_IP or \$${id}_SLAVE_LOCAL_IP)"
    is_ipv4 "$host" || die "MesosDNS instance '$id' has address '$host', not an IPv4 address"
    dns_hosts+=("$host")
    all_ips+=(${public:+"$public"} ${private:+"$private"})
  done < <(printf '%s\n' "$INSTANCES" | tr ',' '\n' | tr -d ' ' | LC_ALL=C sort -u)
else
  log "WARNING: the orchestrator did not set INSTANCES; Mesos-DNS will run on this host only"
  dns_hosts=("${SLAVE_IP:-$SLAVE_LOCAL_IP}")
fi
mapfile -t dns_hosts < <(printf '%s\n' "${dns_hosts[@]}" | LC_ALL=C sort -u)
advertised="$(cat /etc/mesos-slave/hostname 2>/dev/null || true)"
if [ -n "$advertised" ] && ! printf '%s\n' "${dns_hosts[@]}" | grep -xF "$advertised" >/dev/null; then
  die "this agent advertises itself as '$advertised', which is not among the Mesos-DNS hosts (${dns_hosts[*]}): Marathon would never place a task here"
fi
# Marathon's LIKE constraint is a full-match Java regex; [.] avoids escaping dots in JSON.
hosts_regex="$(printf '%s|' "${dns_hosts[@]}" | sed 's/[.]/[.]/g; s/|$//')"

# --- Upstream resolvers: what this host uses now, minus loopback and Mesos-DNS itself -------
resolvers=()
while read -r ns; do
  is_ipv4 "$ns" || continue
  case "$ns" in 127.*) continue ;; esac
  printf '%s\n' "${all_ips[@]}" | grep -xF "$ns" >/dev/null && continue
  resolvers+=("$ns")
done < <(awk '$1 == "nameserver" { print $2 }' /etc/resolv.conf 2>/dev/null)
if [ "${#resolvers[@]}" -eq 0 ]; then
  log "WARNING: no upstream name server found in /etc/resolv.conf; Mesos-DNS will only answer for .mesos"
  external_on=false
  resolvers_json=""
else
  external_on=true
  resolvers_json="$(printf '"%s", ' "${resolvers[@]}")"
  resolvers_json="${resolvers_json%, }"
fi

app_id="$(printf '%s' "${NODE:-mesos-dns}" | tr '[:upper:]_' '[:lower:]-' | tr -c 'a-z0-9-' '-' | sed 's/^-*//; s/-*$//')"
app_id="/${app_id:-mesos-dns}"

render json "$dns_config" ZK="$(json_str "$zk")" EXTERNAL_ON="$external_on" RESOLVERS="$resolvers_json" \
  | put_file /usr/local/mesos-dns/config.json 0644
render json "$marathon_template" APP_ID="$(json_str "$app_id")" CPUS="$CPU_ALLOC" MEM="$MEM_ALLOC" \
  INSTANCES="${#dns_hosts[@]}" HOSTS_REGEX="$(json_str "$hosts_regex")" \
  | put_file /usr/local/mesos-dns/marathon-app.json 0644
log "Mesos-DNS configured: zk $zk, upstream ${resolvers[*]:-none}; Marathon app $app_id on ${dns_hosts[*]}"
