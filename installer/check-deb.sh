#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack, installs it with apt-get, and checks the installed
# application starts: topologist-cli --version, validate and export on a bundled example,
# the designer opening the exported .csar under Xvfb, the .csar association of the menu entry,
# the manual pages and the bash completion. Then removes the package again.
#
# Usage, as root on Debian 12, from anywhere:
#   installer/check-deb.sh [BUILD_DIR]
# BUILD_DIR defaults to build-deb beside the sources, configured (Release, no tests) and built
# when it has no CMakeCache.txt yet; an existing build folder (./build) is packaged as it is.
# KEEP_INSTALLED=1 leaves the package installed. The package must not be installed before.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$source_dir/build-deb}
export DEBIAN_FRONTEND=noninteractive

step()
{
    printf '\n== %s\n' "$*"
}
fail()
{
    printf 'check-deb: FAILED: %s\n' "$*" >&2
    exit 1
}

if [[ $(id -u) -ne 0 ]]; then
    echo "check-deb: run as root (it installs and removes the package)" >&2
    exit 2
fi
if dpkg-query -W -f='${Status}' topologist 2>/dev/null | grep -q ' installed$'; then
    echo "check-deb: topologist is installed already; remove it first (apt-get remove topologist)" >&2
    exit 2
fi

# Tools of the check itself, not of the package: dpkg-shlibdeps for CPack; xdg-utils and
# desktop-file-utils, which any Debian desktop has, for the .csar association (installed
# before the package so that its dpkg trigger builds the MIME cache of the menu entries);
# Xvfb for a display and xwininfo (x11-utils) to read the window's title.
needed=()
command -v dpkg-shlibdeps >/dev/null || needed+=(dpkg-dev)
command -v xdg-mime >/dev/null || needed+=(xdg-utils)
command -v update-desktop-database >/dev/null || needed+=(desktop-file-utils)
command -v Xvfb >/dev/null || needed+=(xvfb)
command -v xwininfo >/dev/null || needed+=(x11-utils)
if ((${#needed[@]})); then
    step "installing the check's tools: ${needed[*]}"
    apt-get install -y "${needed[@]}"
fi

if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    step "configuring and building $build_dir (Release, without tests)"
    cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DTOPOLOGIST_BUILD_TESTS=OFF
    cmake --build "$build_dir" -j2
fi

step "building the package"
rm -f "$build_dir"/topologist_*.deb
cmake --build "$build_dir" --target package
debs=("$build_dir"/topologist_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "expected one topologist_*.deb in $build_dir"
deb=${debs[0]}
version=$(dpkg-deb --field "$deb" Version)
echo "$deb: version $version"
dpkg-deb --field "$deb" Depends Recommends Suggests

if command -v appstreamcli >/dev/null; then
    step "appstreamcli validate-tree on the package's files"
    tree=$(mktemp -d)
    dpkg-deb -x "$deb" "$tree"
    status=0
    appstreamcli validate-tree --no-net --strict "$tree" || status=$?
    rm -rf "$tree"
    ((status == 0)) || fail "appstreamcli validate-tree exited with $status"
fi

step "installing $deb"
apt-get install -y "$deb"

scratch=$(mktemp -d)
xvfb_pid=""
cleanup()
{
    [[ -z $xvfb_pid ]] || kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$scratch"
    if [[ ${KEEP_INSTALLED:-0} != 1 ]]; then
        step "removing the package"
        apt-get remove -y topologist >/dev/null && echo "topologist removed"
    fi
}
trap cleanup EXIT

step "installed files"
for path in /usr/bin/topologist /usr/bin/topologist-cli \
    /usr/share/applications/topologist.desktop /usr/share/mime/packages/topologist.xml \
    /usr/share/metainfo/io.github.topologist.Topologist.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/topologist.svg \
    /usr/share/man/man1/topologist.1.gz /usr/share/man/man1/topologist-cli.1.gz \
    /usr/share/bash-completion/completions/topologist-cli \
    /usr/share/doc/topologist/copyright; do
    [[ -e $path ]] || fail "$path is not installed"
    echo "ok $path"
done

step "topologist-cli"
cli_version=$(topologist-cli --version)
echo "$cli_version"
[[ $cli_version == "topologist-cli $version" ]] || fail "topologist-cli --version says '$cli_version', the package is $version"
example=$source_dir/resources/examples/marathon/marathon.yml
topologist-cli validate "$example" >/dev/null || fail "topologist-cli validate $example exited with $?"
echo "ok validate $example"
csar=$scratch/marathon.csar
topologist-cli export "$example" -o "$csar" || fail "topologist-cli export exited with $?"
topologist-cli validate "$csar" >/dev/null || fail "topologist-cli validate $csar exited with $?"
echo "ok validate $csar"

step "manual pages and completion"
if command -v man >/dev/null; then
    man -w topologist topologist-cli
fi
# shellcheck disable=SC2016 # expanded by the inner bash
completion=$(bash -c 'source /usr/share/bash-completion/completions/topologist-cli
    COMP_WORDS=(topologist-cli va); COMP_CWORD=1; _topologist_cli; echo "${COMPREPLY[*]}"')
[[ $completion == validate ]] || fail "'topologist-cli va<TAB>' completes to '$completion'"
echo "ok topologist-cli va<TAB> -> validate"

step "menu entry and the .csar association"
desktop=/usr/share/applications/topologist.desktop
grep -q '^MimeType=.*application/x-tosca-csar;' "$desktop" || fail "$desktop does not open application/x-tosca-csar"
grep '^MimeType=' "$desktop"
filetype=$(xdg-mime query filetype "$csar")
echo "xdg-mime query filetype $csar: $filetype"
[[ $filetype == application/x-tosca-csar ]] || fail "$csar is $filetype, not application/x-tosca-csar"
default=$(xdg-mime query default application/x-tosca-csar)
echo "xdg-mime query default application/x-tosca-csar: $default"
[[ $default == topologist.desktop ]] || fail "the default application for .csar is '$default'"

step "starting topologist on $csar under Xvfb"
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 2
kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb did not start: $(cat "$scratch/xvfb.log")"
# As the menu entry starts it (Exec=topologist %f), on the real X11 platform plugin.
env -u QT_QPA_PLATFORM DISPLAY="$display" HOME="$scratch" XDG_RUNTIME_DIR="$scratch" \
    topologist "$csar" >"$scratch/topologist.log" 2>&1 &
app_pid=$!
sleep 8
if ! kill -0 "$app_pid" 2>/dev/null; then
    status=0
    wait "$app_pid" || status=$?
    cat "$scratch/topologist.log"
    fail "topologist exited after less than 8 seconds with status $status"
fi
# The main window is titled after the open file: the .csar was read, not just the window shown.
title=$(DISPLAY=$display xwininfo -root -tree | grep -F '"' | grep -F "$(basename "$csar")" || true)
[[ -n $title ]] || fail "no window titled with $(basename "$csar")"
echo "window: ${title#"${title%%[![:space:]]*}"}"
kill "$app_pid"
wait "$app_pid" || true
echo "topologist ran 8 seconds on $csar; what it printed:"
sed 's/^/  | /' "$scratch/topologist.log"

step "all checks passed for $deb"
