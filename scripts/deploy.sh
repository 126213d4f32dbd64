#!/usr/bin/env bash
# Deploys Authgate to AWS: builds the Lambda artifact when it is missing or stale, then runs
# `scripts/provision.sh deploy` with the options given (see `scripts/provision.sh deploy --help`):
#
#   scripts/deploy.sh [--config authgate.yaml] [--region eu-west-1] [--profile p] [--stack-name s] [--json] ...
#
# Progress goes to standard error; standard output gets AuthApiURL=..., AuthApiIssuer=..., AuthApiJwksUri=...,
# UserPoolId=... and UserPoolClientId=... lines (or one JSON object with --json). Credentials and region come
# from the standard AWS chain (AWS_PROFILE, AWS_REGION, ~/.aws/config, ...).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# shellcheck source=scripts/lib/build.sh
source "$root/scripts/lib/build.sh"
build_if_stale
artifact="$root/functions/target/authgate-lambda.zip"
if [[ ! -f "$artifact" ]]; then
  echo "Building the Lambda artifact (mvn package, tests skipped)..." >&2
  (cd "$root" && mvn -B -q -DskipTests package) >&2
fi

AUTHGATE_ARTIFACT="$artifact" exec "$root/scripts/provision.sh" deploy "$@"
