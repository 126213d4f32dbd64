# Builds the project's runnable parts when they are missing or older than the sources. Sourced by the scripts.

build_stamp="$root/target/.local-build"

build_if_stale() {
  if [[ -f "$build_stamp" && -f "$(emulator_jar)" && -f "$(provisioner_jar)" && -f "$root/functions/target/runtime-classpath.txt" ]] \
     && [[ -z "$(find "$root" -path "$root/.local" -prune -o -path '*/node_modules' -prune -o -path '*/target' -prune -o \
                 -type f \( -name '*.java' -o -name 'pom.xml' -o -name '*.yaml' -o -name '*.properties' -o -name '*.imports' \) \
                 -newer "$build_stamp" -print -quit)" ]]; then
    return 0
  fi
  echo "Building Authgate (mvn package, tests skipped)..." >&2
  (cd "$root" && mvn -B -q -DskipTests package) >&2
  mkdir -p "$(dirname "$build_stamp")"
  touch "$build_stamp"
}

emulator_jar() { echo "$root/cognito-emulator/target/cognito-emulator-0.1.0-SNAPSHOT.jar"; }
provisioner_jar() { echo "$root/provisioner/target/provisioner-0.1.0-SNAPSHOT.jar"; }
functions_classpath() { echo "$root/functions/target/functions-0.1.0-SNAPSHOT.jar:$(cat "$root/functions/target/runtime-classpath.txt")"; }
