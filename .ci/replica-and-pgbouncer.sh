#!/usr/bin/env bash
# CI, as root: a streaming replica of the local cluster (port 5433) and our own pgbouncer in
# transaction mode (port 6432), for test/integration/replicas.test.ts and pgbouncer.test.ts.
# Idempotent: a replica or pgbouncer left running by an earlier run is reused. On success it
# prints `export TEST_REPLICA_URL=…` and `export TEST_PGBOUNCER_URL=…` on stdout (the caller evals
# them); anything else goes to stderr. A failure leaves the main cluster as it was, except for the
# one replication line in its pg_hba.conf (loopback, trust, like its other lines).
set -uo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
PRIMARY_PORT=5432
REPLICA_PORT=5433
BOUNCER_PORT=6432
REPLICA_DIR=/var/lib/postgresql/iam-ci-replica
BOUNCER_DIR=/tmp/iam-ci-pgbouncer

log() { echo "replica/pgbouncer setup: $*" >&2; }
psql_primary() { psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -Atqc "$1"; }

setup_replica() {
  if pg_isready -h 127.0.0.1 -p "$REPLICA_PORT" -q 2>/dev/null; then
    # Left by an earlier run: reuse it if it still streams from the primary, else make it again.
    [ "$(psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -Atqc 'select status from pg_stat_wal_receiver')" = streaming ] && return 0
    if [ -f "$REPLICA_DIR/postmaster.pid" ]; then
      su postgres -c "$PG_BIN/pg_ctl -D $REPLICA_DIR -m fast -w stop" >&2 || return 1
    else
      log "port $REPLICA_PORT answers but is not our streaming replica"; return 1
    fi
  fi
  local hba
  hba=$(psql_primary 'show hba_file') || { log "the primary on port $PRIMARY_PORT does not answer"; return 1; }
  if ! grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$hba"; then
    echo 'host replication all 127.0.0.1/32 trust' >>"$hba"
    psql_primary 'select pg_reload_conf()' >/dev/null || return 1
  fi
  # A folder from an earlier run that is not running is stale: copy again.
  rm -rf "$REPLICA_DIR"
  mkdir -p "$REPLICA_DIR" && chown postgres:postgres "$REPLICA_DIR" && chmod 700 "$REPLICA_DIR"
  su postgres -c "pg_basebackup -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -D $REPLICA_DIR -R -X stream" >&2 || return 1
  cat >"$REPLICA_DIR/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $REPLICA_PORT
hot_standby = on
max_connections = 100
shared_buffers = 64MB
unix_socket_directories = '$REPLICA_DIR'
EOF
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$REPLICA_DIR/pg_hba.conf"
  : >"$REPLICA_DIR/pg_ident.conf"
  chown postgres:postgres "$REPLICA_DIR"/*.conf
  su postgres -c "$PG_BIN/pg_ctl -D $REPLICA_DIR -l $REPLICA_DIR/server.log -w -t 60 start -o \"-p $REPLICA_PORT -c unix_socket_directories=$REPLICA_DIR\"" >&2 || {
    tail -n 20 "$REPLICA_DIR/server.log" >&2; return 1;
  }
  [ "$(psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -Atqc 'select pg_is_in_recovery()')" = t ]
}

setup_pgbouncer() {
  if ! command -v pgbouncer >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -q && apt-get install -y -q pgbouncer; } >/dev/null 2>&1 || { log "could not install pgbouncer"; return 1; }
    # The package starts (or enables) Debian's own instance; ours runs beside it on its own port.
  fi
  if [ -f "$BOUNCER_DIR/pgbouncer.pid" ] && kill -0 "$(cat "$BOUNCER_DIR/pgbouncer.pid")" 2>/dev/null; then
    kill "$(cat "$BOUNCER_DIR/pgbouncer.pid")"; sleep 1
  fi
  mkdir -p "$BOUNCER_DIR" && chown postgres:postgres "$BOUNCER_DIR"
  # Every database of the primary, in transaction mode (what a production pool would use).
  cat >"$BOUNCER_DIR/pgbouncer.ini" <<EOF
[databases]
* = host=127.0.0.1 port=$PRIMARY_PORT

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir =
auth_type = trust
admin_users = postgres
auth_file = $BOUNCER_DIR/userlist.txt
pool_mode = transaction
max_client_conn = 500
default_pool_size = 20
ignore_startup_parameters = extra_float_digits,options
logfile = $BOUNCER_DIR/pgbouncer.log
pidfile = $BOUNCER_DIR/pgbouncer.pid
EOF
  echo '"postgres" ""' >"$BOUNCER_DIR/userlist.txt"
  chown postgres:postgres "$BOUNCER_DIR"/*
  su postgres -c "pgbouncer -d $BOUNCER_DIR/pgbouncer.ini" >&2 || return 1
  for _ in $(seq 1 20); do
    psql -h 127.0.0.1 -p "$BOUNCER_PORT" -U postgres -Atqc 'select 1' postgres >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  tail -n 20 "$BOUNCER_DIR/pgbouncer.log" >&2
  return 1
}

if [ "$(id -u)" -ne 0 ]; then log "not root: the replica and pgbouncer tests will be skipped"; exit 0; fi
if setup_replica; then
  echo "export TEST_REPLICA_URL=postgres://postgres@127.0.0.1:$REPLICA_PORT/postgres"
else
  log "no streaming replica: test/integration/replicas.test.ts will be skipped"
fi
if setup_pgbouncer; then
  echo "export TEST_PGBOUNCER_URL=postgres://postgres@127.0.0.1:$BOUNCER_PORT/postgres"
else
  log "no pgbouncer: test/integration/pgbouncer.test.ts will be skipped"
fi
exit 0
