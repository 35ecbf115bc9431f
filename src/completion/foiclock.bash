# bash completion for foiclock: commands, options, rule ids, calendar and
# regime names. Options and names come from foiclock itself (its help,
# 'foiclock rules' and 'foiclock calendars'), so they follow the installed
# version. Candidates are words without spaces, so splitting them is safe.
# shellcheck disable=SC2207
_foiclock() {
    local cur prev cmd i word
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    local bin=${COMP_WORDS[0]}
    # The command is the first word that is one of foiclock's commands.
    local commands
    commands=$("$bin" --help 2>/dev/null | sed -n '/^commands:/,/^$/s/^  \([a-z-][a-z-]*\) .*/\1/p')
    cmd=
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if printf '%s\n' "$commands" | grep -qx -- "$word"; then
            cmd=$word
            break
        fi
    done
    case $prev in
    --calendar)
        COMPREPLY=($(compgen -W "$("$bin" calendars 2>/dev/null | sed -n 's/^\([a-z-][a-z-]*\) .*/\1/p')" -- "$cur"))
        return
        ;;
    --regime)
        COMPREPLY=($(compgen -W "foia eir foisa eisr sar le-sar" -- "$cur"))
        return
        ;;
    --division)
        COMPREPLY=($(compgen -W "england-and-wales scotland northern-ireland" -- "$cur"))
        return
        ;;
    --receipt-rule)
        COMPREPLY=($(compgen -W "statutory next-working-day" -- "$cur"))
        return
        ;;
    --for)
        COMPREPLY=($(compgen -W "requester authority" -- "$cur"))
        return
        ;;
    --direction-ground)
        COMPREPLY=($(compgen -W "armed-forces outside-uk" -- "$cur"))
        return
        ;;
    --rule)
        COMPREPLY=($(compgen -W "$("$bin" rules 2>/dev/null | sed -n 's/^\([a-z][a-z.-]*\) .*/\1/p')" -- "$cur"))
        return
        ;;
    --format)
        local formats="text json"
        if [ -n "$cmd" ]; then
            formats=$("$bin" "$cmd" --help 2>/dev/null | grep -oE -- '--format [a-z|]+' | head -n 1)
            formats=${formats#--format }
            formats=${formats//|/ }
        fi
        COMPREPLY=($(compgen -W "$formats" -- "$cur"))
        return
        ;;
    --today | --received | --clarification-requested | --clarification-received | --fee-notice | \
        --fee-paid | --responded | --review-requested | --review-responded | --decision-notice)
        COMPREPLY=($(compgen -W "today yesterday tomorrow" -- "$cur"))
        return
        ;;
    --column)
        # The columns batch reads: its own, and the case events that
        # timeline takes as date options (--review-requested: review_requested).
        local cols
        cols=$("$bin" timeline --help 2>/dev/null | grep -oE -- '--[a-z-]+ D(ATE)?\b' |
            grep -v -- '--today' | sed 's/^--//; s/ .*//; s/-/_/g')
        COMPREPLY=($(compgen -S = -W "rule start regime division ref authority pit_extension $cols" -- "$cur"))
        compopt -o nospace 2>/dev/null
        return
        ;;
    -o | --output | --holidays | --school-days)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    esac
    if [ -z "$cmd" ]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$("$bin" --help 2>/dev/null | grep -oE -- '(^| )--?[a-zA-Z][a-z-]*' | sort -u)" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands help" -- "$cur"))
        fi
        return
    fi
    if [[ $cur == -* ]]; then
        local opts
        opts=$( ("$bin" "$cmd" --help; "$bin" --help | sed -n '/^options for every/,/^$/p') 2>/dev/null |
            grep -oE -- '(^|[ [])--?[a-zA-Z][a-z-]*' | tr -d ' [' | sort -u)
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    elif [ "$cmd" = deadline ] && [ "$prev" = deadline ]; then
        COMPREPLY=($(compgen -W "$("$bin" rules 2>/dev/null | sed -n 's/^\([a-z][a-z.-]*\) .*/\1/p')" -- "$cur"))
    elif [ "$cmd" = install-holidays ]; then
        # A downloaded bank-holidays.json or division's .ics file.
        COMPREPLY=($(compgen -f -- "$cur"))
    elif [ "$cmd" = help ] || [ "$prev" = help ]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    elif [ -n "$cur" ]; then
        # A date argument may be a word.
        COMPREPLY=($(compgen -W "today yesterday tomorrow" -- "$cur"))
    fi
}
complete -F _foiclock foiclock
