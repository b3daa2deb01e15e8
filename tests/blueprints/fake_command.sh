#!/bin/bash
# A stand-in for the package managers, service managers and download tools the blueprint
# scripts call, used by check_os_support.sh through symbolic links named after each command.
# It logs "<command> <arguments>" to $FAKE_LOG and keeps just enough state under $FAKE_STATE
# (installed packages, imported keys, registered units, running services) for the scripts' own
# checks ("is it installed?", "is it running?") to answer as on a real host of the kind the
# harness describes (initctl reports Upstart $FAKE_UPSTART_VERSION). Installing a package
# creates its services the way $FAKE_INIT says:
# systemd units, Upstart jobs (/etc/init/NAME.conf) or SysV scripts (/etc/init.d/NAME), the
# latter also for the packages in $FAKE_SYSV_PACKAGES. Nothing is downloaded or installed.
set -euo pipefail

name="${0##*/}"
root="${FAKE_ROOT:?}"
state="${FAKE_STATE:?}"
printf '%s\n' "$name${*:+ $*}" >>"${FAKE_LOG:?}"
mkdir -p "$state/running"
touch "$state/packages" "$state/units" "$state/keys"

is_installed() { grep -Fx -- "$1" "$state/packages" >/dev/null; }

services_of() {
  case "$1" in
    mesos) echo mesos-master mesos-slave ;;
    zookeeperd | mesosphere-zookeeper) echo zookeeper ;;
    zookeeper-server) echo zookeeper-server ;;
    docker-ce | docker-io) echo docker ;;
    marathon) echo marathon ;;
  esac
}

# install_package NAME: record it and create what the real package would leave behind.
install_package() {
  local package=$1 service kind=${FAKE_INIT:?}
  is_installed "$package" || printf '%s\n' "$package" >>"$state/packages"
  case " ${FAKE_SYSV_PACKAGES:-} " in *" $package "*) kind=sysv ;; esac
  for service in $(services_of "$package"); do
    case "$kind" in
      systemd) printf '%s\n' "$service" >>"$state/units" ;;
      upstart) mkdir -p "$root/etc/init" && echo 'start on stopped rc RUNLEVEL=[2345]' >"$root/etc/init/$service.conf" ;;
      sysv) mkdir -p "$root/etc/init.d" && touch "$root/etc/init.d/$service" ;;
    esac
  done
  if [ "$package" = mesos ]; then
    mkdir -p "$root/usr/sbin"
    printf '#!/bin/sh\necho "mesos 1.4.1"\n' >"$root/usr/sbin/mesos-master"
    chmod +x "$root/usr/sbin/mesos-master"
  fi
}

# package_name ARGUMENT: the package an apt-get or yum argument names (mesos=1.4.1-2.0.1,
# mesos-0.25.0*, or a release package's URL such as .../mesosphere-el-repo-7-3.noarch.rpm).
package_name() {
  case "$1" in
    *://*) printf '%s\n' "${1##*/}" | sed -e 's/-latest.*//' -e 's/-[0-9].*//' ;;
    *=*) printf '%s\n' "${1%%=*}" ;;
    *) printf '%s\n' "$1" | sed -e 's/-[0-9].*//' ;;
  esac
}

install_arguments() {
  local argument
  for argument in "$@"; do
    case "$argument" in
      -* | install) ;;
      *) install_package "$(package_name "$argument")" ;;
    esac
  done
}

is_running() { [ -e "$state/running/$1" ]; }
set_running() { if [ "$2" = yes ]; then touch "$state/running/$1"; else rm -f "$state/running/$1"; fi; }

case "$name" in
  sudo)
    [ "${1:-}" != -n ] || shift
    exec "$@"
    ;;
  apt-get)
    [ "${1:-}" != install ] || install_arguments "$@"
    ;;
  apt-key)
    case "${1:-}" in
      export) grep -Fx -e "$2" -e any "$state/keys" >/dev/null && echo '-----BEGIN PGP PUBLIC KEY BLOCK-----' ;;
      adv) printf '%s\n' "${*: -1}" >>"$state/keys" ;;
      add) cat >/dev/null && echo any >>"$state/keys" ;;
    esac
    ;;
  apt-cache) [ "${1:-}" != show ] ;;
  dpkg-query)
    package="${*: -1}"
    format="${2#-f=}"
    is_installed "$package" || exit 1
    format="${format//\$\{Status\}/install ok installed}"
    printf '%s' "${format//\$\{Version\}/1.0-fake}"
    ;;
  dpkg)
    [ "${1:-}" = --compare-versions ] || exit 0
    lowest="$(printf '%s\n%s\n' "$2" "$4" | sort -V | sed -n 1p)"
    case "$3" in
      ge) [ "$lowest" = "$4" ] ;;
      *) echo "fake dpkg: unsupported operator $3" >&2 && exit 2 ;;
    esac
    ;;
  yum)
    [ "${1:-}" != install ] || install_arguments "$@"
    ;;
  yum-config-manager)
    if [ "${1:-}" = --add-repo ]; then
      mkdir -p "$root/etc/yum.repos.d"
      printf '%s\n' "$2" >"$root/etc/yum.repos.d/${2##*/}"
    fi
    ;;
  rpm)
    case "${1:-}" in
      --import) echo imported >"$state/rpm-key" ;;
      -q)
        package="${*: -1}"
        case "$package" in
          gpg-pubkey-*) [ -e "$state/rpm-key" ] || { echo "package $package is not installed" && exit 1; } ;;
          *) is_installed "$package" || { echo "package $package is not installed" && exit 1; } ;;
        esac
        if [ "${2:-}" = --qf ]; then echo "1.0-1"; else echo "$package-1.0-1.x86_64"; fi
        ;;
    esac
    ;;
  systemctl)
    unit="${2:-}"
    unit="${unit%.service}"
    case "${1:-}" in
      list-unit-files) if grep -Fx -- "$unit" "$state/units" >/dev/null; then echo "$unit.service disabled"; fi ;;
      *)
        # Like systemd, run SysV scripts through generated units (which list-unit-files omits).
        grep -Fx -- "$unit" "$state/units" >/dev/null || [ -f "$root/etc/init.d/$unit" ] \
          || { echo "Unit $unit.service not found." >&2 && exit 5; }
        case "$1" in
          start | restart) set_running "$unit" yes ;;
          stop) set_running "$unit" no ;;
        esac
        ;;
    esac
    ;;
  initctl)
    [ "${1:-}" != version ] || { echo "init (upstart ${FAKE_UPSTART_VERSION:?})" && exit 0; }
    job="${2:-}"
    [ -f "$root/etc/init/$job.conf" ] || { echo "initctl: Unknown job: $job" >&2 && exit 1; }
    case "$1" in
      status) if is_running "$job"; then echo "$job start/running, process 42"; else echo "$job stop/waiting"; fi ;;
      start) set_running "$job" yes ;;
      stop) set_running "$job" no ;;
    esac
    ;;
  service)
    [ -f "$root/etc/init.d/$1" ] || { echo "$1: unrecognized service" >&2 && exit 1; }
    case "$2" in
      status) is_running "$1" || exit 3 ;;
      start | restart) set_running "$1" yes ;;
      stop) set_running "$1" no ;;
    esac
    ;;
  curl) echo "fake download" ;;
  docker)
    case "${1:-}" in
      --version) echo "Docker version 0.0.0-fake" ;;
      version) echo "0.0.0-fake" ;;
    esac
    ;;
  lsb_release) exit 1 ;;
  *) ;; # chkconfig, update-rc.d, wget, apt-mark, zookeeper-server-initialize...: only logged
esac
