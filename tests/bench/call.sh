#!/usr/bin/env bash
# Call benchmark: one agent takes N softphone calls in a row from a local contact center running as its own process
# (its coturn and its media endpoint included): real CTI client, real media engine process, real media through the
# relay on 127.0.0.1. Reports p50/p99 from routed to media ready (ICE connected) and from accept to the caller's tone
# heard at the agent, the agent side's memory growth per call (media engine + the client JVM that stands in for the
# workbench), and the engine's CPU per active call. Run it as: tests/bench/run call [calls]   (default 200)
set -euo pipefail
calls="${1:-200}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/tools/env.sh"
source "$root/tests/bench/lib.sh"

echo "Building the client, the media engine and the local contact center ..."
(cd "$root" && $CALLBENCH_MVN -B -q package -DskipTests -pl bundles/dev.callbench.api,bundles/dev.callbench.cti,\
bundles/dev.callbench.media,bundles/dev.callbench.softphone.engine,bundles/dev.callbench.softphone,\
bundles/dev.callbench.server -am) \
  >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

cat >"$work/config.json" <<'JSON'
{"host": "127.0.0.1", "port": 0, "timing": {"offerTimeoutMillis": 60000, "afterContactWorkMillis": 600000},
 "queues": [{"name": "Bench"}], "routingProfiles": [{"name": "Bench", "queues": ["Bench"]}],
 "traffic": {"enabled": false},
 "agents": [{"login": "agent1", "password": "secret-1", "name": "Agent 1", "routingProfile": "Bench"}]}
JSON
start_local_contact_center

echo "Taking $calls calls at $base ..."
# the client's heap committed and touched at start: its resizing is no growth (CallBench adds its live heap)
"$java" -Xms256m -Xmx256m -XX:+AlwaysPreTouch -Dorg.slf4j.simpleLogger.defaultLogLevel=error --enable-native-access=ALL-UNNAMED \
    -cp "$(cti_classpath):$(jar_of dev.callbench.softphone):$(library_classpath)" "$root/tests/bench/call/CallBench.java" "$base" "$calls" \
    "$(engine_classpath)" >"$work/client.log" 2>&1 &
client_pid=$!
bench_pids="$client_pid $bench_pids"
wait "$client_pid" || { tail -20 "$work/client.log"; tail -20 "$work/server.log"; exit 1; }
grep "^CALL" "$work/client.log" | tail -3 || { echo "no call was measured:" >&2; tail -20 "$work/client.log" >&2; exit 1; }
grep "^STAGES" "$work/client.log" || true
[ -z "${CALLBENCH_CALL_LOG:-}" ] || cp "$work/client.log" "$CALLBENCH_CALL_LOG" # every call's line, for a closer look
line=$(grep '^SUMMARY' "$work/client.log")
echo "$line"
value() { sed "s/.* $1=\([^ ]*\).*/\1/" <<<"$line"; }
echo "RESULT call media_ready_p50_ms=$(value media_ready_p50_ms) accept_to_audio_p50_ms=$(value accept_to_audio_p50_ms) rss_growth_kb_per_call=$(value rss_growth_kb_per_call)"
