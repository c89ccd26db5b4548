#!/usr/bin/env bash
# Times `stridewell inspect` as a whole process against Debian's gpsbabel (converting to
# unicsv into /dev/null) and Garmin's FIT SDK (@garmin/fitsdk via node, decode only) on the
# same large files, and prints the ratios. Best of RUNS runs each (default 5).
#   bash tests/bench/compare_tools.sh [SAMPLES_DIR]      (default ../shared/samples)
# Needs: a release build (build/release/app/stridewell), gpsbabel, node, and the SDK where
# node can find it (NODE_PATH=/path/to/node_modules; npm install @garmin/fitsdk).
set -euo pipefail
cd "$(dirname "$0")/../.."
samples=${1:-../shared/samples}
runs=${RUNS:-5}
stridewell=build/release/app/stridewell
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The biggest FIT and TCX of the samples, and a ~30 MB GPX made by repeating the tracks of
# the biggest sample GPX.
fit=$(ls -S "$samples"/*.fit | head -n 1)
tcx=$(ls -S "$samples"/*.tcx | head -n 1)
src_gpx=$(ls -S "$samples"/*.gpx | head -n 1)
gpx="$work/big.gpx"
python3 - "$src_gpx" "$gpx" <<'PY'
import sys
src = open(sys.argv[1], encoding='utf-8').read()
a, b = src.index('<trk>'), src.rindex('</trk>') + len('</trk>')
head, tracks, tail = src[:a], src[a:b], src[b:]
parts, size = [head], len(head) + len(tail)
while size < 30_000_000:
    parts.append(tracks); size += len(tracks)
parts.append(tail)
open(sys.argv[2], 'w', encoding='utf-8').write(''.join(parts))
PY

cat > "$work/fitsdk.mjs" <<'JS'
import { createRequire } from 'node:module';
import fs from 'node:fs';
const { Decoder, Stream } = createRequire(import.meta.url)('@garmin/fitsdk');
const decoder = new Decoder(Stream.fromBuffer(fs.readFileSync(process.argv[2])));
const { messages } = decoder.read();
if (!messages.recordMesgs) process.exit(1);
JS

# best wall-clock seconds of $runs runs of a command
best() {
  local best_s="" s t0 t1
  for _ in $(seq "$runs"); do
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s.%N)
    s=$(awk "BEGIN{printf \"%.3f\", $t1 - $t0}")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; fi
  done
  echo "$best_s"
}
ratio() { awk "BEGIN{printf \"%.1f\", $1 / ($2 > 0.005 ? $2 : 0.005)}"; }

printf "%-48s %10s %10s %10s %8s\n" file "stridewell" "gpsbabel" "fitsdk" "ratios"
row() { # label file gpsbabel-format [fitsdk]
  local sw gb sdk=""
  sw=$(best "$stridewell" inspect "$2" --json)
  gb=$(best gpsbabel -t -i "$3" -f "$2" -o unicsv -F /dev/null)
  local ratios="gpsbabel $(ratio "$gb" "$sw")x"
  if [ "${4:-}" = fitsdk ]; then
    sdk=$(best node "$work/fitsdk.mjs" "$2")
    ratios="$ratios, fitsdk $(ratio "$sdk" "$sw")x"
  fi
  printf "%-48s %9ss %9ss %9s %s\n" "$1 ($(( $(stat -c %s "$2") / 1024 )) KB)" "$sw" "$gb" \
         "${sdk:+${sdk}s}" "$ratios"
}
row "$(basename "$fit")" "$fit" garmin_fit fitsdk
row "$(basename "$tcx")" "$tcx" gtrnctr
row "big.gpx from $(basename "$src_gpx")" "$gpx" gpx
