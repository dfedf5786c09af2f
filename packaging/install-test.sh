#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
# SPDX-License-Identifier: EUPL-1.2
# The install test's inside (./kc install-test runs it as root in a fresh minimal Debian 13 root,
# with the packages in /kc-dist): install with apt, use every package as an administrator and a
# user would, purge, and show that nothing is left behind. Exits non-zero at the first failure.
#   install-test.sh VERSION PORT
set -euo pipefail
version=$1
step() { printf '\n== %s\n' "$*"; }
# Files under /etc, /usr, /var, /opt that no installed package owns (apt's and dpkg's records,
# caches and logs aside): compared before and after, they are what a run leaves behind.
unowned() {
    cat /var/lib/dpkg/info/*.list | sort -u >/tmp/owned
    find /etc /usr /var /opt /srv -xdev \( -path /var/lib/apt -o -path /var/lib/dpkg -o -path /var/cache \
        -o -path /var/log \) -prune -o ! -type d -print | sort | comm -23 - /tmp/owned
}
fail() { printf 'install-test: FAILED: %s\n' "$*" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive

step "apt installs the three packages and their dependencies"
dpkg-query -W -f='${Package}\n' | sort >/tmp/packages-before
unowned >/tmp/unowned-before
apt-get update -qq
apt-get install -y -q --no-install-recommends "/kc-dist/kontaktcenter_${version}_amd64.deb" \
    "/kc-dist/kontaktcenter-server_${version}_amd64.deb" "/kc-dist/kontaktcenter-cli_${version}_amd64.deb" |
    grep -E '^(Setting up|Unpacking) kontaktcenter|newly installed' || true
dpkg-query -W -f='${Package} ${Version} ${Status}\n' kontaktcenter kontaktcenter-server kontaktcenter-cli

step "what the packages put in place"
getent passwd kontaktcenter || fail "no system user kontaktcenter (sysusers.d)"
stat -c '%n %U:%G %a' /var/lib/kontaktcenter /etc/kontaktcenter/server.conf
[[ $(stat -c %U /var/lib/kontaktcenter) == kontaktcenter ]] || fail "/var/lib/kontaktcenter not the service's"
for f in /usr/lib/systemd/system/kontaktcenter-server.service /usr/lib/sysusers.d/kontaktcenter-server.conf \
    /usr/share/applications/se.polisen.kontaktcenter.desktop /usr/share/metainfo/se.polisen.kontaktcenter.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/se.polisen.kontaktcenter.svg \
    /usr/share/icons/hicolor/48x48/apps/se.polisen.kontaktcenter.png \
    /usr/share/man/man1/kontaktcenter.1.gz /usr/share/man/man1/kontaktcenter-cli.1.gz \
    /usr/share/man/man8/kontaktcenter-server.8.gz /usr/share/doc/kontaktcenter-server/README.Debian \
    /usr/share/doc/kontaktcenter-server/examples/nginx-kontaktcenter.conf; do
    [[ -e $f ]] || fail "missing $f"
done
echo "unit, sysusers, desktop file, metainfo, icons, man pages, README.Debian, nginx example: present"
if command -v systemd-analyze >/dev/null; then
    # (man is not installed here, so the Documentation= check of man pages cannot pass)
    systemd-analyze verify /usr/lib/systemd/system/kontaktcenter-server.service 2>&1 |
        grep -v -e "Command 'man " || true
    systemd-analyze security --offline=true /usr/lib/systemd/system/kontaktcenter-server.service 2>/dev/null |
        tail -1 || true
fi

step "the server, started with its unit's command line and /etc/kontaktcenter/server.conf"
# The port: a free one (the network is the host's); set as an administrator would.
port=$2
sed -i "s/^KC_LISTEN=.*/KC_LISTEN=127.0.0.1:$port/" /etc/kontaktcenter/server.conf
unit=/usr/lib/systemd/system/kontaktcenter-server.service
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
env_file=$(sed -n 's/^EnvironmentFile=-\{0,1\}//p' "$unit")
user=$(sed -n 's/^User=//p' "$unit")
echo "User=$user EnvironmentFile=$env_file"
echo "ExecStart=$exec_start"
# systemd's expansion: ${NAME} is one argument, $NAME splits at spaces into zero or more.
command=$(sed -E 's/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/"${\1}"/g' <<<"$exec_start")
cat >/tmp/start-server <<SCRIPT
set -a
. $env_file
set +a
exec $command
SCRIPT
setpriv --reuid="$user" --regid="$user" --clear-groups --no-new-privs \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/var/lib/kontaktcenter bash /tmp/start-server \
    >/tmp/server.log 2>&1 &
server=$!
deadline=$((SECONDS + 30))
until grep -qE 'listening on|lyssnar på' /tmp/server.log; do # the server speaks Swedish unless --lang en
    kill -0 "$server" 2>/dev/null || { cat /tmp/server.log; fail "the server stopped"; }
    ((SECONDS < deadline)) || { cat /tmp/server.log; fail "the server did not listen within 30 s"; }
    sleep 0.2
done
cat /tmp/server.log

step "an administrator adds a user (README.Debian's command)"
set -a
. /etc/kontaktcenter/server.conf
set +a
echo 'ett-långt-lösenord' | runuser -u kontaktcenter -- kontaktcenter-server user add anna --role agent \
    --team väst --queues anmalan,information --display-name "Anna Andersson" --database "$KC_DATABASE"
runuser -u kontaktcenter -- kontaktcenter-server user list --database "$KC_DATABASE"

step "the CLI signs in and lists the queue"
export HOME=/tmp/home # a user's home, not the package's to clean up
mkdir -p "$HOME"
echo 'ett-långt-lösenord' | kontaktcenter-cli login "http://127.0.0.1:$port" anna
kontaktcenter-cli queue

step "the workstation: --version and --help without a display"
kontaktcenter --version | tee /tmp/version
grep -qx "kontaktcenter $version" /tmp/version || fail "kontaktcenter --version"
kontaktcenter --help | head -3
kontaktcenter --help | grep -q '^Användning: kontaktcenter' || fail "kontaktcenter --help is not Swedish"

step "the workstation once to its sign-in dialog, on a real X server (xcb, as users run it)"
# The X tools come after the check of the packages' own dependencies, so they cannot hide one.
apt-get install -y -q --no-install-recommends xvfb x11-utils xauth >/dev/null
Xvfb -displayfd 3 -nolisten tcp -screen 0 1366x768x24 3>/tmp/display 2>/tmp/xvfb.log &
xvfb=$!
deadline=$((SECONDS + 30))
until [[ -s /tmp/display ]]; do
    ((SECONDS < deadline)) || fail "Xvfb did not start"
    sleep 0.1
done
export DISPLAY=:$(head -1 /tmp/display)
kontaktcenter >/tmp/workstation.log 2>&1 &
workstation=$!
deadline=$((SECONDS + 30))
until xwininfo -root -tree 2>/dev/null | grep -q '"Logga in – Kontaktcenter"'; do
    kill -0 "$workstation" 2>/dev/null || { cat /tmp/workstation.log; fail "the workstation stopped"; }
    ((SECONDS < deadline)) || { cat /tmp/workstation.log; fail "no sign-in dialog within 30 s"; }
    sleep 0.2
done
xwininfo -root -tree | grep -E '"(Logga in|Kontaktcenter)' | sed 's/^ */  /'
kill -TERM "$workstation"
wait "$workstation" || true
kill -TERM "$xvfb"
wait "$xvfb" || true
unset DISPLAY

step "the server stops on SIGTERM (systemctl stop) with exit 0"
kill -TERM "$server"
rc=0
wait "$server" || rc=$?
tail -2 /tmp/server.log
((rc == 0)) || fail "the server exited $rc on SIGTERM"

step "purge"
apt-get purge -y -q --autoremove kontaktcenter kontaktcenter-server kontaktcenter-cli xvfb x11-utils xauth |
    grep -E '^(Removing|Purging) kontaktcenter' || true
if dpkg-query -W -f='${Package} ${Status}\n' 'kontaktcenter*' 2>/dev/null | grep -v 'not-installed'; then
    fail "packages left"
fi
step "nothing left behind"
left=$(find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /kc-dist -o -path /kc-test \
    -o -path /var/cache/apt -o -path /var/lib/apt -o -path /var/lib/dpkg -o -path /var/log \) -prune \
    -o -iname '*kontaktcenter*' -print)
[[ -d /var/lib/kontaktcenter || -d /etc/kontaktcenter ]] && fail "state or settings directory left"
if [[ -n $left ]]; then
    echo "$left"
    fail "files named kontaktcenter left behind"
fi
echo "no file or directory named kontaktcenter anywhere; /var/lib/kontaktcenter and /etc/kontaktcenter gone"
echo "kept on purpose (Debian's convention for system users): $(getent passwd kontaktcenter || echo 'no user')"
dpkg-query -W -f='${Package}\n' | sort >/tmp/packages-after
extra=$(comm -13 /tmp/packages-before /tmp/packages-after | paste -sd' ')
echo "packages installed now that were not before: ${extra:-none}"
echo "(dependencies apt does not autoremove: Priority required/important ones such as mount)"
unowned >/tmp/unowned-after
echo "files no package owns that were not there before (made by the dependencies' scripts):"
comm -13 /tmp/unowned-before /tmp/unowned-after | sed 's/^/    /'
comm -13 /tmp/unowned-before /tmp/unowned-after | grep -i kontaktcenter && fail "kontaktcenter files left"
echo
echo "install-test: PASSED"
