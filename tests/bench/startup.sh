# The Linux product, started RUNS times (default 5), under Xvfb unless a display is set: the median time from start to
# an interactive window (the control panel logs that the agent can change their state: signed in to the local contact
# center it started), and the workbench's resident memory idle; then, in the last run, a real call taken with the
# keyboard (Ctrl+1 Available, Ctrl+Shift+A accept) and the resident memory of every agent process during it (the
# workbench and its media engine); last, the longest UI-thread stall of the real workbench while it handles a burst of
# 1,000 contact events (UiStallBenchmark, in the UI test runtime: the product has no way in for such a burst).
set -e
source "$CALLBENCH_ROOT/tools/product.sh"
build_product_if_needed
runs="${RUNS:-5}"

if [ -z "$DISPLAY" ]; then
  exec xvfb-run -a -s '-screen 0 1280x800x24' env RUNS="$runs" bash "$0" "$@"
fi

await() { # $1 what, then a command: polls it every 20 ms, for 120 s at most
  local what=$1 tries=6000; shift
  until "$@"; do
    tries=$((tries - 1)); [ "$tries" -gt 0 ] || { echo "gave up waiting for $what" >&2; return 1; }
    sleep 0.02
  done
}
interactive() { grep -q 'Interactive:' "$1"; }
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
child_with() { # the pid of $1's child process whose command line holds $2
  local child
  for child in $(pgrep -P "$1"); do
    tr '\0' ' ' <"/proc/$child/cmdline" | grep -q -- "$2" && { echo "$child"; return 0; }
  done
  return 1
}
main_window() { # a window titled Callbench that X reports viewable (e4 also makes small unmapped shells)
  local id
  for id in $(xdotool search --name '^Callbench' 2>/dev/null); do
    xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' && { echo "$id"; return 0; }
  done
  return 1
}
admin() { curl -s -X "$1" "http://127.0.0.1:$port/admin/$2" ${3:+-H 'Content-Type: application/json' -d "$3"}; }
agent_is() { admin GET agents | grep -q "$1"; }

take_a_call() { # in the running product $1: the agent goes Available and accepts a call with the keyboard
  local server portfile window contact engine
  server=$(child_with "$1" LocalContactCenterMain)
  portfile=$(tr '\0' '\n' <"/proc/$server/cmdline" | grep -A1 -- '--port-file' | tail -1)
  port=$(cat "$portfile")
  window=$(main_window)
  xdotool windowfocus --sync "$window" key ctrl+1
  await "the agent Available" agent_is '"state":"Available"'
  contact=$(admin POST calls '{"queue":"BasicQueue","phoneNumber":"+15555550100"}' | sed 's/.*"contactId":"\([^"]*\)".*/\1/')
  await "the call offered" agent_is "\"contactId\":\"$contact\",\"state\":\"connecting\""
  # the server offers it before the workbench's next snapshot shows it: the key does nothing until then, so it is
  # pressed again every half second, as an agent would
  for try in $(seq 40); do
    xdotool windowfocus --sync "$window" key ctrl+shift+a
    agent_is "\"contactId\":\"$contact\",\"state\":\"connected\"" && break
    sleep 0.5
  done
  await "the call connected" agent_is "\"contactId\":\"$contact\",\"state\":\"connected\""
  sleep 3 # the call settles: media flowing, statistics every second
  engine=$(child_with "$1" MediaEngineMain)
  rss_call=$(( ($(rss_kb "$1") + $(rss_kb "$engine")) / 1024 ))
  admin POST "calls/$contact/hangup" >/dev/null
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
times=(); rss=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$CALLBENCH_PRODUCT_DIR/callbench" -data "$work/data$i" > "$work/out$i" 2>&1 &
  pid=$!
  if ! await "an interactive window" interactive "$work/out$i"; then
    kill "$pid" 2>/dev/null; echo "the product said:" >&2; cat "$work/out$i" >&2; exit 1
  fi
  end=$(date +%s%N)
  sleep 3 # idle: what the workbench holds once it has settled
  times+=($(( (end - start) / 1000000 ))); rss+=($(( $(rss_kb "$pid") / 1024 )))
  [ "$i" -lt "$runs" ] || take_a_call "$pid"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "start $i: interactive after ${times[-1]} ms, rss ${rss[-1]} MB"
done
echo "The UI-thread stall during a burst of contact events (the UI test runtime, a few minutes) ..."
(cd "$CALLBENCH_ROOT" && "$CALLBENCH_MVN" -B -o verify -Dtest=UiStallBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DfailIfNoTests=false -pl '!tests/dev.callbench.product.tests,!releng/dev.callbench.product,!releng/dev.callbench.site') \
  > "$work/stall.log" 2>&1 || { tail -40 "$work/stall.log" >&2; exit 1; }
grep 'UI stall: longest' "$work/stall.log"
stall=$(sed -n 's/.*UI stall: longest \([0-9]*\) ms.*/\1/p' "$work/stall.log" | tail -1)
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "in a call: the workbench and its media engine hold ${rss_call} MB"
echo "RESULT startup window_ms=$(median "${times[@]}") rss_mb=$(median "${rss[@]}") rss_call_mb=${rss_call} ui_stall_ms=${stall:-none}"
