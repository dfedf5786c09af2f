#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
# SPDX-License-Identifier: EUPL-1.2
# A throw-away PostgreSQL cluster for the server's integration tests (the CTest fixture "postgres").
#
#   pg-fixture.sh start STATE_DIR   fresh cluster in STATE_DIR/data, database kc_test owned by role kc
#                                   (password kc), trust auth on loopback only; writes STATE_DIR/url
#                                   (postgresql://kc@127.0.0.1:PORT/kc_test) and STATE_DIR/port
#   pg-fixture.sh stop STATE_DIR    stop the server, remove the cluster, the url and the port
#
# CI machines have nothing pre-installed and nothing running, so the harness owns the whole server.
# Durability is switched off unless KC_PG_DURABLE=1: test data is worthless, speed is all that matters.
# PostgreSQL refuses to run as root, so as root the cluster belongs to the "postgres" system user.
# The server log stays in STATE_DIR/server.log after stop, for post-mortems.
# Environment: KC_PG_BINDIR overrides where initdb, pg_ctl, postgres and psql are looked for;
# KC_PG_DURABLE=1 keeps fsync and synchronous commit on (the benchmarks).
set -euo pipefail

PG_VERSION_WANTED=17
PORT_MIN=20000
PORT_MAX=40000
PORT_ATTEMPTS=20

die() {
    printf 'pg-fixture: error: %s\n' "$*" >&2
    exit 1
}
say() { printf 'pg-fixture: %s\n' "$*" >&2; }

usage() {
    sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

find_bindir() {
    if [[ -n ${KC_PG_BINDIR:-} ]]; then
        [[ -x $KC_PG_BINDIR/initdb ]] || die "KC_PG_BINDIR=$KC_PG_BINDIR has no initdb"
        echo "$KC_PG_BINDIR"
        return
    fi
    # Debian keeps the server binaries out of PATH, one directory per major version.
    if [[ -x /usr/lib/postgresql/$PG_VERSION_WANTED/bin/initdb ]]; then
        echo "/usr/lib/postgresql/$PG_VERSION_WANTED/bin"
        return
    fi
    local d
    d=$(find /usr/lib/postgresql -maxdepth 3 -path '*/bin/initdb' -printf '%h\n' 2>/dev/null | sort -V | tail -n 1)
    if [[ -n $d ]]; then
        say "PostgreSQL $PG_VERSION_WANTED not found, using $d"
        echo "$d"
        return
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return
    fi
    die "no PostgreSQL server binaries (initdb) found; install the package 'postgresql' (it is in packaging/debian13-build-deps.txt, so run the tests through ./kc)"
}

# The cluster's OS user: PostgreSQL will not run as root.
setup_user() {
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' system user to own the cluster"
        PG_USER=postgres
    else
        PG_USER=$(id -un)
    fi
}

# Run a command as the cluster's owner, from / so that an unreadable working directory cannot
# make initdb or pg_ctl fail to resolve their own paths.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd / && setpriv --reuid="$PG_USER" --regid="$PG_USER" --init-groups --reset-env -- "$@")
    else
        (cd / && "$@")
    fi
}

tail_log() {
    local log=$1
    if [[ -s $log ]]; then
        printf 'pg-fixture: --- last lines of %s ---\n' "$log" >&2
        tail -n 25 "$log" >&2
        printf 'pg-fixture: ---\n' >&2
    fi
}

# The postmaster chdirs into its data directory, so its cwd identifies it even when the PID in a
# stale postmaster.pid has been reused by an unrelated process (likely here: ./kc runs every command
# in a fresh PID namespace, so small PIDs recur on every run).
server_pid() {
    local data=$1 pid
    [[ -f $data/postmaster.pid ]] || return 1
    pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$(realpath "$data")" ]] || return 1
    echo "$pid"
}

stop_server() {
    local data=$1 pid
    pid=$(server_pid "$data") || return 0
    say "stopping the server of $data (pid $pid)"
    if ! as_owner "$BINDIR/pg_ctl" stop -D "$data" -m fast -w -t 30 >/dev/null; then
        say "fast shutdown failed, shutting down immediately"
        as_owner "$BINDIR/pg_ctl" stop -D "$data" -m immediate -w -t 10 >/dev/null ||
            die "could not stop the PostgreSQL server (pid $pid) of $data"
    fi
}

remove_cluster() {
    local state=$1
    rm -rf --one-file-system "$state/data" "$state/socket" "$state/url" "$state/port" ||
        die "could not remove the old cluster in $state (made by another user?)"
    if [[ -f $state/socket-dir ]]; then
        rm -rf --one-file-system "$(cat "$state/socket-dir")"
        rm -f "$state/socket-dir"
    fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cmd_start() {
    local state=$1 started=$EPOCHREALTIME
    mkdir -p "$state" || die "cannot create $state"
    state=$(realpath "$state")
    local data=$state/data log=$state/server.log

    stop_server "$data"
    remove_cluster "$state"

    # Sockets live in the state directory unless its path is too long for sun_path (107 bytes).
    local sock=$state/socket
    if ((${#sock} + 18 > 107)); then
        sock=$(mktemp -d "${TMPDIR:-/tmp}/kc-pg.XXXXXX")
        echo "$sock" >"$state/socket-dir"
    fi
    mkdir -p "$data" "$sock"
    : >"$log"
    if [[ $(id -u) -eq 0 ]]; then
        chown "$PG_USER:" "$data" "$sock" "$log"
        as_owner test -w "$data" ||
            die "the '$PG_USER' user cannot reach $data; every directory above it must be searchable by others (chmod o+x)"
    fi
    chmod 700 "$data"

    local out
    if ! out=$(as_owner "$BINDIR/initdb" -D "$data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth=trust --no-sync --no-instructions 2>&1); then
        printf '%s\n' "$out" >&2
        die "initdb failed for $data"
    fi

    # Only loopback clients, and only they are trusted.
    cat >"$data/pg_hba.conf" <<'EOF'
# pg-fixture: a throw-away test cluster; loopback only, trusted.
local all all              trust
host  all all 127.0.0.1/32 trust
host  all all ::1/128      trust
EOF
    cat >>"$data/postgresql.conf" <<EOF

# pg-fixture: a throw-away cluster on loopback.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sock'
max_connections = 200
logging_collector = off
EOF
    # Tests want speed over durability; the benchmarks (KC_PG_DURABLE=1) measure what a real
    # deployment pays for each commit.
    if [[ ${KC_PG_DURABLE:-0} != 1 ]]; then
        printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n' >>"$data/postgresql.conf"
    fi

    local attempt port running=0
    for ((attempt = 1; attempt <= PORT_ATTEMPTS; attempt++)); do
        port=$((PORT_MIN + RANDOM % (PORT_MAX - PORT_MIN + 1)))
        if port_in_use "$port"; then
            continue
        fi
        : >"$log"
        if as_owner "$BINDIR/pg_ctl" start -D "$data" -l "$log" -o "-p $port" -w -t 30 >/dev/null 2>&1; then
            running=1
            break
        fi
        # Another process may have taken the port between the check and the bind.
        if grep -q 'Address already in use' "$log"; then
            say "port $port was taken, trying another"
            continue
        fi
        tail_log "$log"
        stop_server "$data" # pg_ctl may have given up waiting on a server that is still starting
        die "the PostgreSQL server did not start (pg_ctl start -w, port $port, data $data)"
    done
    ((running)) || die "found no free port in $PORT_MIN-$PORT_MAX after $PORT_ATTEMPTS attempts"

    if ! out=$("$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres -d postgres \
        -c "CREATE ROLE kc LOGIN PASSWORD 'kc'" -c "CREATE DATABASE kc_test OWNER kc" 2>&1); then
        printf '%s\n' "$out" >&2
        tail_log "$log"
        stop_server "$data"
        die "could not create the role kc and the database kc_test"
    fi

    echo "$port" >"$state/port"
    echo "postgresql://kc@127.0.0.1:$port/kc_test" >"$state/url"
    local version ms
    version=$("$BINDIR/postgres" --version | sed -E 's/^[^0-9]*([0-9][0-9.]*).*/\1/')
    ms=$(((${EPOCHREALTIME/./} - ${started/./}) / 1000))
    say "PostgreSQL $version on 127.0.0.1:$port (data $data) ready after $ms ms"
}

cmd_stop() {
    local state=$1
    [[ -d $state ]] || return 0
    state=$(realpath "$state")
    stop_server "$state/data"
    remove_cluster "$state"
}

(($# == 2)) || usage
case $1 in
start | stop) ;;
*) usage ;;
esac
BINDIR=$(find_bindir)
setup_user
"cmd_$1" "$2"
