#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
# SPDX-License-Identifier: EUPL-1.2
# Fails when translations/kontaktcenter_sv.ts misses a string of the sources or leaves one
# unfinished. Runs lupdate over exactly the sources the build's update_translations target scans
# (the lupdate project CMake generates), into a scratch copy of the Swedish file.
#   check-translations.sh LUPDATE REPO PROJECT_IN_FILE GENERATE_SCRIPT
set -euo pipefail
lupdate=$1 repo=$2 project_in=$3 generate=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$repo/translations/kontaktcenter_sv.ts" "$tmp/sv.ts"
cmake -DIN_FILE="$project_in" -DOUT_FILE="$tmp/project.json" -P "$generate" >/dev/null
sed -i -E "s|\"translations\": \[[^]]*\]|\"translations\": [ \"$tmp/sv.ts\" ]|" "$tmp/project.json"
grep -q "\"$tmp/sv.ts\"" "$tmp/project.json" || { echo "could not redirect the lupdate project"; exit 2; }
"$lupdate" -project "$tmp/project.json" -no-obsolete -locations none -silent >/dev/null
total=$(grep -c '<message' "$tmp/sv.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$tmp/sv.ts" || true)
if [[ $unfinished -gt 0 ]]; then
  echo "kontaktcenter_sv.ts: $unfinished of $total strings missing or unfinished:"
  grep -B4 'type="unfinished"' "$tmp/sv.ts" | grep '<source>' | sed 's/^ */  /'
  echo "Run: ./kc exec -- cmake --build build --target update_translations, then translate them."
  exit 1
fi
echo "kontaktcenter_sv.ts complete: $total strings"
