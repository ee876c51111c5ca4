#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: scripts/pgtest.sh start|stop STATE_DIR
#
# start: initdb into a temporary folder as an unprivileged user (PostgreSQL refuses to run as
# root), listen on a free loopback port, create the database accordo_test, and write to
# STATE_DIR the files the tests read: url (postgresql://accordo@127.0.0.1:PORT/accordo_test)
# and pgpass (the password, in libpq's ~/.pgpass format, for PGPASSFILE).
# stop: stop the server and remove its folder.
#
# Without PostgreSQL installed, start fails when CI=true (so that the PostgreSQL tests are
# reported as not run) and otherwise only says so: the tests then skip with a message.
set -euo pipefail

command="${1:-}"
state="${2:-}"
if [ -z "$command" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi
mkdir -p "$state"

# Debian installs the server binaries outside PATH, one folder per major version.
bindir=""
for candidate in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
        bindir="$candidate"
        break
    fi
done

service_user="accordo-pgtest"

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$service_user" -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    [ -f "$state/datadir" ] || return 0
    local data
    data="$(cat "$state/datadir")"
    # The cluster lives in $data/db (see start); stop it before its folder goes.
    if [ -n "$bindir" ] && [ -f "$data/db/postmaster.pid" ]; then
        as_server "$bindir/pg_ctl" -D "$data/db" -m immediate -w -t 30 stop >/dev/null 2>&1 \
            || true
    fi
    # Every test copies its template into a database of its own, so the cluster holds
    # gigabytes by now: it is removed in the background, after this script has returned, so
    # that a loaded disk does not hold the test run up.
    case "$data" in
        */accordo-pg.*) nohup rm -rf "$data" >/dev/null 2>&1 </dev/null & ;;
    esac
    rm -f "$state/datadir" "$state/url" "$state/pgpass"
}

case "$command" in
stop)
    stop_server
    echo "PostgreSQL test server stopped"
    ;;
start)
    stop_server
    if [ -z "$bindir" ]; then
        echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb):" \
             "apt-get install postgresql" >&2
        if [ "${CI:-}" = "true" ]; then
            exit 1
        fi
        echo "The PostgreSQL variants of the tests will skip." >&2
        exit 0
    fi
    if [ "$(id -u)" -eq 0 ] && ! id "$service_user" >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent \
                --shell /usr/sbin/nologin "$service_user"
    fi
    # Folders earlier runs left behind (a removal cut short with its test run, a run killed):
    # gigabytes each. One is removed when it is over an hour old and no server runs in it.
    for old in $(find /tmp -maxdepth 1 -name 'accordo-pg.*' -type d -mmin +60 2>/dev/null); do
        pidfile="$old/db/postmaster.pid"
        if [ -f "$pidfile" ] && kill -0 "$(head -n 1 "$pidfile")" 2>/dev/null; then
            continue
        fi
        rm -rf "$old"
    done
    data="$(mktemp -d /tmp/accordo-pg.XXXXXX)"
    echo "$data" >"$state/datadir"
    password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    echo "$password" >"$data/pwfile"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R "$service_user" "$data"
    fi
    chmod 700 "$data"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

    as_server "$bindir/initdb" -D "$data/db" -U accordo --auth=scram-sha-256 \
        --pwfile="$data/pwfile" -E UTF8 --no-locale >"$state/initdb.log" 2>&1 \
        || { cat "$state/initdb.log" >&2; exit 1; }
    # Durability is worthless for a throwaway server; speed is not.
    as_server "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$data \
            -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
            -c max_connections=200" start >/dev/null \
        || { cat "$data/server.log" >&2; exit 1; }

    umask 077
    echo "127.0.0.1:$port:*:accordo:$password" >"$state/pgpass"
    PGPASSFILE="$state/pgpass" "$bindir/psql" -h 127.0.0.1 -p "$port" -U accordo -d postgres \
        -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE accordo_test" \
        || { cat "$data/server.log" >&2; exit 1; }
    echo "postgresql://accordo@127.0.0.1:$port/accordo_test" >"$state/url"
    echo "PostgreSQL test server on 127.0.0.1:$port (data in $data)"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
