# Sourced by the project's scripts: finds a JDK 21+ and a Maven 3.9+, bootstrapping Maven by coordinates.
# Sets CALLBENCH_JAVA_HOME and CALLBENCH_MVN, and exports JAVA_HOME.

export CALLBENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CALLBENCH_TOOLS="${CALLBENCH_TOOLS:-$HOME/.cache/callbench}"
CALLBENCH_MAVEN_VERSION=3.9.11

java_major() { # the major version of the java binary $1: from its JDK's release file, else by asking it
  local home; home=$(dirname "$(dirname "$(readlink -f "$1")")")
  if [ -f "$home/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release"
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
  fi
}

find_java21() {
  local candidate
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null)" \
      /usr/lib/jvm/*/bin/java /opt/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    [ -x "$candidate" ] || continue
    local major; major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      (cd "$(dirname "$candidate")/.." && pwd)
      return 0
    fi
  done
  return 1
}

maven_ok() { # true when mvn $1 is 3.9 or newer
  local v; v=$("$1" -v 2>/dev/null | sed -n 's/^Apache Maven \([0-9]*\.[0-9]*\).*/\1/p')
  [ -n "$v" ] && [ "$(printf '%s\n3.9\n' "$v" | sort -V | head -1)" = "3.9" ]
}

find_maven39() {
  local bundled="$CALLBENCH_TOOLS/apache-maven-$CALLBENCH_MAVEN_VERSION/bin/mvn"
  if [ -x "$bundled" ]; then echo "$bundled"; return 0; fi
  local system; system=$(command -v mvn 2>/dev/null)
  if [ -n "$system" ] && maven_ok "$system"; then echo "$system"; return 0; fi
  [ -n "$system" ] || {
    echo "Callbench's build needs Maven, and none was found: install Maven 3 (any version; Debian: apt-get install maven)," >&2
    echo "and the scripts fetch the Maven $CALLBENCH_MAVEN_VERSION the build needs by themselves." >&2
    return 1
  }
  fetch_maven "$system" && echo "$bundled"
}

fetch_maven() { # fetches Maven $CALLBENCH_MAVEN_VERSION with the installed Maven $1 into $CALLBENCH_TOOLS
  echo "Fetching Maven $CALLBENCH_MAVEN_VERSION by its coordinates (once, into $CALLBENCH_TOOLS) ..." >&2
  mkdir -p "$CALLBENCH_TOOLS" || return 1
  local work; work=$(mktemp -d "$CALLBENCH_TOOLS/.fetch.XXXXXX") || return 1
  # An empty folder with an empty .mvn: Maven looks for .mvn upwards from where it starts, and the project's own
  # .mvn loads Tycho 5, which an older Maven cannot run. The old dependency plugin runs on every Maven 3.
  mkdir "$work/.mvn" "$work/unpacked"
  local output
  if output=$(cd "$work" && "$1" -q -B org.apache.maven.plugins:maven-dependency-plugin:2.10:copy \
        -Dartifact=org.apache.maven:apache-maven:$CALLBENCH_MAVEN_VERSION:zip:bin -DoutputDirectory="$work" 2>&1) \
      && (cd "$work/unpacked" && "$JAVA_HOME/bin/jar" xf "$work/apache-maven-$CALLBENCH_MAVEN_VERSION-bin.zip") \
      && chmod +x "$work/unpacked/apache-maven-$CALLBENCH_MAVEN_VERSION/bin/"* \
      && mv "$work/unpacked/apache-maven-$CALLBENCH_MAVEN_VERSION" "$CALLBENCH_TOOLS/"; then
    rm -rf "$work"
    return 0
  fi
  rm -rf "$work"
  [ -z "$output" ] || echo "$output" >&2
  echo "Maven $CALLBENCH_MAVEN_VERSION could not be fetched with $1 (the messages above say why)." >&2
  return 1
}

CALLBENCH_JAVA_HOME=$(find_java21) || {
  echo "Callbench needs Java 21 or newer, and none was found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "Install a JDK 21+ or point JAVA_HOME at one." >&2
  return 1 2>/dev/null || exit 1
}
export JAVA_HOME="$CALLBENCH_JAVA_HOME" CALLBENCH_JAVA_HOME
# Maven's own libraries use sun.misc.Unsafe; Java 24+ warns about it on every build unless told to allow it.
if [ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
fi
CALLBENCH_MVN=$(find_maven39) || return 1 2>/dev/null || exit 1
export CALLBENCH_MVN
