# Sourced after tools/env.sh: where the Linux product is, and how to build it when the sources are newer.

CALLBENCH_PRODUCT_DIR="$CALLBENCH_ROOT/releng/dev.callbench.product/target/products/dev.callbench.product/linux/gtk/x86_64/callbench"

product_is_current() {
  [ -f "$CALLBENCH_PRODUCT_DIR/configuration/config.ini" ] || return 1
  local newer
  newer=$(find "$CALLBENCH_ROOT/bundles" "$CALLBENCH_ROOT/features" "$CALLBENCH_ROOT/releng" "$CALLBENCH_ROOT/pom.xml" \
      -newer "$CALLBENCH_PRODUCT_DIR/configuration/config.ini" -type f -not -path '*/target/*' -not -path '*/bin/*' -print -quit)
  [ -z "$newer" ]
}

build_product_if_needed() {
  product_is_current && return 0
  echo "Building Callbench (first time, or sources changed) ..." >&2
  (cd "$CALLBENCH_ROOT" && "$CALLBENCH_MVN" -B -q -DskipTests \
      -pl releng/dev.callbench.product -am verify) || {
    echo "The build failed; the messages above say why." >&2
    return 1
  }
}
