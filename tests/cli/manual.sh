#!/usr/bin/env bash
# Keeps foiclock(1) and the built-in help in step: every command and every
# option the help lists (foiclock --help and each 'foiclock COMMAND --help')
# is in the manual page, every option and command the manual names is in the
# help, the environment variables named anywhere are in the manual's
# ENVIRONMENT section, and 'foiclock help CMD' prints what 'foiclock CMD
# --help' prints.
#
# usage: manual.sh PATH/TO/foiclock PATH/TO/foiclock.1 SOURCE_DIR
set -u
bin=$1 man=$2 src=$3
fails=0
bad() {
    printf 'FAIL: %s\n' "$*"
    fails=$((fails + 1))
}

commands=$("$bin" --help | sed -n '/^commands:/,/^$/s/^  \([a-z-][a-z-]*\) .*/\1/p')
[ -n "$commands" ] || bad "no commands found in 'foiclock --help'"
help=$("$bin" --help)
for c in $commands; do
    h=$("$bin" "$c" --help) || bad "'foiclock $c --help' failed"
    [ "$("$bin" help "$c")" = "$h" ] || bad "'foiclock help $c' differs from 'foiclock $c --help'"
    help+=$'\n'$h
done

# The manual as plain words: groff's \- is a hyphen, font changes go.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(dq/"/g' "$man")
options() { grep -oE '(^|[^a-zA-Z0-9-])--?[a-zA-Z][a-zA-Z-]*' | sed 's/^[^-]*//' | sort -u; }
envs() { grep -oE '\b(FOICLOCK_[A-Z_]+|SOURCE_DATE_EPOCH|XDG_[A-Z_]+)\b' | sort -u; }

help_opts=$(printf '%s\n' "$help" | options)
man_opts=$(printf '%s\n' "$text" | options)
for o in $(comm -23 <(echo "$help_opts") <(echo "$man_opts")); do
    bad "option $o is in the help but not in foiclock(1)"
done
for o in $(comm -13 <(echo "$help_opts") <(echo "$man_opts")); do
    bad "option $o is in foiclock(1) but in no help"
done

# A command is the first word of the line after each .TP under COMMANDS.
man_commands=$(printf '%s\n' "$text" | sed -n '/^\.SH COMMANDS/,/^\.SH OPTIONS/p' |
    sed -n '/^\.TP/{n;s/^\.B[IR]* "*\([a-z][a-z-]*\).*/\1/p;}' | sort -u)
for c in $commands; do
    printf '%s\n' "$man_commands" | grep -qx -- "$c" || bad "command $c is not in foiclock(1) COMMANDS"
done
for c in $man_commands; do
    printf '%s\n' "$commands" | grep -qx -- "$c" || bad "foiclock(1) describes a command $c the help does not list"
done

man_env=$(printf '%s\n' "$text" | sed -n '/^\.SH ENVIRONMENT/,/^\.SH /p' | envs)
read_env=$(cat "$src"/src/cli/*.c "$src"/src/ical/*.c | grep -oE 'getenv\("[A-Z_]+"\)' |
    sed 's/getenv("\(.*\)")/\1/')
[ -n "$read_env" ] || bad "no getenv calls found under $src/src"
for e in $( (printf '%s\n' "$help" "$text" "$read_env" | envs) | sort -u); do
    printf '%s\n' "$man_env" | grep -qx -- "$e" || bad "$e is not in foiclock(1) ENVIRONMENT"
done

if [ "$fails" -gt 0 ]; then
    echo "FAIL: $fails differences between the help and foiclock(1)"
    exit 1
fi
echo "ok: $(echo "$commands" | wc -w) commands, $(echo "$help_opts" | wc -w) options, $(echo "$man_env" | wc -w) environment variables agree"
