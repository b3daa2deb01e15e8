#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check_manpage_cli.sh TOPOLOGIST_CLI MANPAGE
# Fails unless the manual page documents every command and option the CLI's help lists: each
# command is a .SS heading, each of its options a .TP tag in that command's section, and
# topologist-cli's own options (--types, --help, --version) .TP tags under OPTIONS. An option
# a command shares with topologist-cli itself (-h, --help) is documented once, under OPTIONS.
set -euo pipefail
cli=$1
page=$2
# shellcheck source=SCRIPTDIR/cli_help.sh
source "$(dirname "$0")/cli_help.sh"

# "SECTION NAME" for every word of every .TP tag line: SECTION is OPTIONS or the command
# whose .SS heading it follows. Escapes are undone first (\- is -, fonts go).
tags=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\&//g' -e 's/"//g' "$page" |
    awk '/^\.SH / { section = $2; next }
         /^\.SS / { section = $2; next }
         tag { n = split($0, words, /[^A-Za-z0-9-]+/)
               for (k = 1; k <= n; k++) if (words[k] != "") print section, words[k]
               tag = 0 }
         /^\.TP/ { tag = 1 }')
headings=$(sed -e 's/\\f[BIRP]//g' -e 's/"//g' "$page" | awk '/^\.SS / { print $2 }')

failures=0
missing()
{
    echo "$page: $1" >&2
    failures=$((failures + 1))
}

mapfile -t commands < <(cli_commands "$cli")
((${#commands[@]} > 0)) || { echo "no command in $cli --help" >&2; exit 1; }
mapfile -t globals < <(cli_global_options "$cli")
((${#globals[@]} > 0)) || { echo "no option in $cli --help" >&2; exit 1; }

for option in "${globals[@]}"; do
    grep -qFx "OPTIONS $option" <<<"$tags" || missing "option $option is not a .TP tag under OPTIONS"
done
for command in "${commands[@]}"; do
    grep -qFx "$command" <<<"$headings" || { missing "command $command has no .SS heading"; continue; }
    [[ $command == help ]] && continue
    while IFS= read -r option; do
        # A here-string, not a pipe: grep -q stops at the first match, and under pipefail the
        # printf it leaves behind dies of SIGPIPE now and then, which read as "no match".
        grep -qFx -- "$option" <<<"$(printf '%s\n' "${globals[@]}")" && continue
        grep -qFx "$command $option" <<<"$tags" ||
            missing "option $option of $command is not a .TP tag in the $command section"
    done < <(cli_command_options "$cli" "$command")
done
if ((failures)); then
    exit 1
fi
echo "$page: ${#commands[@]} commands and their options documented"
