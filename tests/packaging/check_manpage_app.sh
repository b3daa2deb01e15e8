#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check_manpage_app.sh TOPOLOGIST MANPAGE
# Fails unless every option `topologist --help` lists is a .TP tag under OPTIONS in the manual
# page. (Qt's own options, shown by --help-all, are not required.) Needs a Qt platform:
# run with QT_QPA_PLATFORM=offscreen.
set -euo pipefail
app=$1
page=$2
# shellcheck source=SCRIPTDIR/cli_help.sh
source "$(dirname "$0")/cli_help.sh"

mapfile -t options < <(LC_ALL=C LANG=C LANGUAGE='' "$app" --help | _cli_section_options)
((${#options[@]} > 0)) || { echo "no option in $app --help" >&2; exit 1; }
tags=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\&//g' -e 's/"//g' "$page" |
    awk '/^\.S[HS] / { section = $2; next }
         tag { n = split($0, words, /[^A-Za-z0-9-]+/)
               for (k = 1; k <= n; k++) if (words[k] != "") print section, words[k]
               tag = 0 }
         /^\.TP/ { tag = 1 }')
failures=0
for option in "${options[@]}"; do
    if ! grep -qFx "OPTIONS $option" <<<"$tags"; then
        echo "$page: option $option is not a .TP tag under OPTIONS" >&2
        failures=$((failures + 1))
    fi
done
((failures == 0)) || exit 1
echo "$page: ${#options[@]} options documented"
