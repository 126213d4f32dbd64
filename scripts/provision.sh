#!/usr/bin/env bash
# Runs the provisioner (building it first when it is missing or older than the sources):
#
#   scripts/provision.sh <command> [options]     commands: synth, deploy, destroy, outputs, local
#   scripts/provision.sh synth --mode <UserPassword|Passwordless> --surfaces <auth,cognito-gateway> --out <file>
#   scripts/provision.sh outputs [--json | --cdk]   Name=value lines, JSON, or <stack>.Name = value lines
#   scripts/provision.sh <command> --help
#
# Other tooling relies on this interface. Build messages go to standard error, so standard output carries only
# what the command prints (a template, or the stack's outputs). The exit code is the provisioner's: 0 done,
# 1 failed, 2 wrong usage.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# shellcheck source=scripts/lib/build.sh
source "$root/scripts/lib/build.sh"
build_if_stale

# deploy's --artifact default, wherever this is run from.
export AUTHGATE_ARTIFACT="${AUTHGATE_ARTIFACT:-$root/functions/target/authgate-lambda.zip}"
exec java -jar "$(provisioner_jar)" "$@"
