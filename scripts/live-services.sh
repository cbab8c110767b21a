#!/usr/bin/env bash
# Starts Redis and PostgreSQL from Debian's packages on loopback ports for the scale-out tests and
# the live benchmark, in a folder of their own, and prints the two URLs to export:
#   eval "$(bash scripts/live-services.sh)"
# Installs the packages first when they are missing (as root, on Debian).
set -euo pipefail
REDIS_PORT="${LIVE_REDIS_PORT:-6391}"
PG_PORT="${LIVE_PG_PORT:-5441}"
DIR="${LIVE_SERVICES_DIR:-/tmp/crisis-room-services}"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"

if ! command -v redis-server >/dev/null || [ -z "$PG_BIN" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends redis-server postgresql >&2
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
mkdir -p "$DIR"
chmod 777 "$DIR"

if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --dir "$DIR" --logfile "$DIR/redis.log" >&2
fi

PGDATA="$DIR/pg"
if [ ! -f "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA" && chown postgres "$PGDATA"
  su postgres -c "$PG_BIN/initdb -D $PGDATA -A trust -U postgres" >&2
fi
if ! su postgres -c "$PG_BIN/pg_ctl -D $PGDATA status" >/dev/null 2>&1; then
  su postgres -c "$PG_BIN/pg_ctl -D $PGDATA -l $DIR/pg.log -o '-p $PG_PORT -k $DIR -h 127.0.0.1' -w start" >&2
fi
su postgres -c "psql -h 127.0.0.1 -p $PG_PORT -tc \"select 1 from pg_database where datname = 'crisis_room'\" | grep -q 1 || createdb -h 127.0.0.1 -p $PG_PORT crisis_room" >&2

echo "export REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/crisis_room"
