# Sourced by the project's scripts: what this machine must have beside Java and Maven, and where to get it.
# One table for ./run, ./test and the benchmarks; .ci/run installs from the same table.
#   missing_prerequisites GROUP...   prints "what<TAB>debian packages" for each thing GROUP needs and lacks
#   require_prerequisites GROUP...   returns 1 with a sentence naming what to install when anything is missing
# Groups: run (the product), test (every test), bench (the benchmarks).

has_library() { # a shared library the dynamic linker can find (no pipe: grep -q would cut it short under pipefail)
  grep -q "[[:space:]]$1 " <<<"$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null)"
}

has_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null; }

# The real Streams library's dependencies (AWS SDK, Chime SDK) declare Node.js 20 or newer.
CALLBENCH_NODE_MAJOR=20

missing_prerequisites() {
  local groups=" $* "
  has_library libgtk-3.so.0 || printf 'GTK 3 (the window toolkit)\tlibgtk-3-0\n'
  has_library libpulse.so.0 || printf 'libpulse (the softphone audio library)\tlibpulse0\n'
  case "$groups" in *" run "*|*" test "*) # the local contact center starts it for the softphones' audio
    command -v turnserver >/dev/null || printf "coturn (the TURN relay that carries the calls' audio)\tcoturn\n"
    ;; esac
  case "$groups" in *" test "*|*" bench "*)
    has_display || command -v xvfb-run >/dev/null || printf 'Xvfb (a screen for the UI tests)\txvfb xauth\n'
    command -v import >/dev/null || printf "ImageMagick's import (screenshots)\timagemagick\n"
    ;; esac
  case "$groups" in *" test "*)
    command -v npm >/dev/null || printf 'npm (installs the Streams library for its test)\tnpm\n'
    # the ringtone tests start a PulseAudio of their own with null sinks, and record them with parec
    command -v pulseaudio >/dev/null || printf 'PulseAudio (a sound server for the ringtone tests)\tpulseaudio\n'
    { command -v pactl && command -v pacat && command -v parec; } >/dev/null \
      || printf "PulseAudio's pactl, pacat and parec (the ringer plays and the tests record with them)\tpulseaudio-utils\n"
    local node; node=$(node_major)
    if [ -z "$node" ]; then printf 'Node.js %s or newer (runs the Streams library)\tnodejs\n' "$CALLBENCH_NODE_MAJOR"
    elif [ "$node" -lt "$CALLBENCH_NODE_MAJOR" ]; then
      printf 'Node.js %s or newer (this machine has Node.js %s)\tnodejs\n' "$CALLBENCH_NODE_MAJOR" "$node"
    fi
    ;; esac
  case "$groups" in *" test "*|*" bench "*) # the Extensions test presses keys in the installed product's window
    command -v xdotool >/dev/null || printf 'xdotool (finds the window and presses keys in it)\txdotool\n'
    ;; esac
  case "$groups" in *" bench "*)
    command -v xwininfo >/dev/null || printf 'xwininfo (tells when the window is shown)\tx11-utils\n'
    ;; esac
  return 0
}

require_prerequisites() {
  local missing; missing=$(missing_prerequisites "$@")
  [ -z "$missing" ] && return 0
  echo "This machine lacks what Callbench needs here:" >&2
  printf '%s\n' "$missing" | cut -f1 | sed 's/^/  - /' >&2
  echo "Install it (Debian: apt-get install $(printf '%s\n' "$missing" | cut -f2 | tr '\n' ' ' | sed 's/ $//')), or run .ci/run, which does." >&2
  return 1
}

require_display() {
  has_display && return 0
  echo "Callbench opens a window, and there is no display here (DISPLAY is not set)." >&2
  echo "Start it from a desktop session, or under Xvfb: xvfb-run -a ./run" >&2
  return 1
}
