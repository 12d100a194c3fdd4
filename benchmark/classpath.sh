# Sourced by run.sh, minified.sh and many-files.sh: builds this folder and its class path (plain java -cp, so the JVM flags
# are the script's), then sets CP, engine classes from JIXIAO_ENGINE_CLASSES first when it is set. Expects BENCH and
# ROOT (the benchmark folder and the repository root) and the caller's name in SCRIPT; MAVEN_REPO_LOCAL (another local
# repository) becomes MVN_REPO_OPT unless the caller set that already.
if [ -z "${MVN_REPO_OPT+x}" ]; then
  MVN_REPO_OPT=()
  if [ -n "${MAVEN_REPO_LOCAL:-}" ]; then MVN_REPO_OPT=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL"); fi
fi
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
