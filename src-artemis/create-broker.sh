#!/usr/bin/env bash
# Creates an ActiveMQ Artemis broker instance for Threadline (jms.type=artemis): `artemis create`, then Threadline's
# addresses, queues and address settings (redelivery, exception addresses, depth limits) from the files beside this
# script, and optionally TLS on every acceptor.
#
#   create-broker.sh ARTEMIS_HOME INSTANCE_DIR [artemis create options...]
#
# The options go to `artemis create` as they are, e.g. for production
#   --user threadline --password '...' --require-login --host mq1.example.com --name mq1
# (without --no-amqp-acceptor / --no-stomp-acceptor the instance listens for AMQP 1.0 on 5672 and STOMP on 61613 besides
# the all-protocol acceptor on 61616 that Liberty's resource adapter uses).
#
# Environment (defaults are the embedded engine's: src-liberty/includes/messaging-embedded.xml):
#   MAX_DELIVERY_ATTEMPTS   failed deliveries before a message moves to its exception address (5)
#   REDELIVERY_DELAY_MS     pause before a failed message is delivered again (2000)
#   MAX_QUEUE_DEPTH         messages a queue holds before sends to it fail (200000)
#   TLS_KEY_STORE, TLS_KEY_STORE_PASSWORD
#                           when set, every acceptor takes TLS only (sslEnabled=true) with this key store (PKCS12 or JKS);
#                           clients then need sslEnabled=true and a trust store holding the broker's certificate
set -euo pipefail

home=${1:?ARTEMIS_HOME: the unpacked apache-artemis distribution}
instance=${2:?INSTANCE_DIR: where to create the broker instance}
shift 2
here=$(cd "$(dirname "$0")" && pwd)

max_delivery_attempts=${MAX_DELIVERY_ATTEMPTS:-5}
redelivery_delay_ms=${REDELIVERY_DELAY_MS:-2000}
max_queue_depth=${MAX_QUEUE_DEPTH:-200000}

"$home/bin/artemis" create "$instance" --silent "$@" >"${instance%/}.create.log" 2>&1 \
  || { cat "${instance%/}.create.log" >&2; exit 1; }

broker="$instance/etc/broker.xml"
fill() {
  sed -e "s/@MAX_DELIVERY_ATTEMPTS@/$max_delivery_attempts/g" \
      -e "s/@REDELIVERY_DELAY_MS@/$redelivery_delay_ms/g" \
      -e "s/@MAX_QUEUE_DEPTH@/$max_queue_depth/g" "$1"
}
settings=$(mktemp)
addresses=$(mktemp)
trap 'rm -f "$settings" "$addresses"' EXIT
fill "$here/threadline-address-settings.xml" >"$settings"
fill "$here/threadline-addresses.xml" >"$addresses"

# broker.xml as `artemis create` writes it has one </address-settings> and one </addresses>: Threadline's go before them.
for tag in '</address-settings>' '</addresses>'; do
  [ "$(grep -c "$tag" "$broker")" -eq 1 ] || { echo "$broker: expected one $tag" >&2; exit 1; }
done
# Liberty's batch events are addresses like batch/jobs/execution/started: with "/" as the wildcard delimiter, the
# subscription batch/# hears them all (Threadline's own addresses hold no wildcards, so "." stays a plain character).
awk -v settings="$settings" -v addresses="$addresses" '
  /<\/address-settings>/ { while ((getline line < settings) > 0) print line
                           print
                           print "      <wildcard-addresses><delimiter>/</delimiter></wildcard-addresses>"
                           next }
  /<\/addresses>/        { while ((getline line < addresses) > 0) print line }
  { print }' "$broker" >"$broker.new"
mv "$broker.new" "$broker"

if [ -n "${TLS_KEY_STORE:-}" ]; then
  sed -i -E "s#(<acceptor name=\"[^\"]+\">tcp://[^<]*)</acceptor>#\1;sslEnabled=true;keyStorePath=${TLS_KEY_STORE};keyStorePassword=${TLS_KEY_STORE_PASSWORD:?TLS_KEY_STORE_PASSWORD}</acceptor>#" "$broker"
fi

echo "Threadline broker instance ready in $instance (redelivery: $max_delivery_attempts attempts, ${redelivery_delay_ms} ms apart; queue depth $max_queue_depth)"
