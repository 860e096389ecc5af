#!/usr/bin/env bash
# CTI benchmark: N agents' CTI clients long-poll one local contact center running as its own process.
# Reports p50/p99 from a state change on the server to the event at the client's listener, and the server's
# CPU and memory. Run it as: tests/bench/run cti [agents] [seconds measured]   (defaults: 1000 agents, 60 s)
set -euo pipefail
agents="${1:-1000}"
measure="${2:-60}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/tools/env.sh"
source "$root/tests/bench/lib.sh"

echo "Building the client and the local contact center ..."
(cd "$root" && $CALLBENCH_MVN -B -q package -DskipTests \
    -pl bundles/dev.callbench.api,bundles/dev.callbench.cti,bundles/dev.callbench.media,bundles/dev.callbench.server -am) >"$work/build.log" 2>&1 \
  || { tail -30 "$work/build.log"; exit 1; }

cp="$(cti_classpath):$(server_classpath)"

# N agents, each alone in its own routing profile's queue; no simulated traffic.
{
  printf '{"host": "127.0.0.1", "port": 0, "timing": {"maxPollMillis": 30000},\n'
  printf ' "agentStates": [{"name": "Available", "type": "routable"}, {"name": "Break", "type": "not_routable"}, {"name": "Offline", "type": "offline"}],\n'
  printf ' "queues": [{"name": "Bench"}], "routingProfiles": [{"name": "Bench", "queues": ["Bench"], "defaultOutboundQueue": "Bench"}],\n'
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
echo "Signing in $agents agents at $endpoint, then measuring for $measure s ..."
"$java" -Dorg.slf4j.simpleLogger.defaultLogLevel=error -Dbench.markFile="$work/measuring" -cp "$cp" \
    "$root/tests/bench/cti/CtiBench.java" "$endpoint" "$agents" "$measure" >"$work/client.log" 2>&1 &
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
line=$(grep '^LATENCY' "$work/client.log")
p50=$(sed 's/.*p50_ms=\([^ ]*\).*/\1/' <<<"$line")
p99=$(sed 's/.*p99_ms=\([^ ]*\).*/\1/' <<<"$line")
echo "server CPU ${cpu}% of one core while measuring; server RSS ${rss_mb} MB (peak ${peak_mb} MB); p50 ${p50} ms"
echo "RESULT cti agents=$agents p99_ms=$p99 server_rss_mb=$rss_mb"
