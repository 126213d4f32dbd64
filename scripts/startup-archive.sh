#!/usr/bin/env bash
# Makes the start-up archive of the API function for a container image or a custom runtime, where the image holds
# the JVM (the managed runtime's command line belongs to AWS, so its zip cannot carry one):
#
#   scripts/startup-archive.sh [--java PATH] DIR
#
# Unpacks the built Lambda zip's lib/ into DIR/lib and runs one training start with that JVM (dev.authgate.snapstart.
# ArchiveTraining: a sign-in against a canned Cognito on loopback, and requests that end before Cognito; no network
# needed), which writes DIR/authgate.jsa (AppCDS, JDK 17 to 24) or DIR/authgate.aot (AOT cache, JDK 25 and later).
# Run it where the image is built, with the image's own JVM, and DIR where the image keeps it: the archive is only
# valid for that JVM build and for the jars at those paths. It prints the command line that starts the function on
# the Lambda Runtime Interface Client, whose jars go after the function's (RIC_JARS). See benchmarks/README.md.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
java=java
while [[ $# -gt 1 ]]; do
  case "$1" in
    --java) java=$2; shift 2 ;;
    *) break ;;
  esac
done
if [[ $# -ne 1 || "$1" == -* ]]; then
  echo "usage: scripts/startup-archive.sh [--java PATH] DIR" >&2
  exit 2
fi
mkdir -p "$1"
dir=$(cd "$1" && pwd)

zip="$root/functions/target/authgate-lambda.zip"
[[ -f "$zip" ]] || { echo "No Lambda artifact at $zip: run mvn package first" >&2; exit 1; }

rm -rf "$dir/lib"
(cd "$dir" && jar xf "$zip" lib)
classpath=$(find "$dir/lib" -name '*.jar' | LC_ALL=C sort | paste -sd:)

feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if (( feature >= 25 )); then
  archive="$dir/authgate.aot"
  train=(-XX:AOTCacheOutput="$archive")
  use=-XX:AOTCache="$archive"
else
  archive="$dir/authgate.jsa"
  train=(-XX:ArchiveClassesAtExit="$archive")
  use=-XX:SharedArchiveFile="$archive"
fi
rm -f "$archive"
# The flags of Lambda's Java runtime, which the function starts with too: an archive is made for one set of them.
flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
"$java" "${train[@]}" "${flags[@]}" -Xlog:disable -Xlog:all=error:stderr -cp "$classpath" dev.authgate.snapstart.ArchiveTraining >&2
[[ -f "$archive" ]] || { echo "The training run wrote no archive at $archive" >&2; exit 1; }

echo "Start the function with:" >&2
echo "$(printf '%q ' "$java" "$use" "${flags[@]}")-cp \"$classpath:\$RIC_JARS\"" \
  com.amazonaws.services.lambda.runtime.api.client.AWSLambda dev.authgate.lambda.ApiHandler::handleRequest
