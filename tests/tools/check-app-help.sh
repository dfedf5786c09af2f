#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
# SPDX-License-Identifier: EUPL-1.2
# The workstation's command line without a display (issue 18): --help and --version answer
# before any GUI exists — exit 0, Swedish by default, English with --lang en — and a mistake on
# the command line or a missing display is said in Swedish with exit 2, never a crash.
#   check-app-help.sh KONTAKTCENTER
set -uo pipefail
app=$1
home=$(mktemp -d) # no saved language setting can change the default
trap 'rm -rf "$home"' EXIT
failures=0

# run EXPECTED_EXIT PATTERN ARGS...: runs the workstation with no display of any kind.
run() {
    local want=$1 pattern=$2 out rc
    shift 2
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u XDG_CONFIG_HOME HOME="$home" \
        "$app" "$@" 2>&1)
    rc=$?
    if [[ $rc != "$want" ]] || ! grep -qE -- "$pattern" <<<"$out"; then
        echo "FAIL: kontaktcenter $* -> exit $rc (want $want), output:"
        echo "$out" | sed 's/^/    /'
        echo "    (wanted a line matching: $pattern)"
        failures=$((failures + 1))
    else
        echo "ok: kontaktcenter $* -> exit $rc"
    fi
}

run 0 '^Användning: kontaktcenter \[flaggor\]' --help
run 0 '^  --demo +Övningsläge' --help
run 0 '^  --lang KOD +Språk' -h
run 0 '^Usage: kontaktcenter \[options\]' --help --lang en
run 0 '^  --demo +Training mode' --lang=en --help
run 0 '^kontaktcenter [0-9]+\.[0-9]+\.[0-9]+$' --version
run 2 'ingen skärm' --demo
run 2 'no display' --lang en
# with a display platform the parser is reached: an unknown option is refused in Swedish
out=$(QT_QPA_PLATFORM=offscreen HOME="$home" "$app" --no-such-option 2>&1)
rc=$?
if [[ $rc != 2 ]] || ! grep -q "okänd flagga '--no-such-option'" <<<"$out"; then
    echo "FAIL: kontaktcenter --no-such-option -> exit $rc: $out"
    failures=$((failures + 1))
else
    echo "ok: kontaktcenter --no-such-option -> exit 2"
fi
exit $((failures > 0))
