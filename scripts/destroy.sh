#!/usr/bin/env bash
# Deletes the Authgate stack: the functions, the API and their logs. The user pool stays, with its users, outside
# the stack, and its id is printed (RetainedUserPoolId=...); --delete-users deletes it and every user too (at a
# terminal, after the stack name is typed back). With --delete-bucket it also empties and deletes the artifact
# bucket. The options are those of `scripts/provision.sh destroy --help`, e.g.:
#
#   scripts/destroy.sh [--region eu-west-1] [--profile p] [--stack-name s] [--delete-users] [--delete-bucket [--bucket b]]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec "$root/scripts/provision.sh" destroy "$@"
