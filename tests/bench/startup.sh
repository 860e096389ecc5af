# Time from starting the Linux product to its window on screen, and its resident memory then.
# Median of RUNS starts (default 5), under Xvfb unless a display is set.
set -e
source "$CALLBENCH_ROOT/tools/product.sh"
build_product_if_needed
runs="${RUNS:-5}"

if [ -z "$DISPLAY" ]; then
  exec xvfb-run -a -s '-screen 0 1280x800x24' env RUNS="$runs" bash "$0" "$@"
fi

# The main window: a window titled Callbench that X reports viewable (e4 also makes small unmapped shells).
window_shown() {
  local id
  for id in $(xdotool search --name '^Callbench' 2>/dev/null); do
    xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' && return 0
  done
  return 1
}

await_window() { # polls every 20 ms, for 120 s at most
  local tries=6000
  until window_shown; do
    tries=$((tries - 1)); [ "$tries" -gt 0 ] || return 1
    sleep 0.02
  done
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
times=(); rss=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$CALLBENCH_PRODUCT_DIR/callbench" -data "$work/data$i" > "$work/out$i" 2>&1 &
  pid=$!
  if ! await_window; then
    kill "$pid" 2>/dev/null; echo "the window did not appear; the product said:" >&2; cat "$work/out$i" >&2; exit 1
  fi
  end=$(date +%s%N)
  kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status") # the start script execs java: same pid
  kill "$pid"; wait "$pid" 2>/dev/null || true
  times+=($(( (end - start) / 1000000 ))); rss+=($(( kb / 1024 )))
  echo "start $i: window after ${times[-1]} ms, rss ${rss[-1]} MB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "RESULT startup window_ms=$(median "${times[@]}") rss_mb=$(median "${rss[@]}")"
