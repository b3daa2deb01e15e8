# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for topologist-cli. Installed as
# share/bash-completion/completions/topologist-cli, where bash-completion loads it the first
# time the command is completed; it needs nothing from bash-completion itself, so it can also
# be sourced on its own.
#
# The commands and options are those of `topologist-cli --help` and `topologist-cli help
# COMMAND`: the test packaging_completion_covers_help fails when one is missing here.

# Files a topology can be read from (YAML, CSAR) and the folders that may hold them.
_topologist_cli_topologies()
{
    local cur=$1 candidate
    local -a found=()
    compopt -o filenames 2>/dev/null
    while IFS= read -r candidate; do
        if [[ -d $candidate ]]; then
            found+=("$candidate")
            continue
        fi
        case ${candidate,,} in
            *.yml | *.yaml | *.csar) found+=("$candidate") ;;
        esac
    done < <(compgen -f -- "$cur")
    COMPREPLY=("${found[@]}")
}

# Files with one extension, and folders.
_topologist_cli_files_ending()
{
    local cur=$1 ending=$2 candidate
    local -a found=()
    compopt -o filenames 2>/dev/null
    while IFS= read -r candidate; do
        if [[ -d $candidate || ${candidate,,} == *"$ending" ]]; then
            found+=("$candidate")
        fi
    done < <(compgen -f -- "$cur")
    COMPREPLY=("${found[@]}")
}

_topologist_cli_any_file()
{
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -f -- "$1")
}

_topologist_cli_words()
{
    mapfile -t COMPREPLY < <(compgen -W "$1" -- "$2")
}

_topologist_cli()
{
    local commands="inspect validate export push diff merge library help"
    local global_options="--types -h --help -v --version"
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=""
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}

    # bash splits --name=value at '=' (COMP_WORDBREAKS) into "--name" "=" "value".
    if [[ $cur == "=" ]]; then
        cur=""
    elif [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi

    # The command: the first word after topologist-cli's own options (--types takes a value).
    local command="" word
    local -i i=1 command_index=0 after_dashes=0
    while ((i < COMP_CWORD)); do
        word=${COMP_WORDS[i]}
        if [[ -z $command ]]; then
            case $word in
                --types) ((i += 1)) ;;
                -*) ;;
                *)
                    command=$word
                    command_index=i
                    ;;
            esac
        elif [[ $word == "--" ]]; then
            after_dashes=1
        fi
        ((i += 1))
    done

    if [[ -z $command ]]; then
        case $prev in
            --types)
                _topologist_cli_topologies "$cur"
                return
                ;;
        esac
        if [[ $cur == -* ]]; then
            _topologist_cli_words "$global_options" "$cur"
        else
            _topologist_cli_words "$commands" "$cur"
        fi
        return
    fi

    if ((after_dashes)); then
        [[ $command == library || $command == help ]] && return
        _topologist_cli_topologies "$cur"
        return
    fi

    local options
    case $command in
        inspect) options="-h --help" ;;
        validate) options="--format --werror -h --help" ;;
        export) options="-o --output --self-contained --force --standard -h --help" ;;
        push) options="--server --user --password-stdin --application --ca-cert --force --no-check --allow-insecure-http -h --help" ;;
        diff) options="--format --ignore-layout --textconv -h --help" ;;
        merge) options="-o --output -h --help" ;;
        library) options="-h --help" ;;
        help)
            # One command name, nothing after it.
            if ((COMP_CWORD == command_index + 1)); then
                _topologist_cli_words "${commands% help}" "$cur"
            fi
            return
            ;;
        *) return ;;
    esac

    # The value of the option before the cursor.
    case $command:$prev in
        validate:--format)
            _topologist_cli_words "human json sarif" "$cur"
            return
            ;;
        diff:--format)
            _topologist_cli_words "human json" "$cur"
            return
            ;;
        merge:-o | merge:--output)
            _topologist_cli_topologies "$cur"
            return
            ;;
        export:-o | export:--output)
            _topologist_cli_files_ending "$cur" .csar
            return
            ;;
        push:--ca-cert)
            _topologist_cli_any_file "$cur"
            return
            ;;
        push:--server | push:--user | push:--application)
            # A URL or a name: nothing to offer.
            return
            ;;
    esac

    if [[ $cur == -* ]]; then
        _topologist_cli_words "$options --" "$cur"
    elif [[ $command != library ]]; then
        _topologist_cli_topologies "$cur"
    fi
}

complete -F _topologist_cli topologist-cli
