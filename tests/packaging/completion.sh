#!/usr/bin/env bash
# The bash completion and the man pages against the command line itself:
#
#   tests/packaging/completion.sh LOKET_BINARY PACKAGING_FOLDER
#
# Sources packaging/loket.bash-completion and checks COMPREPLY for typed lines
# ("loket rep<TAB>", "loket report --<TAB>", ...), then that every command `loket --help`
# lists is completed, with every option its own `loket CMD --help` names, and that both man
# pages describe every command.
set -uo pipefail
loket="$1"
packaging="$2"
# shellcheck source=../../packaging/loket.bash-completion
source "$packaging/loket.bash-completion"

passed=0
failed=0
# complete "typed line": the words so far, the last one being completed ("" after a space).
complete_line() {
    read -r -a COMP_WORDS <<<"$1"
    [[ "$1" == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$1"
    COMP_POINT=${#1}
    _loket loket "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]:-}"
}
# expect "typed line" WORD...: each WORD is offered
expect() {
    local line="$1" word missing=()
    shift
    complete_line "$line"
    for word in "$@"; do
        printf '%s\n' "${COMPREPLY[@]}" | grep -qxF -- "$word" || missing+=("$word")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "GAGAL: \"$line<TAB>\" tidak menawarkan ${missing[*]} (ditawarkan: ${COMPREPLY[*]})"
    fi
}
# expect_only "typed line" WORD...: exactly these words are offered
expect_only() {
    local line="$1"
    shift
    complete_line "$line"
    local got want
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
    want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
    if [ "$got" = "$want" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "GAGAL: \"$line<TAB>\" menawarkan [$got], diharapkan [$want]"
    fi
}

expect_only "loket rep" report
expect_only "loket report --" --from --to --by --format --csv-style --out --db --help
expect_only "loket report --by " service officer
expect_only "loket report --format c" csv
expect_only "loket pr" print
expect_only "loket print " maklumat standar receipt test-page pemberitahuan
expect_only "loket print receipt --kind d" document done
expect_only "loket print receipt 20261126-A001 --paper " 80mm a4 a5
expect_only "loket holidays import --kind c" cuti_bersama
expect_only "loket --lang " id en
expect_only "loket --" --db --lang --help --version
expect_only "loket --db kantor.sqlite ba" backup
expect_only "loket user add hana --role admin" admin_sistem administrator
expect_only "loket user " add list
expect_only "loket due 1 --" --from --db --help
expect "loket user add hana --" --name --role --nip

# Every command of `loket --help`, and every option of its synopsis.
commands=$("$loket" --help | awk '/^Perintah:/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print $1 }' | sort -u)
[ -n "$commands" ] || { echo "GAGAL: tidak ada perintah dalam \"$loket --help\""; exit 1; }
expect_only "loket " $commands
for command in $commands; do
    synopsis=$("$loket" "$command" --help)
    options=$(printf '%s\n' "$synopsis" | grep -o -- '--[a-z][a-z-]*' | grep -vx -- '--db' | sort -u)
    subs=$(printf '%s\n' "$synopsis" | awk -v c="$command" '{ for (i = 1; i < NF; i++) if ($i == c && $(i + 1) ~ /^[a-z]+$/) print $(i + 1) }' | sort -u)
    offered=""
    for sub in "" $subs; do
        complete_line "loket $command ${sub:+$sub }--"
        offered+=" ${COMPREPLY[*]}"
    done
    for option in $options; do
        if [[ " $offered " == *" $option "* ]]; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            echo "GAGAL: \"loket $command --<TAB>\" tidak menawarkan $option"
        fi
    done
    for page in "$packaging"/man/*/loket.1.in; do
        if grep -Eq "^\.SS \"?$command( |\"|\$)" "$page"; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            echo "GAGAL: $page tidak menjelaskan perintah $command"
        fi
        for option in $options; do
            if grep -qF -- "${option//-/\\-}" "$page"; then # roff writes each - as \-
                passed=$((passed + 1))
            else
                failed=$((failed + 1))
                echo "GAGAL: $page tidak menyebut $option (perintah $command)"
            fi
        done
    done
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
