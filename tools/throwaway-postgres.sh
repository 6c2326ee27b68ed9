# Sourced by test.sh and the bench scripts: a PostgreSQL cluster of their own on a free loopback port, with
# durability off because it is thrown away, run as the postgres user when the caller is root.
# The caller defines log() and sets pg_data (a folder to create) before starting it; pg_bin, pg_ctl_bin and
# pg_port are set by start_throwaway_postgres.

pg_bin=""
pg_ctl_bin=""
pg_port=""

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  return 1
}

# start_throwaway_postgres [postgres -c options…]
start_throwaway_postgres() {
  pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  pg_ctl_bin="$pg_bin/pg_ctl"
  pg_port=$(free_port)
  mkdir -p "$pg_data"
  [ "$(id -u)" = 0 ] && chown postgres "$pg_data"
  log "starting PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  as_postgres "$pg_ctl_bin" -D "$pg_data" -l "$pg_data/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off $*" >/dev/null
}

stop_throwaway_postgres() {
  if [ -n "$pg_ctl_bin" ] && [ -f "$pg_data/postmaster.pid" ]; then
    as_postgres "$pg_ctl_bin" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  fi
}
