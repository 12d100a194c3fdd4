# Sourced by run.sh, minified.sh and many-files.sh: builds this folder and its class path (plain java -cp, so the JVM flags
# are the script's), then sets CP, engine classes from JIXIAO_ENGINE_CLASSES first when it is set. Expects BENCH and
# ROOT (the benchmark folder and the repository root) and the caller's name in SCRIPT; MVN_REPO_OPT (an array of
# Maven options naming another local repository) when the caller sets it.
build() {
  "$ROOT/mvnw" -B -q "$@" ${MVN_REPO_OPT[@]+"${MVN_REPO_OPT[@]}"} -f "$BENCH/pom.xml" package dependency:build-classpath \
    -Dmdep.outputFile="$BENCH/target/classpath.txt" -Dmdep.includeScope=runtime
}
(cd "$ROOT" && build -o) || (cd "$ROOT" && build)
CP="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"
if [ -n "${JIXIAO_ENGINE_CLASSES:-}" ]; then
  CP="$JIXIAO_ENGINE_CLASSES:$CP"
  echo "$SCRIPT: engine classes from $JIXIAO_ENGINE_CLASSES"
fi
