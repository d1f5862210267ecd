#!/usr/bin/env bash
# Local infrastructure without Docker: a real Apache Kafka broker (single-node KRaft, jars from
# Maven Central) and FerretDB v1 (MongoDB wire protocol, built from the Go module proxy, SQLite
# backend). Everything downloaded or built is cached outside the repository, so the second start
# takes seconds; data lives under <repo>/.data/.
#
#   deploy/local/infra.sh start | stop | status | fetch | reset      (both servers)
#   deploy/local/infra.sh start kafka | stop kafka | start ferretdb | stop ferretdb
#
# SUNSHINE_DATA_DIR, KAFKA_PORT, KAFKA_CONTROLLER_PORT and MONGO_PORT let a test run a second,
# private broker (fault tests kill it) beside the shared one.
#
# Ports and versions come from deploy/local/infra.env (the same names docker-compose.yml uses).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=infra.env
source "$here/infra.env"

cache="${SUNSHINE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sunshine-petitions}"
data="${SUNSHINE_DATA_DIR:-$root/.data}"
kafka_home="$cache/kafka-$KAFKA_VERSION"
ferret_patch="$here/ferretdb/sunshine-$FERRETDB_VERSION.patch"
# The binary's name carries the patch's hash, so a changed patch is rebuilt.
ferret_bin="$cache/ferretdb-$FERRETDB_VERSION/ferretdb-$( (cat "$ferret_patch" 2>/dev/null || true) | cksum | cut -d' ' -f1)"
run="$data/run"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] error: %s\n' "$*" >&2; exit 1; }

need() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is required for the no-Docker stack ($2). Install it, or use 'docker compose up'."
}

java_bin() {
  # Kafka 4.x brokers need Java 17+; prefer JAVA_HOME, then the PATH.
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then echo "$JAVA_HOME/bin/java"; return; fi
  need java "Java 17 or newer runs the Kafka broker"
  command -v java
}

check_java_version() {
  local v
  v="$("$(java_bin)" -version 2>&1 | awk -F\" '/version/ {print $2; exit}')"
  local major="${v%%.*}"
  [[ "$major" =~ ^[0-9]+$ && "$major" -ge 17 ]] || die "Java 17 or newer is required for Kafka $KAFKA_VERSION (found '$v')."
}

# ---------------------------------------------------------------------------------------------
# fetch: Kafka jars through Maven, FerretDB through the Go module proxy

fetch_kafka() {
  [[ -f "$kafka_home/.complete" ]] && return 0
  need mvn "Maven downloads the Kafka jars from Maven Central"
  check_java_version
  log "fetching Apache Kafka $KAFKA_VERSION jars from Maven Central (first run only)…"
  local work="$cache/tmp-kafka-$$"
  rm -rf "$work" && mkdir -p "$work"
  sed -e "s/@KAFKA_VERSION@/$KAFKA_VERSION/g" -e "s/@LOG4J_VERSION@/$LOG4J_VERSION/g" \
    "$here/kafka/pom.xml" >"$work/pom.xml"
  (cd "$work" && mvn -B -q -ntp dependency:copy-dependencies \
    -DoutputDirectory="$work/lib" -DincludeScope=runtime) >&2 || die "Maven could not fetch Kafka $KAFKA_VERSION."
  rm -rf "$kafka_home" && mkdir -p "$kafka_home"
  mv "$work/lib" "$kafka_home/lib"
  rm -rf "$work"
  touch "$kafka_home/.complete"
}

fetch_ferretdb() {
  [[ -x "$ferret_bin" ]] && return 0
  need go "Go 1.24 or newer builds FerretDB from the Go module proxy"
  log "building FerretDB $FERRETDB_VERSION from the Go module proxy (first run only, a few minutes)…"
  local dir work
  dir="$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  [[ -n "$dir" && -d "$dir" ]] || die "go could not download github.com/FerretDB/FerretDB@$FERRETDB_VERSION."
  work="$cache/tmp-ferretdb-$$"
  rm -rf "$work" && mkdir -p "$work"
  cp -R "$dir/." "$work/" && chmod -R u+w "$work"
  # version.txt is git-ignored upstream, so the module zip lacks it and the binary panics at start.
  echo "$FERRETDB_VERSION" >"$work/build/version/version.txt"
  # Small patches make single-document updates atomic, _id lookups indexed and large bulk
  # updates finish, as in MongoDB (deploy/local/ferretdb/README.md explains why).
  if [[ -f "$ferret_patch" ]]; then
    need patch "applying deploy/local/ferretdb/*.patch to the FerretDB sources"
    (cd "$work" && patch -p1 -s <"$ferret_patch") || die "the FerretDB patch did not apply."
  fi
  (cd "$work" && GOFLAGS=-buildvcs=false CGO_ENABLED=0 go build -trimpath -o "$work/ferretdb.bin" ./cmd/ferretdb) >&2 \
    || die "building FerretDB failed."
  mkdir -p "$(dirname "$ferret_bin")"
  mv "$work/ferretdb.bin" "$ferret_bin"
  rm -rf "$work"
}

# ---------------------------------------------------------------------------------------------
# process helpers

pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {
  local port="$1" name="$2" pidfile="$3" logfile="$4" deadline=$((SECONDS + ${5:-60}))
  until port_open "$port"; do
    if ! pid_alive "$pidfile"; then
      tail -n 40 "$logfile" >&2 || true
      die "$name exited during start (log: $logfile)."
    fi
    ((SECONDS < deadline)) || { tail -n 40 "$logfile" >&2 || true; die "$name did not open port $port in time."; }
    sleep 0.2
  done
}

stop_pid() {
  local pidfile="$1" name="$2"
  if pid_alive "$pidfile"; then
    local pid; pid="$(cat "$pidfile")"
    log "stopping $name (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

# ---------------------------------------------------------------------------------------------
# Kafka

kafka_props() {
  local props="$run/kafka/server.properties"
  mkdir -p "$run/kafka" "$data/kafka"
  sed -e "s#@DATA@#$data/kafka#g" -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
    -e "s#@PARTITIONS@#$KAFKA_PARTITIONS#g" "$here/kafka/server.properties" >"$props"
  echo "$props"
}

start_kafka() {
  local pidfile="$run/kafka.pid" logfile="$run/kafka/kafka.out"
  if pid_alive "$pidfile"; then log "Kafka already running on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by another process; stop it or set KAFKA_PORT."
  fetch_kafka
  check_java_version
  local props java; props="$(kafka_props)"; java="$(java_bin)"
  local cp="$kafka_home/lib/*"
  if [[ ! -f "$data/kafka/meta.properties" ]]; then
    "$java" -cp "$cp" -Dlog4j2.configurationFile="$here/kafka/log4j2.properties" -Dkafka.logs.dir="$run/kafka" \
      kafka.tools.StorageTool format -t "$KAFKA_CLUSTER_ID" -c "$props" -g >"$run/kafka/format.out" 2>&1 \
      || { cat "$run/kafka/format.out" >&2; die "formatting Kafka storage failed."; }
  fi
  log "starting Kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT"
  nohup "$java" -Xmx512m -Xms256m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dkafka.logs.dir="$run/kafka" -Dlog4j2.configurationFile="$here/kafka/log4j2.properties" \
    -cp "$cp" kafka.Kafka "$props" >"$logfile" 2>&1 </dev/null &
  echo $! >"$pidfile"
  wait_port "$KAFKA_PORT" Kafka "$pidfile" "$logfile" 90
}

# ---------------------------------------------------------------------------------------------
# FerretDB

start_ferretdb() {
  local pidfile="$run/ferretdb.pid" logfile="$run/ferretdb.out"
  if pid_alive "$pidfile"; then log "FerretDB already running on 127.0.0.1:$MONGO_PORT"; return 0; fi
  port_open "$MONGO_PORT" && die "port $MONGO_PORT is taken by another process; stop it or set MONGO_PORT."
  fetch_ferretdb
  mkdir -p "$data/ferretdb" "$run/ferretdb-state"
  log "starting FerretDB $FERRETDB_VERSION on 127.0.0.1:$MONGO_PORT"
  nohup "$ferret_bin" --handler=sqlite --sqlite-url="file:$data/ferretdb/?_pragma=synchronous(normal)" \
    --listen-addr="127.0.0.1:$MONGO_PORT" --state-dir="$run/ferretdb-state" \
    --telemetry=disable --debug-addr=- --log-level=warn >"$logfile" 2>&1 </dev/null &
  echo $! >"$pidfile"
  wait_port "$MONGO_PORT" FerretDB "$pidfile" "$logfile" 30
}

status() {
  local rc=0
  if pid_alive "$run/kafka.pid" && port_open "$KAFKA_PORT"; then echo "kafka     up    127.0.0.1:$KAFKA_PORT (pid $(cat "$run/kafka.pid"))"
  else echo "kafka     down"; rc=1; fi
  if pid_alive "$run/ferretdb.pid" && port_open "$MONGO_PORT"; then echo "ferretdb  up    127.0.0.1:$MONGO_PORT (pid $(cat "$run/ferretdb.pid"))"
  else echo "ferretdb  down"; rc=1; fi
  return $rc
}

mkdir -p "$run"
case "${1:-} ${2:-}" in
  "fetch ") fetch_kafka; fetch_ferretdb ;;
  "start ") mkdir -p "$cache"; start_ferretdb; start_kafka; status ;;
  "start kafka") mkdir -p "$cache"; start_kafka ;;
  "start ferretdb") mkdir -p "$cache"; start_ferretdb ;;
  "stop ") stop_pid "$run/kafka.pid" Kafka; stop_pid "$run/ferretdb.pid" FerretDB ;;
  "stop kafka") stop_pid "$run/kafka.pid" Kafka ;;
  "stop ferretdb") stop_pid "$run/ferretdb.pid" FerretDB ;;
  "status ") status ;;
  "reset ") stop_pid "$run/kafka.pid" Kafka; stop_pid "$run/ferretdb.pid" FerretDB; rm -rf "$data"; log "data removed" ;;
  *) echo "usage: $0 start|stop [kafka|ferretdb] | status | fetch | reset" >&2; exit 2 ;;
esac
