# The event bus against Equinox EventAdmin (sendEvent and postEvent), 1, 10 and 100 listeners, with JMH:
# throughput and p50/p99 latency. Ends with
#   RESULT eventbus ratio_vs_eventadmin=<bus / EventAdmin sendEvent throughput, 10 listeners> p99_us=<bus p99, 10 listeners>
#     ratio_vs_postevent=<bus / EventAdmin postEvent throughput, 10 listeners>
set -e
cd "$CALLBENCH_ROOT"
echo "Building the API and event bus bundles ..." >&2
"$CALLBENCH_MVN" -B -q install -pl bundles/dev.callbench.api,bundles/dev.callbench.events -am -DskipTests >&2
echo "Building the benchmark ..." >&2
"$CALLBENCH_MVN" -B -q -f tests/bench/eventbus/pom.xml package >&2
bench=tests/bench/eventbus/target
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$bench/classes:$(cat "$bench/classpath.txt")" dev.callbench.bench.eventbus.Main "$@"
