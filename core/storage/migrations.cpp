#include "storage/migrations.h"

namespace stridewell::core {

namespace {

// Version 1: the first schema. Distances in metres, durations in seconds, instants as Unix
// seconds (UTC) plus the local offset; local_date is derived at write time for day queries.
Migration version1()
{
    return {
        1,
        "initial schema",
        {
            QStringLiteral(R"(CREATE TABLE athlete (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_utc INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE shoe (
            id INTEGER PRIMARY KEY,
            athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            limit_m REAL NOT NULL DEFAULT 700000,
            start_m REAL NOT NULL DEFAULT 0,
            retired INTEGER NOT NULL DEFAULT 0,
            UNIQUE (athlete_id, name)))"),
            QStringLiteral(R"(CREATE TABLE run (
            id INTEGER PRIMARY KEY,
            athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
            start_utc INTEGER NOT NULL,
            utc_offset_s INTEGER NOT NULL,
            local_date TEXT NOT NULL,
            distance_m REAL NOT NULL CHECK (distance_m >= 0),
            elapsed_s REAL NOT NULL CHECK (elapsed_s > 0),
            timer_s REAL,
            avg_cadence_spm REAL,
            avg_hr_bpm REAL,
            rpe INTEGER CHECK (rpe BETWEEN 0 AND 10),
            type TEXT NOT NULL DEFAULT '',
            surface TEXT NOT NULL DEFAULT '',
            shoe_id INTEGER REFERENCES shoe(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            content_hash BLOB,
            elevation_gain_m REAL))"),
            QStringLiteral("CREATE INDEX run_by_athlete_start ON run (athlete_id, start_utc)"),
            QStringLiteral(
                "CREATE INDEX run_by_hash ON run (content_hash) WHERE content_hash IS NOT NULL"),
            QStringLiteral(R"(CREATE TABLE run_samples (
            run_id INTEGER PRIMARY KEY REFERENCES run(id) ON DELETE CASCADE,
            point_count INTEGER NOT NULL,
            data BLOB NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE symptom (
            id INTEGER PRIMARY KEY,
            athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            location TEXT NOT NULL,
            location_note TEXT NOT NULL DEFAULT '',
            side TEXT NOT NULL,
            pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
            type TEXT,
            timing TEXT,
            stretch TEXT,
            red_flags TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            run_id INTEGER REFERENCES run(id) ON DELETE SET NULL,
            acknowledged INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE INDEX symptom_by_athlete_date ON symptom (athlete_id, date)"),
            QStringLiteral(R"(CREATE TABLE calf_test (
            id INTEGER PRIMARY KEY,
            athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            left_reps INTEGER NOT NULL CHECK (left_reps >= 0),
            right_reps INTEGER NOT NULL CHECK (right_reps >= 0),
            notes TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(R"(CREATE TABLE strength_session (
            id INTEGER PRIMARY KEY,
            athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            circuit TEXT NOT NULL,
            pain INTEGER CHECK (pain BETWEEN 0 AND 10),
            notes TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(R"(CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        }};
}

// Version 2: the "book an assessment" advice (pain not easing) is acknowledged on the entry
// that raised it, apart from the entry's own red-flag acknowledgement.
Migration version2()
{
    return {2,
            "symptom: assessment acknowledgement",
            {QStringLiteral("ALTER TABLE symptom ADD COLUMN assessment_acknowledged INTEGER NOT "
                            "NULL DEFAULT 0")}};
}

// Version 3: a run's elapsed time may be unknown (a GPS track without times has a distance
// but no duration). SQLite cannot drop a NOT NULL in place, so the table is rebuilt under the
// same name and ids; run_samples and symptom keep pointing at it by name.
Migration version3()
{
    return {3,
            "run: elapsed time may be unknown",
            {
                QStringLiteral(R"(CREATE TABLE run_v3 (
            id INTEGER PRIMARY KEY,
            athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
            start_utc INTEGER NOT NULL,
            utc_offset_s INTEGER NOT NULL,
            local_date TEXT NOT NULL,
            distance_m REAL NOT NULL CHECK (distance_m >= 0),
            elapsed_s REAL CHECK (elapsed_s IS NULL OR elapsed_s > 0),
            timer_s REAL,
            avg_cadence_spm REAL,
            avg_hr_bpm REAL,
            rpe INTEGER CHECK (rpe BETWEEN 0 AND 10),
            type TEXT NOT NULL DEFAULT '',
            surface TEXT NOT NULL DEFAULT '',
            shoe_id INTEGER REFERENCES shoe(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            content_hash BLOB,
            elevation_gain_m REAL))"),
                QStringLiteral(
                    "INSERT INTO run_v3 (id, athlete_id, start_utc, utc_offset_s, local_date, "
                    "distance_m, elapsed_s, timer_s, avg_cadence_spm, avg_hr_bpm, rpe, type, "
                    "surface, shoe_id, notes, source, content_hash, elevation_gain_m) "
                    "SELECT id, athlete_id, start_utc, utc_offset_s, local_date, distance_m, "
                    "elapsed_s, timer_s, avg_cadence_spm, avg_hr_bpm, rpe, type, surface, "
                    "shoe_id, notes, source, content_hash, elevation_gain_m FROM run"),
                QStringLiteral("DROP TABLE run"),
                QStringLiteral("ALTER TABLE run_v3 RENAME TO run"),
                QStringLiteral("CREATE INDEX run_by_athlete_start ON run (athlete_id, start_utc)"),
                QStringLiteral("CREATE INDEX run_by_hash ON run (content_hash) WHERE content_hash "
                               "IS NOT NULL"),
            },
            true};
}

// Version 4: a clinician's clearance ends a hold on training (domain.md section 4).
Migration version4()
{
    return {
        4,
        "clearance",
        {QStringLiteral(R"(CREATE TABLE clearance (
            id INTEGER PRIMARY KEY,
            athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT ''))"),
         QStringLiteral("CREATE INDEX clearance_by_athlete_date ON clearance (athlete_id, date)")}};
}

// Version 5: calf episodes and the return to running (domain.md section 8): an entry the
// runner marked as an injury, the pain of the hop test, and episodes ended by hand.
Migration version5()
{
    return {5,
            "episodes",
            {QStringLiteral("ALTER TABLE symptom ADD COLUMN injury INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE calf_test ADD COLUMN hop_pain INTEGER CHECK (hop_pain "
                            "IS NULL OR hop_pain BETWEEN 0 AND 10)"),
             QStringLiteral(R"(CREATE TABLE episode_end (
            id INTEGER PRIMARY KEY,
            athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT ''))")}};
}

} // namespace

std::span<const Migration> migrations()
{
    static const Migration all[] = {version1(), version2(), version3(), version4(), version5()};
    return all;
}

} // namespace stridewell::core
