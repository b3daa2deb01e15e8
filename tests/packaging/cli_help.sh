# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# What topologist-cli's own help lists, for the tests that keep the manual page and the bash
# completion in step with it. Sourced; the English help is read (the section names are
# matched).

# The commands, one a line: the entries of the "Commands:" section (indented by two; a
# command's options are indented further).
cli_commands()
{
    LC_ALL=C LANG=C LANGUAGE='' "$1" --help |
        awk '/^Commands:/ { inside = 1; next } /^[^ ]/ { inside = 0 } inside && /^  [a-z]/ { print $1 }'
}

# The options of an "Options:" section, one a line ("-o", "--output"): the names in each
# entry's label, the text before the description.
_cli_section_options()
{
    awk '/^Options:/ { inside = 1; next }
         /^$/ { inside = 0 }
         inside && /^ +-/ {
             sub(/^ +/, "")
             gap = index($0, "  ")
             label = gap ? substr($0, 1, gap - 1) : $0
             n = split(label, names, /[ ,]+/)
             for (k = 1; k <= n; k++) if (names[k] ~ /^-/) print names[k]
         }'
}

# topologist-cli's own options (before the command).
cli_global_options()
{
    LC_ALL=C LANG=C LANGUAGE='' "$1" --help | _cli_section_options
}

# The options of one command, from `topologist-cli help COMMAND`.
cli_command_options()
{
    LC_ALL=C LANG=C LANGUAGE='' "$1" help "$2" | _cli_section_options
}
