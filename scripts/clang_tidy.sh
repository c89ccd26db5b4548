#!/usr/bin/env bash
# clang-tidy with the project's .clang-tidy profile over core's sources. Not part of
# scripts/test.sh: it parses every file again with clang (several minutes on 2 cores, see the
# README). Exits non-zero on any finding.
#   scripts/clang_tidy.sh [PREFIX]   only the files whose path under core/ starts with PREFIX
#                                    (scripts/clang_tidy.sh import/)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_packages "${stridewell_build_packages[@]}" clang-tidy

# The release configuration writes compile_commands.json and the generated headers.
cmake --preset release >/dev/null
# clang would read the precompiled headers gcc made (.gch) and refuse them: check against a
# copy of the compile commands without them (each file then includes what it uses).
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
sed -e 's# -include [^ ]*/cmake_pch\.hxx##g' -e 's# -Winvalid-pch##g' \
  build/release/compile_commands.json >"${work}/compile_commands.json"

start=$(date +%s)
run-clang-tidy -quiet -p "${work}" -j "$(nproc 2>/dev/null || echo 2)" \
  "^$(pwd)/core/${1:-}.*\.cpp\$"
echo "== clang-tidy: core clean in $(($(date +%s) - start)) s"
