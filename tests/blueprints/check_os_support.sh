#!/bin/bash
# Usage: check_os_support.sh TYPES_DIR
# Runs the Mesos, ZooKeeper and Docker lifecycle scripts of TYPES_DIR (resources/types) on each
# operating system the Mesos blueprints promise (Ubuntu 14.04, CentOS 6 and 7, RHEL 6 and 7,
# Debian 8) and on two they do not, and checks that each used the right package manager,
# repositories and service manager, or refused with a clear message.
#
# Nothing is installed and nothing leaves the machine: each system is a scratch directory
# standing for the root file system (/etc/os-release or /etc/redhat-release, /run/systemd/system
# on systemd systems), the scripts run from copies whose /etc, /run, /usr/sbin and /var paths
# point into it, and PATH holds only basic tools plus fake_command.sh under the names of the
# commands that system has (apt-get and dpkg or yum and rpm; systemctl, initctl or service),
# which log their calls. A script calling a command its system lacks fails as it would there.
set -euo pipefail

[ "$#" -eq 1 ] || { echo "usage: check_os_support.sh TYPES_DIR" >&2; exit 2; }
types="$(cd "$1" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
checks=0
systems=0

fail() {
  printf 'FAIL [%s] %s\n' "$system" "$*" >&2
  failures=$((failures + 1))
}

# --- the fake machine ---------------------------------------------------------------------

# The real tools the scripts and the fakes may use; everything else is either faked or absent.
tools="$work/tools"
mkdir -p "$tools"
for tool in awk basename bash cat chmod chown cmp cp cut date dirname env getent grep head \
  hostname id install ln ls mkdir mktemp mv printf rm sed sh sleep sort tail tee touch tr \
  uname uniq wc; do
  ln -s "$(command -v "$tool")" "$tools/$tool"
done

# new_system ID VERSION INIT: a scratch root for a host of that distribution and init system
# (systemd, upstart or sysv); sets root, state, fakes and the exported FAKE_* variables.
new_system() {
  local id=$1 version=$2 init=$3 command
  system="$id $version"
  systems=$((systems + 1))
  dir="$work/$systems-$id-$version"
  root="$dir/root"
  state="$dir/state"
  fakes="$dir/bin"
  mkdir -p "$root/etc" "$state" "$fakes"
  case "$id:$version" in
    centos:6*) echo "CentOS release $version (Final)" >"$root/etc/redhat-release" ;;
    rhel:6*) echo "Red Hat Enterprise Linux Server release $version (Santiago)" >"$root/etc/redhat-release" ;;
    *) printf 'NAME="%s"\nID=%s\nVERSION_ID="%s"\n' "$id" "$id" "$version" >"$root/etc/os-release" ;;
  esac
  [ "$init" != systemd ] || mkdir -p "$root/run/systemd/system"
  for command in sudo service curl wget docker lsb_release; do
    ln -s "$here/fake_command.sh" "$fakes/$command"
  done
  case "$id" in
    ubuntu | debian) mkdir -p "$root/etc/apt/sources.list.d" && set -- apt-get apt-key apt-cache apt-mark dpkg dpkg-query update-rc.d ;;
    *) set -- yum yum-config-manager rpm chkconfig zookeeper-server-initialize ;;
  esac
  case "$init" in
    systemd) set -- "$@" systemctl ;;
    upstart) set -- "$@" initctl ;;
  esac
  for command in "$@"; do
    ln -s "$here/fake_command.sh" "$fakes/$command"
  done
  export FAKE_ROOT="$root" FAKE_STATE="$state" FAKE_INIT="$init" FAKE_UPSTART_VERSION=1.12.1
  case "$id" in centos | rhel) FAKE_UPSTART_VERSION=0.6.5 ;; esac
  # CentOS and RHEL 6 boot with Upstart, but Cloudera's ZooKeeper and EPEL's Docker ship SysV
  # init scripts; so does Debian 8's zookeeperd, run by systemd.
  export FAKE_SYSV_PACKAGES="zookeeper-server docker-io"
  [ "$id" != debian ] || FAKE_SYSV_PACKAGES=zookeeperd
}

# run STEP SCRIPT [NAME=VALUE...]: run a copy of TYPES_DIR/SCRIPT whose system paths point
# into the scratch root, with the given environment; its calls go to $work/.../STEP.log, its
# output to STEP.out. Returns the script's exit status.
run() {
  local step=$1 script=$2 copy
  shift 2
  log="$dir/$step.log"
  out="$dir/$step.out"
  copy="$dir/$step.sh"
  : >"$log"
  sed -E "s#(^|[[:space:]\"'=(<>])/(etc|run|usr/sbin|var)/#\\1$root/\\2/#g" "$types/$script" >"$copy"
  FAKE_LOG="$log" PATH="$fakes:$tools" env "$@" bash "$copy" >"$out" 2>&1
}

# --- assertions ---------------------------------------------------------------------------

# called STEP-LOG LINE...: each LINE is a logged call, exactly.
called() {
  local line
  for line in "$@"; do
    checks=$((checks + 1))
    grep -Fx -- "$line" "$log" >/dev/null || fail "$step_name: expected the call '$line'; calls were: $(tr '\n' ';' <"$log")"
  done
}

# not_called COMMAND...: no call of COMMAND was logged.
not_called() {
  local command
  for command in "$@"; do
    checks=$((checks + 1))
    ! grep -E "^$command( |$)" "$log" >/dev/null || fail "$step_name: '$command' must not be used here: $(grep -E "^$command( |$)" "$log" | tr '\n' ';')"
  done
}

# file_is PATH CONTENT: the scratch root's PATH holds exactly CONTENT.
file_is() {
  checks=$((checks + 1))
  [ "$(cat "$root$1" 2>/dev/null)" = "$2" ] || fail "$step_name: $1 should hold '$2', holds '$(cat "$root$1" 2>/dev/null || echo '(no file)')'"
}

# succeeds STEP SCRIPT [NAME=VALUE...]: the script exits 0.
succeeds() {
  step_name="$1 ($2)"
  checks=$((checks + 1))
  run "$@" || fail "$step_name exited with $?: $(tail -n 5 "$out" | tr '\n' ';')"
}

# refuses STEP SCRIPT MESSAGE [NAME=VALUE...]: the script fails, says MESSAGE, installs nothing.
refuses() {
  local step=$1 script=$2 message=$3
  shift 3
  step_name="$step ($script)"
  checks=$((checks + 1))
  if run "$step" "$script" "$@"; then
    fail "$step_name succeeded on an unsupported system"
  fi
  grep -F -- "$message" "$out" >/dev/null || fail "$step_name: expected '$message' in: $(tr '\n' ';' <"$out")"
  not_called apt-get yum rpm systemctl initctl service
}

# --- one supported system -------------------------------------------------------------------

mesos_env=(IP=10.0.0.5)
master_env=(MESOS_IP=10.0.0.5 MESOS_PORT=5050 MESOS_WORK_DIR=/var/lib/mesos MESOS_CLUSTER=test)

# check_system ID VERSION INIT CODENAME: the whole Mesos master, agent and Docker lifecycle.
check_system() {
  local id=$1 version=$2 init=$3 codename=$4 family=redhat major=${2%%.*}
  case "$id" in ubuntu | debian) family=debian ;; esac
  new_system "$id" "$version" "$init"

  # The ZooKeeper configuration must keep its data in the scratch root too.
  sed "s#^dataDir=#dataDir=$root#" "$types/mesos-types/artifacts/zoo.cfg" >"$work/zoo-$id-$version.cfg"

  succeeds install mesos-types/scripts/install_mesos.sh OS_DISTR="$id" OS_VERS="$version" "${mesos_env[@]}"
  if [ "$family" = debian ]; then
    called "apt-get install -y -q --no-install-recommends curl mesos"
    file_is /etc/apt/sources.list.d/mesosphere.list "deb http://repos.mesosphere.com/$id $codename main"
    not_called yum rpm
  else
    called "yum install -y -q http://repos.mesosphere.com/el/$major/noarch/RPMS/mesosphere-el-repo-$([ "$major" = 6 ] && echo 6-2 || echo 7-3).noarch.rpm" \
      "yum install -y -q curl mesos"
    not_called apt-get dpkg
  fi
  case "$init" in
    systemd)
      called "systemctl stop mesos-master" "systemctl disable mesos-master" "systemctl disable mesos-slave"
      not_called initctl service
      ;;
    upstart)
      called "initctl status mesos-master" "initctl status mesos-slave"
      file_is /etc/init/mesos-master.override manual
      not_called systemctl
      # Upstart 0.6 (CentOS and RHEL 6) ignores the override: the start condition goes instead.
      if [ "$family" = redhat ]; then
        file_is /etc/init/mesos-slave.conf "# disabled: start on stopped rc RUNLEVEL=[2345]"
      else
        file_is /etc/init/mesos-slave.conf "start on stopped rc RUNLEVEL=[2345]"
      fi
      ;;
  esac

  succeeds configure mesos-types/scripts/master/configure.sh "${master_env[@]}" zoo_config="$work/zoo-$id-$version.cfg"
  case "$family:$major" in
    debian:*) called "apt-get install -y -q zookeeperd" ;;
    redhat:6)
      called "yum install -y -q https://archive.cloudera.com/cdh4/one-click-install/redhat/6/x86_64/cloudera-cdh-4-0.x86_64.rpm" \
        "yum install -y -q zookeeper zookeeper-server" "zookeeper-server-initialize --myid=1" \
        "service zookeeper-server status"
      ;;
    redhat:*) called "yum install -y -q mesosphere-zookeeper" ;;
  esac
  case "$init:$family" in
    systemd:*) called "systemctl stop zookeeper" ;;
    upstart:debian) called "initctl status zookeeper" ;;
  esac
  file_is /etc/mesos/zk "zk://10.0.0.5:2181/mesos"
  file_is /etc/zookeeper/conf/myid 1

  # The agent's start script, on the same host, with what slave/configure.sh would have written.
  mkdir -p "$root/etc/mesos-slave" "$root/etc/mesos"
  echo 10.0.0.5 >"$root/etc/mesos-slave/ip"
  echo zk://10.0.0.9:2181/mesos >"$root/etc/mesos/zk"
  succeeds slave-start mesos-types/scripts/slave/start.sh
  case "$init" in
    systemd) called "systemctl enable mesos-slave" "systemctl restart mesos-slave" "systemctl disable mesos-master" ;;
    upstart)
      called "initctl start mesos-slave"
      [ ! -e "$root/etc/init/mesos-slave.override" ] || fail "slave-start: the mesos-slave Upstart job is still disabled"
      file_is /etc/init/mesos-slave.conf "start on stopped rc RUNLEVEL=[2345]"
      ;;
  esac

  succeeds master-stop mesos-types/scripts/master/stop.sh
  case "$init:$family:$major" in
    systemd:*) called "systemctl stop mesos-master" "systemctl disable zookeeper" ;;
    upstart:debian:*) called "initctl status mesos-master" "initctl status zookeeper" ;;
    upstart:redhat:6) called "initctl status mesos-master" "chkconfig zookeeper-server off" ;;
  esac

  succeeds docker-install docker-engine-type/scripts/install_docker_engine.sh
  case "$family:$major" in
    debian:*)
      called "curl -fsSL --retry 3 https://download.docker.com/linux/$id/gpg" "apt-get install -y -q docker-ce"
      file_is /etc/apt/sources.list.d/docker.list "deb [arch=amd64] https://download.docker.com/linux/$id $codename stable"
      ;;
    redhat:6)
      if [ "$id" = centos ]; then
        called "yum install -y -q epel-release"
      else
        called "yum install -y -q https://dl.fedoraproject.org/pub/epel/epel-release-latest-6.noarch.rpm"
      fi
      called "yum install -y -q docker-io"
      not_called yum-config-manager
      ;;
    redhat:*)
      called "yum-config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo" \
        "yum install -y -q docker-ce"
      [ "$id" != rhel ] || called "yum-config-manager --enable rhel-7-server-extras-rpms"
      ;;
  esac

  succeeds docker-start docker-engine-type/scripts/start_docker_engine.sh
  case "$init:$family" in
    systemd:*) called "systemctl enable docker" "systemctl start docker" "docker info" ;;
    upstart:debian) called "initctl start docker" "docker info" ;;
    upstart:redhat) called "chkconfig docker on" "service docker start" "docker info" ;;
  esac
  succeeds docker-stop docker-engine-type/scripts/stop_docker_engine.sh
  case "$init:$family" in
    systemd:*) called "systemctl stop docker" "systemctl disable docker" ;;
    upstart:debian) called "initctl stop docker" ;;
    upstart:redhat) called "service docker stop" "chkconfig docker off" ;;
  esac
}

check_system ubuntu 14.04 upstart trusty
check_system debian 8 systemd jessie
check_system centos 7 systemd ""
check_system centos 6.9 upstart ""
check_system rhel 7.6 systemd ""
check_system rhel 6.10 upstart ""

# Marathon stays where its install script goes (Ubuntu, CentOS 7): elsewhere it says so.
new_system debian 8 systemd
refuses marathon-install mesos-types/scripts/marathon/install.sh "installs Marathon on Ubuntu 14.04" \
  OS=debian MARATHON_VERSION=1.3.10 MESOS_VERSION=""

# --- systems the blueprints do not support --------------------------------------------------

for unsupported in "fedora 23 systemd" "debian 7 sysv" "centos 5.11 sysv"; do
  read -r id version init <<<"$unsupported"
  new_system "$id" "$version" "$init"
  [ "$id:$version" != centos:5.11 ] || echo "CentOS release 5.11 (Final)" >"$root/etc/redhat-release"
  refuses install mesos-types/scripts/install_mesos.sh "$id $version is not supported" \
    OS_DISTR="$id" OS_VERS="$version" "${mesos_env[@]}"
  sed "s#^dataDir=#dataDir=$root#" "$types/mesos-types/artifacts/zoo.cfg" >"$work/zoo-unsupported.cfg"
  refuses configure mesos-types/scripts/master/configure.sh "$id $version is not supported" \
    "${master_env[@]}" zoo_config="$work/zoo-unsupported.cfg"
  refuses docker-install docker-engine-type/scripts/install_docker_engine.sh "$id $version is not supported"
done

# A host whose topology says another distribution than the machine has is refused too.
new_system centos 7 systemd
refuses install mesos-types/scripts/install_mesos.sh "the topology says this host runs 'debian'" \
  OS_DISTR=debian OS_VERS=8 "${mesos_env[@]}"

system=all
[ "$failures" -eq 0 ] || { echo "$failures of $checks checks failed" >&2; exit 1; }
echo "$checks checks passed on Ubuntu 14.04, Debian 8, CentOS 6/7, RHEL 6/7 and 3 unsupported systems"
