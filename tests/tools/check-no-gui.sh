#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
# SPDX-License-Identifier: EUPL-1.2
# Fails when one of the given executables loads QtGui or QtWidgets: the CLI and the server are
# built on kc_core, kc_store and kc_sync only, and a library that drags in the GUI stack (and with
# it a display dependency) must not creep in.
#   check-no-gui.sh BINARY...
set -euo pipefail
status=0
for binary in "$@"; do
    libraries=$(ldd "$binary")
    if grep -Ei 'libQt6(Gui|Widgets)' <<<"$libraries"; then
        echo "$binary links the GUI" >&2
        status=1
    fi
    grep -q 'libQt6Core' <<<"$libraries" || { echo "$binary: ldd shows no QtCore; the check saw nothing" >&2; status=1; }
done
exit $status
