#include "bundle/bundle_service.h"

#include "storage/athlete_repository.h"
#include "storage/calf_test_repository.h"
#include "storage/database.h"
#include "storage/dated_note_repository.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "storage/strength_repository.h"
#include "storage/symptom_repository.h"

#include <QHash>
#include <algorithm>

namespace stridewell::core {

namespace {

// Marks the first unused row of `existing` equal to `row` as used; false when there is none.
// Each row of the log stands for one row of the bundle, so a bundle that holds the same entry
// twice adds the second one to a log that had it once.
template <typename T> bool takeSame(const QList<T>& existing, QList<bool>& used, const T& row)
{
    for (qsizetype i = 0; i < existing.size(); ++i)
        if (!used[i] && sameEntry(existing[i], row)) {
            used[i] = true;
            return true;
        }
    return false;
}

// What a merge of one kind of entry (symptoms, calf-raise tests, strength sessions) adds and
// skips, and the entry that failed: its label and the reason.
struct EntryMerge
{
    EntryMerge(int& added, int& skipped, QList<qint64>& ids)
        : added(added), skipped(skipped), ids(ids)
    {}
    int& added;
    int& skipped;
    QList<qint64>& ids;
    QString failedWhat;
    QString failedReason;
};

// Adds the rows the log does not have yet as rows of `athleteId`; `adjust` fixes up a copy's
// links. `label` names a failing row: "symptom entry of %1" with its date.
template <typename Repository, typename T, typename Adjust>
bool mergeEntries(Database& log, const QList<T>& rows, const QList<T>& existing, qint64 athleteId,
                  const QString& label, EntryMerge& merge, Adjust adjust)
{
    QList<bool> used(existing.size(), false);
    for (const T& row : rows) {
        if (takeSame(existing, used, row)) {
            ++merge.skipped;
            continue;
        }
        T copy = row;
        copy.id = 0;
        copy.athleteId = athleteId;
        adjust(copy);
        auto id = Repository(log).add(copy);
        if (!id) {
            merge.failedWhat = label.arg(row.date.toString(Qt::ISODate));
            merge.failedReason = id.message();
            return false;
        }
        merge.ids << *id;
        ++merge.added;
    }
    return true;
}

std::optional<qint64> mapped(const QHash<qint64, qint64>& ids, const std::optional<qint64>& id)
{
    if (!id || !ids.contains(*id))
        return std::nullopt;
    return ids.value(*id);
}

} // namespace

Result<BundleExport> BundleService::exportAthlete(qint64 athleteId, const QString& path,
                                                  const BundleProgress& progress)
{
    auto athlete = AthleteRepository(m_log).find(athleteId);
    if (!athlete)
        return athlete.error();
    if (!*athlete)
        return fail(QStringLiteral("athlete %1: not in this log").arg(athleteId));
    auto counts = BundleFile::write(m_log, athleteId, path, progress);
    if (!counts)
        return counts.error();
    return BundleExport{**athlete, path, *counts};
}

Result<BundleImport> BundleService::importBundle(const QString& path,
                                                 const BundleImportOptions& options,
                                                 const BundleProgress& progress)
{
    auto bundle = BundleFile::open(path);
    if (!bundle)
        return bundle.error();
    return merge(**bundle, options, progress);
}

Result<BundleImport> BundleService::merge(const BundleFile& bundle,
                                          const BundleImportOptions& options,
                                          const BundleProgress& progress)
{
    const AthleteRecord& in = bundle.record();
    const auto failed = [&](const QString& what, const QString& reason) {
        return fail(QStringLiteral("%1: nothing was imported: %2%3")
                        .arg(bundle.path(),
                             what.isEmpty() ? QString() : what + QStringLiteral(": "), reason));
    };
    BundleImport result;
    result.path = bundle.path();
    result.bundleAthlete = in.athlete.name;
    result.bundleSchema = bundle.writtenSchema();
    const QString name =
        options.athleteName.trimmed().isEmpty() ? in.athlete.name : options.athleteName.trimmed();
    if (Status ok = AthleteRepository::validateName(name); !ok)
        return failed(QString(), ok.message());

    Transaction tx(m_log);
    if (!tx.active())
        return failed(QString(), tx.beginError().message);

    AthleteRepository athletes(m_log);
    auto all = athletes.list();
    if (!all)
        return failed(QString(), all.message());
    // Without case, as --athlete matches everywhere (SQLite's NOCASE folds ASCII only).
    const auto found = std::find_if(all->begin(), all->end(), [&](const Athlete& a) {
        return a.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    AthleteRecord existing;
    if (found != all->end()) {
        result.athlete = *found;
        auto loaded = loadAthleteRecord(m_log, found->id);
        if (!loaded)
            return failed(QString(), loaded.message());
        existing = std::move(*loaded);
    } else {
        auto added = athletes.add(name);
        if (!added)
            return failed(QString(), added.message());
        result.athlete = *added;
        result.athleteCreated = true;
    }
    const qint64 athleteId = result.athlete.id;

    QHash<qint64, qint64> shoeIds; // bundle id -> log id
    ShoeRepository shoes(m_log);
    for (const Shoe& shoe : in.shoes) {
        auto same = shoes.findByName(athleteId, shoe.name);
        if (!same)
            return failed(QString(), same.message());
        if (*same) {
            shoeIds.insert(shoe.id, (*same)->id); // the log's shoe, with the log's limits
            ++result.skipped.shoes;
            continue;
        }
        Shoe copy = shoe;
        copy.id = 0;
        copy.athleteId = athleteId;
        auto id = shoes.add(copy);
        if (!id)
            return failed(QStringLiteral("shoe \"%1\"").arg(shoe.name), id.message());
        shoeIds.insert(shoe.id, *id);
        result.ids.shoes << *id;
        ++result.added.shoes;
    }

    // Which runs the log already has is decided against the log as it was, before any of the
    // bundle's runs are added: two distinct runs of the bundle never dedupe each other.
    RunRepository runs(m_log);
    QHash<qint64, qint64> runIds; // bundle id -> log id
    QList<const Run*> fresh;
    for (const Run& run : in.runs) {
        std::optional<qint64> known;
        if (!result.athleteCreated && !run.contentHash.isEmpty()) {
            auto byHash = runs.findByContentHash(athleteId, run.contentHash);
            if (!byHash)
                return failed(QString(), byHash.message());
            known = *byHash;
        }
        if (!result.athleteCreated && !known) {
            auto similar = runs.findSimilar(athleteId, run.startUtc, run.distance);
            if (!similar)
                return failed(QString(), similar.message());
            known = *similar;
        }
        if (known) {
            runIds.insert(run.id, *known);
            ++result.skipped.runs;
        } else {
            fresh.append(&run);
        }
    }
    const int total = int(fresh.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return failed(QString(), QStringLiteral("cancelled"));
        const Run& run = *fresh[i];
        const QString what = runLabel(run);
        Run copy = run;
        copy.id = 0;
        copy.athleteId = athleteId;
        copy.shoeId = mapped(shoeIds, run.shoeId);
        auto id = runs.add(copy);
        if (!id)
            return failed(what, id.message());
        auto samples = bundle.samples(run.id);
        if (!samples)
            return samples.error(); // names the bundle and says it is damaged
        if (!samples->empty())
            if (Status ok = runs.saveSamples(*id, *samples); !ok)
                return failed(what, ok.message());
        runIds.insert(run.id, *id);
        result.ids.runs << *id;
        ++result.added.runs;
    }
    if (progress && !progress(total, total))
        return failed(QString(), QStringLiteral("cancelled"));

    EntryMerge symptoms{result.added.symptoms, result.skipped.symptoms, result.ids.symptoms};
    if (!mergeEntries<SymptomRepository>(m_log, in.symptoms, existing.symptoms, athleteId,
                                         QStringLiteral("symptom entry of %1"), symptoms,
                                         [&](Symptom& s) { s.runId = mapped(runIds, s.runId); }))
        return failed(symptoms.failedWhat, symptoms.failedReason);
    EntryMerge tests{result.added.calfTests, result.skipped.calfTests, result.ids.calfTests};
    if (!mergeEntries<CalfTestRepository>(m_log, in.calfTests, existing.calfTests, athleteId,
                                          QStringLiteral("calf-raise test of %1"), tests,
                                          [](CalfTest&) {}))
        return failed(tests.failedWhat, tests.failedReason);
    EntryMerge strength{result.added.strengthSessions, result.skipped.strengthSessions,
                        result.ids.strength};
    if (!mergeEntries<StrengthRepository>(m_log, in.strength, existing.strength, athleteId,
                                          QStringLiteral("strength session of %1"), strength,
                                          [](StrengthSession&) {}))
        return failed(strength.failedWhat, strength.failedReason);
    EntryMerge clearances{result.added.clearances, result.skipped.clearances,
                          result.ids.clearances};
    if (!mergeEntries<ClearanceRepository>(m_log, in.clearances, existing.clearances, athleteId,
                                           QStringLiteral("clearance of %1"), clearances,
                                           [](Clearance&) {}))
        return failed(clearances.failedWhat, clearances.failedReason);

    if (Status ok = tx.commit(); !ok)
        return failed(QString(), ok.message());
    return result;
}

Status BundleService::undoMerge(const BundleImport& merged)
{
    Transaction tx(m_log);
    if (!tx.active())
        return tx.beginError();
    // Entries before the runs they link to, runs before their shoes.
    for (qint64 id : merged.ids.symptoms)
        if (Status ok = SymptomRepository(m_log).remove(id); !ok)
            return ok;
    for (qint64 id : merged.ids.calfTests)
        if (Status ok = CalfTestRepository(m_log).remove(id); !ok)
            return ok;
    for (qint64 id : merged.ids.strength)
        if (Status ok = StrengthRepository(m_log).remove(id); !ok)
            return ok;
    for (qint64 id : merged.ids.clearances)
        if (Status ok = ClearanceRepository(m_log).remove(id); !ok)
            return ok;
    for (qint64 id : merged.ids.runs)
        if (Status ok = RunRepository(m_log).remove(id); !ok)
            return ok;
    for (qint64 id : merged.ids.shoes)
        if (Status ok = ShoeRepository(m_log).remove(id); !ok)
            return ok;
    if (merged.athleteCreated) {
        auto left = loadAthleteRecord(m_log, merged.athlete.id);
        if (!left)
            return left.error();
        if (left->counts().total() == 0)
            if (Status ok = AthleteRepository(m_log).remove(merged.athlete.id); !ok)
                return ok;
    }
    return tx.commit();
}

} // namespace stridewell::core
