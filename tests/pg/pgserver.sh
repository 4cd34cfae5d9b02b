#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the tests: pgserver.sh start|stop DIR
#
# start: initdb + pg_ctl in DIR/data on a free loopback port (TCP only, no Unix socket), as `nobody` when run as
#        root (PostgreSQL refuses to run as root; CI runs as root). Writes DIR/env, which PgTestServer
#        (tests/support/pgtestserver.*) reads: PGHOST, PGPORT, PGUSER (the superuser, trusted on loopback) and the
#        password of the role `herald_pw`, which must log in with a password (scram-sha-256).
#        Without Debian's postgresql binaries it writes DIR/skip with the reason and succeeds: the tests then skip.
# stop:  pg_ctl stop -m immediate and removes DIR.
set -euo pipefail
cmd=${1:?usage: pgserver.sh start|stop DIR}
dir=${2:?usage: pgserver.sh start|stop DIR}

bindir=${HERALD_PG_BINDIR:-}
if [[ -z $bindir ]]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x $candidate/initdb ]] && bindir=$candidate
    done
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

case $cmd in
start)
    rm -rf "$dir"
    mkdir -p "$dir"
    if [[ -z $bindir || ! -x $bindir/pg_ctl ]]; then
        echo "PostgreSQL binaries not found (install Debian's postgresql package, or set HERALD_PG_BINDIR)" >"$dir/skip"
        echo "pgserver: $(cat "$dir/skip"); PostgreSQL tests will skip"
        exit 0
    fi
    [[ $(id -u) -eq 0 ]] && chown nobody "$dir"
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" >"$dir/pwfile"
    [[ $(id -u) -eq 0 ]] && chown nobody "$dir/pwfile"
    as_owner "$bindir/initdb" -D "$dir/data" -U herald --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
    # herald_pw logs in with a password over TCP; every other role is trusted on loopback only.
    cat >"$dir/data/pg_hba.conf" <<HBA
host all herald_pw 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
HBA
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + (RANDOM % 20000)))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue   # something listens there already
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 \
                -c shared_buffers=32MB" start >"$dir/pg_ctl.log" 2>&1; then
            "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U herald -d postgres -v ON_ERROR_STOP=1 \
                -c "CREATE ROLE herald_pw LOGIN CREATEDB PASSWORD '$password'" >/dev/null
            cat >"$dir/env" <<ENV
PGHOST=127.0.0.1
PGPORT=$port
PGUSER=herald
HERALD_PG_PASSWORD_ROLE=herald_pw
HERALD_PG_PASSWORD=$password
HERALD_PG_BINDIR=$bindir
ENV
            echo "pgserver: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
            exit 0
        fi
    done
    cat "$dir/pg_ctl.log" "$dir/server.log" 2>/dev/null || true
    echo "pgserver: could not start PostgreSQL" >&2
    exit 1
    ;;
stop)
    if [[ -f $dir/data/postmaster.pid && -n $bindir ]]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pgserver.sh start|stop DIR" >&2
    exit 2
    ;;
esac
