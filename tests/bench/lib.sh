# Sourced by the benchmarks: plain class paths of the suite's parts, from the build's jars and the Maven repository.
#   server_classpath   the local contact center (with its signaling and media endpoints)
#   cti_classpath      the CTI client
#   engine_classpath   the softphone's media engine process
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
