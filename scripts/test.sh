#!/usr/bin/env bash
# Runs every test of every module. Needs JDK 17+, Maven and Node.js 20 (for cognito-local, which the test
# harness installs from the project's pinned package-lock.json). The docs page's browser test installs Debian's
# chromium package when it is missing (scripts/lib/chromium.sh; needs root or password-less sudo) and fails without it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec mvn -B verify "$@"
