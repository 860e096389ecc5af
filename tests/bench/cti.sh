#!/usr/bin/env bash
# CTI benchmark: N agents' CTI clients long-poll one local contact center running as its own process.
# Reports p50/p99 from a state change on the server to the event at the client's listener, and the server's
# CPU and memory. Run it as: tests/bench/run cti [agents] [seconds measured]   (defaults: 1000 agents, 60 s)
# The deep-queue case: tests/bench/run cti [agents] [seconds measured] [calls waiting], e.g. 1000 60 5000:
# the agents take calls from a queue that stays that deep; p50/p99 of each operation at the client.
set -euo pipefail
agents="${1:-1000}"
measure="${2:-60}"
waiting="${3:-0}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/tools/env.sh"
source "$root/tests/bench/lib.sh"

echo "Building the client and the local contact center ..."
(cd "$root" && $CALLBENCH_MVN -B -q package -DskipTests \
    -pl bundles/dev.callbench.api,bundles/dev.callbench.cti,bundles/dev.callbench.media,bundles/dev.callbench.server -am) >"$work/build.log" 2>&1 \
  || { tail -30 "$work/build.log"; exit 1; }

cp="$(cti_classpath):$(server_classpath)"

# N agents, all in one routing profile's queue (deep enough for the calls waiting and those the agents hold); no
# simulated traffic.
{
  printf '{"host": "127.0.0.1", "port": 0, "timing": {"maxPollMillis": 30000},\n'
  printf ' "agentStates": [{"name": "Available", "type": "routable"}, {"name": "Break", "type": "not_routable"}, {"name": "Offline", "type": "offline"}],\n'
  printf ' "queues": [{"name": "Bench", "maxContacts": %d}],' "$((waiting + agents + 1000))"
  printf '  "routingProfiles": [{"name": "Bench", "queues": ["Bench"], "defaultOutboundQueue": "Bench"}],\n'
  printf ' "traffic": {"enabled": false},\n "agents": ['
  for i in $(seq 1 "$agents"); do
    [ "$i" -gt 1 ] && printf ','
    printf '{"login": "agent%d", "password": "secret-%d", "name": "Agent %d", "routingProfile": "Bench"}' "$i" "$i" "$i"
  done
  printf ']}\n'
} >"$work/config.json"

start_local_contact_center
endpoint="$base/api"

ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
if [ "$waiting" -gt 0 ]; then
  echo "Queueing $waiting calls, then $agents agents take calls at $base; measuring for $measure s ..."
  "$java" -Dbench.markFile="$work/measuring" -cp "$cp" \
      "$root/tests/bench/cti/DeepQueueBench.java" "$base" "$agents" "$measure" "$waiting" >"$work/client.log" 2>&1 &
else
  echo "Signing in $agents agents at $endpoint, then measuring for $measure s ..."
  "$java" -Dorg.slf4j.simpleLogger.defaultLogLevel=error -Dbench.markFile="$work/measuring" -cp "$cp" \
      "$root/tests/bench/cti/CtiBench.java" "$endpoint" "$agents" "$measure" >"$work/client.log" 2>&1 &
fi
client_pid=$!
bench_pids="$client_pid $bench_pids"
while [ ! -f "$work/measuring" ] && kill -0 "$client_pid" 2>/dev/null; do sleep 0.2; done
start_ticks=$(ticks); start_time=$(date +%s.%N)
wait "$client_pid" || { cat "$work/client.log"; exit 1; }
end_ticks=$(ticks); end_time=$(date +%s.%N)
cat "$work/client.log"
hz=$(getconf CLK_TCK)
cpu=$(awk -v t="$((end_ticks - start_ticks))" -v hz="$hz" -v s="$start_time" -v e="$end_time" \
    'BEGIN { printf "%.0f", 100 * t / hz / (e - s) }')
rss_mb=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server_pid/status")
peak_mb=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$server_pid/status")
if [ "$waiting" -gt 0 ]; then
  deep=$(grep '^DEEP' "$work/client.log")
  p99=$(sed 's/.*p99_ms=\([^ ]*\).*/\1/' <<<"$deep")
  echo "server CPU ${cpu}% of one core while measuring; server RSS ${rss_mb} MB (peak ${peak_mb} MB)"
  echo "RESULT cti agents=$agents waiting=$waiting p99_ms=$p99 server_rss_mb=$rss_mb"
  exit 0
fi
line=$(grep '^LATENCY' "$work/client.log")
p50=$(sed 's/.*p50_ms=\([^ ]*\).*/\1/' <<<"$line")
p99=$(sed 's/.*p99_ms=\([^ ]*\).*/\1/' <<<"$line")
echo "server CPU ${cpu}% of one core while measuring; server RSS ${rss_mb} MB (peak ${peak_mb} MB); p50 ${p50} ms"
echo "RESULT cti agents=$agents p99_ms=$p99 server_rss_mb=$rss_mb"
