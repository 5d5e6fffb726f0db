#!/usr/bin/env bash
# Starts (or stops) a throw-away ActiveMQ Artemis broker for the container tests on jms.type=artemis, on loopback only.
#   artemis.sh start DIR PORT   creates a fresh broker instance in DIR/instance from the distribution the build unpacked
#                               into DIR/dist, with Threadline's addresses and settings (src-artemis/create-broker.sh),
#                               one acceptor on 127.0.0.1:PORT for every protocol (core, AMQP 1.0, STOMP), login
#                               required (threadline/threadline), and waits until it accepts connections
#   artemis.sh stop DIR         stops it
# Redelivery and queue depth as the test servers' embedded engine has them: MAX_DELIVERY_ATTEMPTS, REDELIVERY_DELAY_MS,
# MAX_QUEUE_DEPTH from the environment (the pom sets them).
set -euo pipefail

action=${1:?start or stop}
dir=${2:?broker directory}
port=${3:-61616}
pidfile="$dir/artemis.pid"
scripts=$(cd "$(dirname "$0")" && pwd)

stop() {
  [ -f "$pidfile" ] || return 0
  local pid
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill -9 "$pid"
      echo "Artemis did not stop within 30 s: killed"
    fi
    echo "Artemis stopped"
  fi
  rm -f "$pidfile"
}

case "$action" in
  start)
    stop
    home=$(ls -d "$dir"/dist/apache-artemis-* 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$home" ] && [ -x "$home/bin/artemis" ] || { echo "No Artemis distribution in $dir/dist" >&2; exit 1; }
    rm -rf "$dir/instance"
    bash "$scripts/../../../../src-artemis/create-broker.sh" "$home" "$dir/instance" \
      --host 127.0.0.1 --default-port "$port" --name threadline-it \
      --no-amqp-acceptor --no-stomp-acceptor --no-mqtt-acceptor --no-hornetq-acceptor --no-web \
      --user threadline --password threadline --require-login --nio --java-memory 512M
    nohup "$dir/instance/bin/artemis" run >"$dir/artemis.out" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 120); do
      if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        tail -n 40 "$dir/artemis.out" >&2
        echo "Artemis exited while starting" >&2
        exit 1
      fi
      if timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
        echo "Artemis $(basename "$home" | sed 's/apache-artemis-//') ready on 127.0.0.1:$port"
        exit 0
      fi
      sleep 0.5
    done
    tail -n 40 "$dir/artemis.out" >&2
    echo "Artemis did not accept connections on 127.0.0.1:$port within 60 s" >&2
    stop
    exit 1
    ;;
  stop)
    stop
    ;;
  *)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
