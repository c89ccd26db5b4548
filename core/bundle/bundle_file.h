#pragma once

#include "bundle/athlete_record.h"
#include "model/sample.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace stridewell::core {

class Database;

// An athlete bundle is a small Stridewell log: an SQLite file in the log's own schema (made by
// the same Database and migrations, so PRAGMA user_version is its schema version) that holds
// one athlete. PRAGMA application_id marks it as a bundle rather than a whole log, and its
// setting table says the bundle format. docs/bundle.md says why this format.
namespace bundle_format {

inline constexpr quint32 kApplicationId = 0x53574142; // "SWAB": Stridewell athlete bundle
inline constexpr int kFormat = 1;
inline constexpr char kSuffix[] = "stridewell-bundle";
// Keys of the bundle's setting table.
inline constexpr char kFormatKey[] = "bundle.format";
inline constexpr char kExportedKey[] = "bundle.exported_utc";
inline constexpr char kVersionKey[] = "bundle.stridewell_version";
inline constexpr char kDigestKey[] = "bundle.sha256"; // contentDigest(), bundle/content_digest.h
// Larger than ten years of daily runs with per-second tracks; a file beyond it is refused
// before it is copied, and an export that would pass it is not written.
inline constexpr qint64 kMaxBytes = 1024LL * 1024 * 1024;

} // namespace bundle_format

// Told how far a long export or merge is (runs done of total); returning false cancels it,
// and then nothing is written.
using BundleProgress = std::function<bool(int done, int total)>;

// A bundle opened for reading. The file itself is never opened by SQLite, let alone changed:
// it is copied into a private temporary folder first, and a bundle of an older schema is
// brought up to date in that copy. Opening checks everything a merge relies on (the header,
// the schema version, SQLite's integrity and foreign-key checks, one athlete, every row
// valid), so that a bad bundle is refused before the log is touched.
class BundleFile
{
public:
    ~BundleFile();
    BundleFile(const BundleFile&) = delete;
    BundleFile& operator=(const BundleFile&) = delete;

    static Result<std::unique_ptr<BundleFile>> open(const QString& path);

    // Writes the athlete's whole record (every row, samples, links) as a bundle at `path`,
    // owner-only. Atomic: it is built in a private temporary folder beside `path` and written
    // through QSaveFile, so a failure or Cancel leaves any existing file as it was.
    static Result<BundleCounts> write(Database& source, qint64 athleteId, const QString& path,
                                      const BundleProgress& progress = {});

    const QString& path() const { return m_path; }           // as given, for messages
    int writtenSchema() const { return m_writtenSchema; }    // before any upgrade of the copy
    const AthleteRecord& record() const { return m_record; } // with the bundle's own ids
    // The samples of one of the bundle's runs (by its bundle id); empty when it has none.
    Result<SampleList> samples(qint64 bundleRunId) const;

private:
    explicit BundleFile(QString path);
    Status load(const QString& copy);
    Status checkFormatAndDigest(const QString& copy) const;
    Status validate() const;

    QString m_path;
    int m_writtenSchema = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db; // the private copy
    AthleteRecord m_record;
};

} // namespace stridewell::core
