#!/usr/bin/env bash
# Installs what the build needs, builds Stridewell (Release) and opens it. Arguments are passed
# to the app, so `scripts/run.sh --help` lists the commands and `scripts/run.sh runs` runs one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_packages "${stridewell_build_packages[@]}"

if [ ! -f build/release/build.ninja ]; then
  cmake --preset release >/dev/null
fi
cmake --build build/release --target stridewell -j "$(nproc 2>/dev/null || echo 2)"
exec build/release/app/stridewell "$@"
