#!/usr/bin/env bash
# Runs Authgate's performance benchmarks and prints one report: (1) cold start of Authgate's Lambda artifact
# against a plain Java function with the same SDK call, each started by the AWS Lambda Runtime Interface Client
# against a Runtime API on loopback, with default flags and with the shipped start-up option (AppCDS); (2) warm per-request overhead of
# the Lambda edge and the local web app over the bare SDK call; (3) bad-token rejection throughput. Builds what
# it needs first. Needs JDK 17+ and Maven; about 9 minutes on 2 cores. See benchmarks/README.md.
#
# Options: --runs N (cold starts per deployment, default 7), --warmup N (10000), --requests N (10000),
# --only cold,warm,rejection (default all; "jars" lists what the function loads from each jar of its zip),
# --levers (also measure each start-up lever on its own: about 8 more minutes), --java25 PATH (a JDK 25 java for
# the AOT-cache lever, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

echo "Building Authgate and its benchmarks (mvn package, tests skipped)..." >&2
mvn -B -q -DskipTests package -pl benchmarks -am >&2

classpath="benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/runtime-classpath.txt)"
# The provisioner's jar names its command line's lib/ in its manifest, slf4j-nop among them: naming the provider
# keeps SLF4J from reporting two (and, at WARN, from saying that it was named).
exec java -Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider -Dslf4j.internal.verbosity=WARN -cp "$classpath" \
  dev.authgate.benchmarks.Benchmarks --root "$root" "$@"
