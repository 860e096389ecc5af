# Time from starting the Linux product to its window on screen, and its resident memory then.
# Median of RUNS starts (default 5), under Xvfb unless a display is set.
set -e
source "$CALLBENCH_ROOT/tools/product.sh"
build_product_if_needed
runs="${RUNS:-5}"

if [ -z "$DISPLAY" ]; then
  exec xvfb-run -a -s '-screen 0 1280x800x24' env RUNS="$runs" bash "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
times=(); rss=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$CALLBENCH_PRODUCT_DIR/callbench" -data "$work/data$i" > "$work/out$i" 2>&1 &
  pid=$!
  if ! timeout 60 xdotool search --sync --onlyvisible --name '^Callbench$' > /dev/null; then
    kill "$pid" 2>/dev/null; echo "the window did not appear; the product said:" >&2; cat "$work/out$i" >&2; exit 1
  fi
  end=$(date +%s%N)
  java_pid=$(pgrep -P "$pid" java || echo "$pid")
  kb=$(awk '/^VmRSS/ {print $2}' "/proc/$java_pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  times+=($(( (end - start) / 1000000 ))); rss+=($(( kb / 1024 )))
  echo "start $i: window after ${times[-1]} ms, rss ${rss[-1]} MB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "RESULT startup window_ms=$(median "${times[@]}") rss_mb=$(median "${rss[@]}")"
