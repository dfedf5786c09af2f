#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
# SPDX-License-Identifier: EUPL-1.2
# Checks packaging/nginx-kontaktcenter.conf with nginx -t, inside a scratch http{} block and with a
# throw-away certificate in place of the production one.
#   check-nginx.sh REPO
set -euo pipefail
repo=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=kontaktcenter \
    -keyout "$tmp/tls/privkey.pem" -out "$tmp/tls/fullchain.pem" 2>/dev/null
sed "s|/etc/kontaktcenter/tls|$tmp/tls|" "$repo/packaging/nginx-kontaktcenter.conf" >"$tmp/site.conf"
cat >"$tmp/nginx.conf" <<CONF
pid $tmp/nginx.pid;
error_log $tmp/error.log;
events {}
http {
    access_log off;
    include $tmp/site.conf;
}
CONF
nginx -t -c "$tmp/nginx.conf" -p "$tmp"
