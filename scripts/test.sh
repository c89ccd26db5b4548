#!/usr/bin/env bash
# Installs what the build and the tests need, checks the layout of the C++ files
# (clang-format), builds, and runs the whole suite with ctest. Exits non-zero on any failure.
# Safe to run again: installed packages and built files are kept.
#   STRIDEWELL_SKIP_ASAN=1  skip the second pass with AddressSanitizer + UBSan
#   STRIDEWELL_SKIP_FUZZ=1  skip the short libFuzzer run of the readers (scripts/fuzz_smoke.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_packages "${stridewell_build_packages[@]}" "${stridewell_test_packages[@]}"
install_optional_packages "${stridewell_optional_test_packages[@]}"

jobs=$(nproc 2>/dev/null || echo 2)
start=$(date +%s)

# Every C++ file laid out as .clang-format says (clang-format -i FILE fixes one); first, as it
# takes seconds and the build takes minutes.
echo "== format: $(clang-format --version | head -n 1) --dry-run --Werror"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files -z -- '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror
else
  find app core tests ui \( -name '*.cpp' -o -name '*.h' \) -print0 |
    xargs -0 clang-format --dry-run --Werror
fi
echo "   all files formatted ($(( $(date +%s) - start )) s)"

skipped_summary=""
# Adds to skipped_summary the tests the last ctest run of preset $1 skipped, grouped by the
# reason each gave to GTEST_SKIP(): ctest's log holds every test's output, where GoogleTest
# writes "FILE:LINE: Skipped", the reason on the next line, then "[  SKIPPED ] NAME (N ms)".
note_skipped() {
  local preset=$1 skipped count
  skipped=$(awk '
    /^[0-9]+\/[0-9]+ Test: / { name = $3; reason = ""; next }
    /: Skipped$/ { if ((getline line) > 0) reason = line; next }
    $1 == "[" && $2 == "SKIPPED" && $3 == "]" && $4 == name && $5 ~ /^\(/ {
      print (reason == "" ? "(no reason given)" : reason) "\t" name
    }' "build/${preset}/Testing/Temporary/LastTest.log" | sort)
  count=$(grep -c . <<<"${skipped}" || true)
  skipped_summary+="== ${preset}: ${count} test(s) skipped"$'\n'
  if [ "${count}" -gt 0 ]; then
    skipped_summary+=$(awk -F '\t' '$1 != last { print "   " $1 ":"; last = $1 } { print "     " $2 }' \
      <<<"${skipped}")$'\n'
  fi
}

run_pass() {
  local preset=$1
  echo "== ${preset}: configure and build"
  cmake --preset "${preset}" >/dev/null
  cmake --build --preset "${preset}" -j "${jobs}"
  echo "== ${preset}: test"
  ctest --preset "${preset}" -j "${jobs}" --timeout 600 --no-tests=error
  note_skipped "${preset}"
}

run_pass release
# The readers' fuzz smoke run needs clang++ with libFuzzer (clang, libclang-rt-14-dev).
if [ "${STRIDEWELL_SKIP_FUZZ:-0}" != "1" ]; then
  if command -v clang++ >/dev/null 2>&1 &&
     compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
    bash scripts/fuzz_smoke.sh
  else
    echo "== fuzz: skipped (no clang++ with libFuzzer; deps.sh installs clang libclang-rt-14-dev where the release has them)"
  fi
fi
if [ "${STRIDEWELL_SKIP_ASAN:-0}" != "1" ]; then
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 run_pass asan
fi
printf '%s' "${skipped_summary}"
echo "== all tests passed in $(( $(date +%s) - start )) s"
