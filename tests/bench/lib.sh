# Sourced by the benchmarks, after tools/env.sh.
#   a work folder ($work) and a trap that stops, by their own pids, the processes in $bench_pids, then removes it
#   start_local_contact_center   runs the server on $work/config.json; sets server_pid and base (its URL)
#   server_classpath   the local contact center (with its signaling and media endpoints)
#   cti_classpath      the CTI client
#   engine_classpath   the softphone's media engine process
# The class paths are plain, from the build's jars and the Maven repository.
java="$CALLBENCH_JAVA_HOME/bin/java"
work="$(mktemp -d)"
bench_pids=""
bench_cleanup() {
  local pid
  # under set -e a failing last command of an && list ends the shell: its kill would be the run's exit status
  for pid in $bench_pids; do { kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; } || true; done
  rm -rf "$work"
  return 0 # a process that ended by our kill is not the benchmark's failure
}
trap bench_cleanup EXIT

start_local_contact_center() {
  "$java" -Xmx512m --enable-native-access=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      -cp "$(server_classpath)" dev.callbench.server.internal.LocalContactCenterMain --config "$work/config.json" \
      --port-file "$work/port" >"$work/server.log" 2>&1 &
  server_pid=$!
  bench_pids="$server_pid $bench_pids"
  local _
  for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.2; done
  [ -s "$work/port" ] || { cat "$work/server.log"; echo "the local contact center did not start" >&2; exit 1; }
  base="http://127.0.0.1:$(cat "$work/port")"
}

m2="${MAVEN_REPO:-$HOME/.m2/repository}"

jar_of() { # the bundle jar the build made in bundles/$1
  ls "$CALLBENCH_ROOT/bundles/$1/target/$1"-*-SNAPSHOT.jar | grep -v sources | head -1
}

library_classpath() {
  local cp="$m2/com/google/code/gson/gson/2.13.2/gson-2.13.2.jar"
  cp="$cp:$m2/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar:$m2/org/slf4j/slf4j-simple/2.0.17/slf4j-simple-2.0.17.jar"
  local webrtc="$m2/dev/onvoid/webrtc/webrtc-java/0.14.0"
  echo "$cp:$webrtc/webrtc-java-0.14.0.jar:$webrtc/webrtc-java-0.14.0-linux-x86_64.jar"
}

server_classpath() {
  local cp a
  cp="$(jar_of dev.callbench.server):$(jar_of dev.callbench.media):$(library_classpath)"
  for a in jetty-server jetty-http jetty-io jetty-util; do cp="$cp:$m2/org/eclipse/jetty/$a/12.1.14/$a-12.1.14.jar"; done
  for a in core-common core-server jetty-api jetty-common jetty-server; do
    cp="$cp:$m2/org/eclipse/jetty/websocket/jetty-websocket-$a/12.1.14/jetty-websocket-$a-12.1.14.jar"
  done
  echo "$cp"
}

cti_classpath() {
  echo "$(jar_of dev.callbench.api):$(jar_of dev.callbench.cti):$m2/org/eclipse/platform/org.eclipse.osgi/3.24.300/org.eclipse.osgi-3.24.300.jar"
}

engine_classpath() {
  echo "$(jar_of dev.callbench.softphone.engine):$(jar_of dev.callbench.media):$(library_classpath)"
}
