#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
# SPDX-License-Identifier: EUPL-1.2
# Fails when a C++ file differs from .clang-format; ./kc format fixes it.
set -euo pipefail
clang_format=$1 repo=$2
cd "$repo"
mapfile -d '' files < <(find . \( -path './build*' -o -path './.*' \) -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print0)
if ((${#files[@]} == 0)); then echo "no C++ files"; exit 1; fi
"$clang_format" --style=file --dry-run -Werror "${files[@]}"
echo "${#files[@]} files formatted"
