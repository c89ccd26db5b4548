#pragma once

#include "bundle/athlete_record.h"
#include "bundle/bundle_file.h"
#include "model/athlete.h"
#include "result.h"

#include <QString>

namespace stridewell::core {

class Database;

struct BundleExport
{
    Athlete athlete;
    QString path;
    BundleCounts counts; // what the bundle holds
};

struct BundleImportOptions
{
    // The athlete of the log the bundle goes to, matched without case and created when new.
    // Empty: the bundle's own athlete name.
    QString athleteName;
};

// The log's ids of the rows a merge added: what undoing it removes.
struct BundleAddedIds
{
    QList<qint64> shoes, runs, symptoms, calfTests, strength, clearances;
};

struct BundleImport
{
    QString path;          // the bundle, as given
    QString bundleAthlete; // the athlete's name in the bundle
    Athlete athlete;       // the log's athlete it was merged into
    bool athleteCreated = false;
    int bundleSchema = 0; // the schema it was written with
    BundleCounts added;
    BundleCounts skipped; // already in the log
    BundleAddedIds ids;
};

// Moves one athlete's whole record between logs: a runner exports a bundle, a coach merges it
// into the log that holds all their athletes.
//
// A merge is one transaction: everything is added or nothing is. It only adds; a row the log
// already has is skipped, never changed, so merging the same bundle twice adds nothing the
// second time. The same row means: a run with the same content hash, or a start within 60 s
// and a distance within 2% (as for imported files); a shoe of the same name; a symptom entry,
// calf-raise test or strength session equal in what was entered (sameEntry). Ids are the
// log's own: the bundle's shoes and runs get new ids, and runs and symptom entries are linked
// to them (or to the log's copy of a skipped run).
class BundleService
{
public:
    explicit BundleService(Database& log) : m_log(log) {}

    Result<BundleExport> exportAthlete(qint64 athleteId, const QString& path,
                                       const BundleProgress& progress = {});
    // Opens the bundle (BundleFile::open) and merges it.
    Result<BundleImport> importBundle(const QString& path, const BundleImportOptions& options = {},
                                      const BundleProgress& progress = {});
    Result<BundleImport> merge(const BundleFile& bundle, const BundleImportOptions& options = {},
                               const BundleProgress& progress = {});
    // Takes a merge back (undo), in one transaction: removes the rows it added, and the
    // athlete when the merge created them and nothing else has been added to them since.
    Status undoMerge(const BundleImport& merged);

private:
    Database& m_log;
};

} // namespace stridewell::core
