#!/usr/bin/env bash
# Deletes the Authgate stack: the user pool with all its users, the functions, the API and their logs.
# With --delete-bucket it also empties and deletes the artifact bucket. The options are those of
# `scripts/provision.sh destroy --help`, e.g.:
#
#   scripts/destroy.sh [--region eu-west-1] [--profile p] [--stack-name s] [--delete-bucket [--bucket b]]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec "$root/scripts/provision.sh" destroy "$@"
