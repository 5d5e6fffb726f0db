#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL for the container tests, on loopback only.
#   postgres.sh start DATA_DIR PORT   installs PostgreSQL from Debian's packages when it is missing,
#                                     creates a fresh cluster in DATA_DIR with the threadline database
#   postgres.sh stop DATA_DIR
# XA (JMS + JDBC in one transaction) needs max_prepared_transactions > 0.
set -euo pipefail

action=${1:?start or stop}
data=${2:?data directory}
port=${3:-15432}

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
  start)
    if ! bindir >/dev/null; then
      if [ "$(id -u)" -ne 0 ]; then
        echo "PostgreSQL is not installed and this user cannot install it (apt-get install postgresql)" >&2
        exit 1
      fi
      echo "Installing PostgreSQL from Debian's packages"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq postgresql >/dev/null
    fi
    bin=$(bindir)
    mkdir -p "$(dirname "$data")"
    if [ -f "$data/postmaster.pid" ]; then
      as_postgres "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data"
    mkdir -p "$data"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data"
    as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_prepared_transactions=100 -c max_connections=200" start >/dev/null
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
      -c "CREATE USER threadline PASSWORD 'threadline'" \
      -c "CREATE DATABASE threadline OWNER threadline"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port"
    ;;
  stop)
    bin=$(bindir) || exit 0
    if [ -f "$data/postmaster.pid" ]; then
      as_postgres "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
      echo "PostgreSQL stopped"
    fi
    ;;
  *)
    echo "usage: $0 start|stop DATA_DIR [PORT]" >&2
    exit 2
    ;;
esac
