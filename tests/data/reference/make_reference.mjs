// Reference values for the conformance tests (tests/core/conformance_test.cpp), produced by
// decoders independent of Stridewell's: Garmin's official FIT SDK (@garmin/fitsdk) for .fit,
// Debian's gpsbabel (its gpx and gtrnctr readers, unicsv output) for .gpx and .tcx.
//
//   cd /tmp && npm install @garmin/fitsdk@21.217.0   (anywhere; node_modules is not committed)
//   NODE_PATH=/tmp/node_modules node tests/data/reference/make_reference.mjs \
//       ../shared/samples > tests/data/reference/reference.json
//
// Per activity (a FIT session; the whole track for GPX/TCX): start (UTC), distance_m,
// elapsed_s, timer_s, points, avg_cadence_spm, avg_hr_bpm, laps. The arithmetic on top of the
// decoders' output is spelled out below, the same definitions the tests apply to Stridewell's.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { Decoder, Stream } = require('@garmin/fitsdk');

const dir = process.argv[2];
const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
const stepSports = new Set(['running', 'walking', 'hiking']);

function fitReference(file) {
  const buf = fs.readFileSync(file);
  const decoder = new Decoder(Stream.fromByteArray(Array.from(buf)));
  if (!decoder.isFIT()) return { error: 'not FIT' };
  if (!decoder.checkIntegrity()) return { error: 'integrity check failed' };
  const { messages, errors } = decoder.read({ convertDateTimesToDates: false, expandComponents: true,
                                              mergeHeartRates: false });
  if (errors.length) return { error: String(errors[0].message || errors[0]) };
  const records = (messages.recordMesgs || []).filter(r => r.timestamp !== undefined);
  const laps = messages.lapMesgs || [];
  const activities = (messages.sessionMesgs || []).map(s => {
    const end = s.startTime + s.totalElapsedTime;
    // points: records from the session's start to start + total_elapsed_time, inclusive
    const points = records.filter(r => r.timestamp >= s.startTime && r.timestamp <= end).length;
    // cadence: session avg_cadence + avg_fractional_cadence, strides -> steps (x2) on foot
    const cad = s.avgCadence !== undefined && stepSports.has(s.sport)
      ? 2 * (s.avgCadence + (s.avgFractionalCadence || 0)) : null;
    return {
      sport: s.sport, sub_sport: s.subSport,
      start: new Date(FIT_EPOCH_MS + s.startTime * 1000).toISOString().replace('.000Z', 'Z'),
      distance_m: s.totalDistance ?? null,
      elapsed_s: s.totalElapsedTime ?? null,
      timer_s: s.totalTimerTime ?? null,
      points,
      avg_cadence_spm: cad,
      avg_hr_bpm: s.avgHeartRate ?? null,
      laps: s.numLaps ?? laps.filter(l => l.startTime >= s.startTime && l.startTime <= end).length,
    };
  });
  return { decoder: '@garmin/fitsdk', activities };
}

// Great-circle distance on the IUGG mean sphere, the same formula as Stridewell's
// activity_summary.cpp: gpsbabel's unicsv gives positions, not distances.
function haversine(a, b) {
  const R = 6371008.8, rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad, dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

function gpsbabelReference(file, format) {
  let csv;
  try {
    csv = execFileSync('gpsbabel', ['-t', '-i', format, '-f', file, '-o', 'unicsv,utc=0', '-F', '-'],
                       { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return { error: 'gpsbabel: ' + String(e.stderr || e.message).trim().split('\n')[0] };
  }
  const lines = csv.trim().split(/\r?\n/);
  const head = lines.shift().split(',');
  const col = n => head.indexOf(n);
  const [iLat, iLon, iHr, iCad, iDate, iTime] =
    ['Latitude', 'Longitude', 'Heartrate', 'Cadence', 'Date', 'Time'].map(col);
  const pts = lines.map(l => l.split(','));
  if (!pts.length) return { decoder: 'gpsbabel', activities: [] };
  let dist = 0;
  for (let i = 1; i < pts.length; ++i)
    dist += haversine([+pts[i - 1][iLat], +pts[i - 1][iLon]], [+pts[i][iLat], +pts[i][iLon]]);
  const mean = i => {
    if (i < 0) return null;
    const v = pts.map(p => +p[i]).filter(x => x > 0);   // zero = not recorded
    return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
  };
  const times = iDate < 0 ? [] : pts.map(p => Date.parse(p[iDate].replace(/\//g, '-') + 'T' + p[iTime] + 'Z'))
                                  .filter(t => !isNaN(t));
  return {
    decoder: 'gpsbabel ' + execFileSync('gpsbabel', ['-V'], { encoding: 'utf8' }).trim().split('\n').pop(),
    activities: [{
      start: times.length ? new Date(Math.min(...times)).toISOString().replace('.000Z', 'Z') : null,
      // great-circle over the points with a position (gpsbabel drops the others)
      track_distance_m: dist,
      elapsed_s: times.length ? (Math.max(...times) - Math.min(...times)) / 1000 : null,
      points_with_position: pts.length,
      // mean of the recorded (non-zero) values, as the file gives them (strides or steps)
      mean_cadence: mean(iCad),
      avg_hr_bpm: mean(iHr),
    }],
  };
}

const out = {};
for (const name of fs.readdirSync(dir).sort()) {
  const file = path.join(dir, name);
  const ext = path.extname(name).toLowerCase();
  // FIT: the SDK, and gpsbabel's garmin_fit reader as a second opinion on the points (it also
  // reads compressed timestamps, which the JS SDK refuses).
  if (ext === '.fit') out[name] = { ...fitReference(file), gpsbabel: gpsbabelReference(file, 'garmin_fit') };
  else if (ext === '.gpx') out[name] = gpsbabelReference(file, 'gpx');
  else if (ext === '.tcx') out[name] = gpsbabelReference(file, 'gtrnctr');
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
