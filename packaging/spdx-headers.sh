#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
# SPDX-License-Identifier: EUPL-1.2
# REUSE-style licence information (https://reuse.software): every source file that takes comments
# starts with two SPDX lines; REUSE.toml covers the rest (data, translations, documents, debian/).
#   packaging/spdx-headers.sh           add the lines where they are missing (after a #! line)
#   packaging/spdx-headers.sh --check   list files without them; exit 1 if any
# Run it after adding files (or after merging branches that did).
set -euo pipefail

# All in one function: bash parses it whole before running, so rewriting files (this one too)
# cannot disturb it.
main() {
    cd "$(dirname "$0")/.."
    check=0
    [[ ${1:-} == --check ]] && check=1
    holder="2026 The Kontaktcenter authors"
    missing=0

    # The comment marker for a file, or nothing when REUSE.toml covers it.
    marker() {
        case $1 in
        *.cpp | *.h | *.h.in) echo '//' ;;
        *.lua) echo '--' ;;
        CMakeLists.txt | */CMakeLists.txt | *.sh | *.py | kc | .ci/run | debian/rules) echo '#' ;;
        esac
    }

    while IFS= read -r -d '' file; do
        m=$(marker "$file")
        [[ -n $m ]] || continue
        head -n 5 "$file" | grep -q 'SPDX-License-Identifier:' && continue
        if ((check)); then
            echo "no SPDX header: $file"
            missing=1
            continue
        fi
        header="$m SPDX-FileCopyrightText: $holder"$'\n'"$m SPDX-License-Identifier: EUPL-1.2"
        tmp=$(mktemp)
        if head -n 1 "$file" | grep -q '^#!'; then
            { head -n 1 "$file"; echo "$header"; tail -n +2 "$file"; } >"$tmp"
        else
            { echo "$header"; cat "$file"; } >"$tmp"
        fi
        cat "$tmp" >"$file" # keeps the file's mode
        rm -f "$tmp"
        echo "added: $file"
    done < <(git ls-files -z --cached --others --exclude-standard)
    exit "$missing"
}
main "$@"
