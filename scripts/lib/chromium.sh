#!/usr/bin/env bash
# Prints the path of a headless-capable Chromium, installing Debian's chromium package when there is none (as root,
# or through sudo when it needs no password). Exits 1, saying why, when it cannot: the docs page's browser test then
# fails rather than skips.
set -euo pipefail

for name in chromium chromium-browser; do
  if path=$(command -v "$name"); then echo "$path"; exit 0; fi
done
if [[ $(id -u) -eq 0 ]]; then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo -n); else
  echo "chromium.sh: no chromium, and installing it needs root (apt-get install -y chromium)" >&2; exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "chromium.sh: no chromium and no apt-get to install it with; install Chromium and put it on the PATH" >&2; exit 1
fi
echo "chromium.sh: installing Debian's chromium package..." >&2
if ! { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq chromium; } >&2; then
  echo "chromium.sh: apt-get install chromium failed" >&2; exit 1
fi
command -v chromium || { echo "chromium.sh: chromium is installed but not on the PATH" >&2; exit 1; }
