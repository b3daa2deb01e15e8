#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check_completion.sh TOPOLOGIST_CLI COMPLETION_SCRIPT
# Sources the bash completion and completes command lines as bash would (COMP_WORDS,
# COMP_CWORD), in a scratch folder of topologies and other files. Besides a few lines whose
# answer is known, every command `topologist-cli --help` lists must be offered after
# `topologist-cli `, and every option `topologist-cli help COMMAND` lists after
# `topologist-cli COMMAND -`.
set -euo pipefail
cli=$(readlink -f "$1")
completion=$(readlink -f "$2")
# shellcheck source=SCRIPTDIR/cli_help.sh
source "$(dirname "$0")/cli_help.sh"
# shellcheck disable=SC1090
source "$completion"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
mkdir examples
touch marathon.yml aurora.yaml marathon.csar notes.txt examples/mesos.yml

failures=0
# complete LINE: the offers for LINE (the cursor at its end), sorted, one a line.
complete_line()
{
    local line=$1
    COMP_LINE=$line
    COMP_POINT=${#line}
    read -ra COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _topologist_cli
    ((${#COMPREPLY[@]} == 0)) || printf '%s\n' "${COMPREPLY[@]}" | sort
}
# expect LINE OFFER...: the offers are exactly these.
expect()
{
    local line=$1 got wanted
    shift
    got=$(complete_line "$line")
    wanted=$( (($# == 0)) || printf '%s\n' "$@" | sort)
    if [[ $got != "$wanted" ]]; then
        echo "'$line<TAB>' offers [${got//$'\n'/ }], expected [${wanted//$'\n'/ }]" >&2
        failures=$((failures + 1))
    fi
}
# offers LINE OFFER...: these are among the offers.
offers()
{
    local line=$1 got offer
    shift
    got=$(complete_line "$line")
    for offer in "$@"; do
        if ! grep -qFx -- "$offer" <<<"$got"; then
            echo "'$line<TAB>' does not offer $offer (offers [${got//$'\n'/ }])" >&2
            failures=$((failures + 1))
        fi
    done
}

expect "topologist-cli va" validate
expect "topologist-cli --types examples va" validate
expect "topologist-cli --v" --version
expect "topologist-cli validate --format " human json sarif
expect "topologist-cli validate --format j" json
expect "topologist-cli validate " aurora.yaml examples marathon.csar marathon.yml
expect "topologist-cli validate mar" marathon.csar marathon.yml
expect "topologist-cli validate examples/" examples/mesos.yml
expect "topologist-cli --types " aurora.yaml examples marathon.csar marathon.yml
expect "topologist-cli export marathon.yml -o " examples marathon.csar
expect "topologist-cli diff --format " human json
expect "topologist-cli diff marathon.yml mar" marathon.csar marathon.yml
expect "topologist-cli merge a.yml b.yml c.yml -o exa" examples
expect "topologist-cli push marathon.yml --server "
expect "topologist-cli library "
expect "topologist-cli help validate "
expect "topologist-cli validate -- " aurora.yaml examples marathon.csar marathon.yml

mapfile -t commands < <(cli_commands "$cli")
((${#commands[@]} > 0)) || { echo "no command in $cli --help" >&2; exit 1; }
offers "topologist-cli " "${commands[@]}"
mapfile -t globals < <(cli_global_options "$cli")
offers "topologist-cli -" "${globals[@]}"
for command in "${commands[@]}"; do
    [[ $command == help ]] && continue
    offers "topologist-cli help " "$command"
    mapfile -t options < <(cli_command_options "$cli" "$command")
    ((${#options[@]} > 0)) || { echo "no option in $cli help $command" >&2; exit 1; }
    offers "topologist-cli $command -" "${options[@]}"
done

if ((failures)); then
    exit 1
fi
echo "$completion: ${#commands[@]} commands and their options completed"
