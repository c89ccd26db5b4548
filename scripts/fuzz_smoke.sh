#!/usr/bin/env bash
# A short libFuzzer run of every reader (tests/fuzz), for CI: builds the "fuzz" preset with
# clang++ and runs each target for FUZZ_SECONDS (default 8) from the committed seed corpus.
# Inputs it finds go to a scratch folder, not into the repository. Exits non-zero on a crash,
# a hang (timeout) or a sanitizer report, leaving the input in build/fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-8}
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset fuzz >/dev/null
targets=()
for source in tests/fuzz/fuzz_*.cpp; do
  targets+=("$(basename "${source%.cpp}")")
done
cmake --build --preset fuzz -j "${jobs}" --target "${targets[@]}"
mkdir -p build/fuzz/findings
for target in "${targets[@]}"; do
  reader=${target#fuzz_}
  scratch=$(mktemp -d)
  echo "== fuzz: ${target} for ${seconds} s"
  if ! ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      "build/fuzz/tests/fuzz/${target}" -max_total_time="${seconds}" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="build/fuzz/findings/${target}-" \
      "${scratch}" "tests/fuzz/corpus/${reader}" 2>"build/fuzz/${target}.log"; then
    tail -n 40 "build/fuzz/${target}.log"
    echo "stridewell: error: ${target} found a failing input (build/fuzz/findings/)" >&2
    rm -rf "${scratch}"
    exit 1
  fi
  grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "build/fuzz/${target}.log" | tail -n 2 || true
  rm -rf "${scratch}"
done
echo "== fuzz: ${#targets[@]} readers survived ${seconds} s each"
