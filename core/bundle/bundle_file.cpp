#include "bundle/bundle_file.h"

#include "bundle/content_digest.h"
#include "import/file_access.h"
#include "model/run_validation.h"
#include "storage/athlete_repository.h"
#include "storage/calf_test_repository.h"
#include "storage/database.h"
#include "storage/dated_note_repository.h"
#include "storage/private_file.h"
#include "storage/run_repository.h"
#include "storage/settings_repository.h"
#include "storage/shoe_repository.h"
#include "storage/sql_connection.h"
#include "storage/sql_error.h"
#include "storage/strength_repository.h"
#include "storage/symptom_repository.h"
#include "version.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtEndian>
#include <cstring>

namespace stridewell::core {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr int kHeaderSize = 100; // the SQLite file header
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;
constexpr int kPageSizeOffset = 16;
constexpr int kChangeCounterOffset = 24;
constexpr int kPageCountOffset = 28;
constexpr int kValidForOffset = 92;

// The size the header says the file has, when it says (SQLite keeps the page count in the
// header valid while the change counter matches the version-valid-for number); else 0.
qint64 sizeInHeader(const uchar* header)
{
    const quint16 raw = qFromBigEndian<quint16>(header + kPageSizeOffset);
    const qint64 pageSize = raw == 1 ? 65536 : raw;
    if (qFromBigEndian<quint32>(header + kChangeCounterOffset) !=
        qFromBigEndian<quint32>(header + kValidForOffset))
        return 0;
    return pageSize * qFromBigEndian<quint32>(header + kPageCountOffset);
}

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

// A database message names the private copy; the user knows the bundle by its own name.
QString withoutPrefix(QString message, const QString& copy)
{
    const QString prefix = copy + QStringLiteral(": ");
    if (message.startsWith(prefix))
        message.remove(0, prefix.size());
    return message.replace(copy, QStringLiteral("the bundle"));
}

Error damaged(const QString& path, const QString& reason)
{
    return fail(QStringLiteral("%1: damaged bundle, nothing was imported: %2").arg(path, reason));
}

// Every table read inside one read transaction, so the bundle is the log as of one moment
// even while the window or an import writes to it. Inside a caller's transaction (BEGIN
// fails) that transaction already is the snapshot.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database& db) : m_connection(sqlConnection(db))
    {
        m_open = m_connection.transaction();
    }
    ~ReadSnapshot()
    {
        if (m_open)
            m_connection.rollback(); // it only read
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlDatabase m_connection;
    bool m_open = false;
};

Status pragma(const Database& db, const QString& sql)
{
    QSqlQuery q(sqlConnection(db));
    if (!q.exec(sql))
        return fail(sqlReason(q.lastError()));
    return Ok{};
}

// Copies the record into the new, empty log at `file`, keeping the source's ids (the bundle
// holds one athlete, so they cannot collide), then makes it a bundle: the marker, and the
// rollback journal instead of WAL so that the file is whole on its own.
Status fill(const QString& file, Database& source, const AthleteRecord& record,
            const BundleProgress& progress)
{
    auto opened = Database::open(file);
    if (!opened)
        return opened.error();
    Database& bundle = **opened;
    {
        Transaction tx(bundle);
        if (!tx.active())
            return tx.beginError();
        auto athlete = AthleteRepository(bundle).add(record.athlete.name);
        if (!athlete)
            return athlete.error();
        const qint64 id = athlete->id;
        for (Shoe shoe : record.shoes) {
            shoe.athleteId = id;
            if (auto ok = ShoeRepository(bundle).add(shoe); !ok)
                return fail(QStringLiteral("shoe \"%1\": %2").arg(shoe.name, ok.message()));
        }
        RunRepository from(source), to(bundle);
        const int total = int(record.runs.size());
        for (int i = 0; i < total; ++i) {
            if (progress && !progress(i, total))
                return fail(QStringLiteral("cancelled"));
            Run run = record.runs[i];
            run.athleteId = id;
            if (auto ok = to.add(run); !ok)
                return fail(QStringLiteral("%1: %2").arg(runLabel(run), ok.message()));
            auto samples = from.samples(run.id);
            if (!samples)
                return fail(
                    QStringLiteral("%1: samples: %2").arg(runLabel(run), samples.message()));
            if (!samples->empty())
                if (Status ok = to.saveSamples(run.id, *samples); !ok)
                    return ok;
        }
        for (Symptom s : record.symptoms) {
            s.athleteId = id;
            if (auto ok = SymptomRepository(bundle).add(s); !ok)
                return ok.error();
        }
        for (CalfTest t : record.calfTests) {
            t.athleteId = id;
            if (auto ok = CalfTestRepository(bundle).add(t); !ok)
                return ok.error();
        }
        for (StrengthSession s : record.strength) {
            s.athleteId = id;
            if (auto ok = StrengthRepository(bundle).add(s); !ok)
                return ok.error();
        }
        for (Clearance c : record.clearances) {
            c.athleteId = id;
            if (auto ok = ClearanceRepository(bundle).add(c); !ok)
                return ok.error();
        }
        SettingsRepository settings(bundle);
        for (const auto& [name, value] :
             {std::pair{bundle_format::kFormatKey, QString::number(bundle_format::kFormat)},
              std::pair{bundle_format::kExportedKey,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
              std::pair{bundle_format::kVersionKey, appVersion()}})
            if (Status ok = settings.set(key(name), value); !ok)
                return ok;
        auto digest = bundle_format::contentDigest(sqlConnection(bundle));
        if (!digest)
            return digest.error();
        if (Status ok = settings.set(key(bundle_format::kDigestKey), QString::fromLatin1(*digest));
            !ok)
            return ok;
        if (Status ok = tx.commit(); !ok)
            return ok;
    }
    if (Status ok =
            pragma(bundle,
                   QStringLiteral("PRAGMA application_id = %1").arg(bundle_format::kApplicationId));
        !ok)
        return ok;
    return pragma(bundle, QStringLiteral("PRAGMA journal_mode = DELETE"));
}

// Copies `from` into `to` in chunks (a bundle can be far larger than it is wise to hold).
Status copyInto(QFile& from, QIODevice& to, const QString& path)
{
    while (!from.atEnd()) {
        const QByteArray chunk = from.read(1 << 20);
        if (chunk.isEmpty() && from.error() != QFileDevice::NoError)
            return fail(QStringLiteral("%1: cannot read: %2").arg(path, from.errorString()));
        if (Status ok = writeAll(to, chunk, path); !ok)
            return ok;
    }
    return Ok{};
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

void addBytes(QCryptographicHash& hash, char tag, QByteArrayView bytes)
{
    const quint64 size = qToBigEndian<quint64>(quint64(bytes.size()));
    hash.addData(QByteArrayView(&tag, 1));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
    hash.addData(bytes);
}

void addValue(QCryptographicHash& hash, const QVariant& v)
{
    if (v.isNull())
        return addBytes(hash, 'n', {});
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return addBytes(hash, 'i', QByteArray::number(v.toLongLong()));
    case QMetaType::Double: {
        const double d = v.toDouble();
        quint64 bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        return addBytes(hash, 'r', QByteArray::number(bits, 16));
    }
    case QMetaType::QByteArray:
        return addBytes(hash, 'b', v.toByteArray());
    default:
        return addBytes(hash, 't', v.toString().toUtf8());
    }
}

// A raw connection to the private copy, before Database::open would migrate it.
class RawConnection
{
public:
    explicit RawConnection(const QString& file)
        : m_name(QStringLiteral("bundle-check-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            m_error = sqlReason(db.lastError());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const QString& error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

} // namespace

Result<QByteArray> bundle_format::contentDigest(const QSqlDatabase& connection)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery schema(connection);
    schema.setForwardOnly(true);
    if (!schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                    "WHERE name NOT LIKE 'sqlite_%' ORDER BY name")))
        return fail(sqlReason(schema.lastError()));
    QStringList tables;
    while (schema.next()) {
        for (int i = 0; i < 3; ++i)
            addValue(hash, schema.value(i));
        if (schema.value(0).toString() == QLatin1String("table"))
            tables << schema.value(1).toString();
    }
    if (schema.lastError().isValid())
        return fail(sqlReason(schema.lastError()));
    for (const QString& table : tables) {
        QString sql = QStringLiteral("SELECT * FROM \"%1\"")
                          .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
        if (table == QLatin1String("setting"))
            sql += QStringLiteral(" WHERE key <> '%1'").arg(QLatin1String(kDigestKey));
        sql += QStringLiteral(" ORDER BY rowid");
        QSqlQuery rows(connection);
        rows.setForwardOnly(true);
        if (!rows.exec(sql))
            return fail(QStringLiteral("%1: %2").arg(table, sqlReason(rows.lastError())));
        addBytes(hash, 'T', table.toUtf8());
        const int columns = rows.record().count();
        while (rows.next())
            for (int i = 0; i < columns; ++i)
                addValue(hash, rows.value(i));
        if (rows.lastError().isValid())
            return fail(QStringLiteral("%1: %2").arg(table, sqlReason(rows.lastError())));
    }
    return hash.result().toHex();
}

BundleFile::BundleFile(QString path) : m_path(std::move(path)) {}

BundleFile::~BundleFile() = default;

Result<BundleCounts> BundleFile::write(Database& source, qint64 athleteId, const QString& path,
                                       const BundleProgress& progress)
{
    if (path.trimmed().isEmpty())
        return fail(QStringLiteral("no bundle file given"));
    const QFileInfo target(path);
    if (target.isDir())
        return fail(QStringLiteral("%1: is a folder; give the bundle a file name").arg(path));
    if (!target.absoluteDir().exists())
        return fail(QStringLiteral("%1: the folder %2 does not exist")
                        .arg(path, QDir::toNativeSeparators(target.absolutePath())));

    // One snapshot for the rows and their samples.
    const ReadSnapshot snapshot(source);
    auto record = loadAthleteRecord(source, athleteId);
    if (!record)
        return record.error();

    // Built in a folder only the owner can enter, beside the target so that a large bundle
    // stays on that disk; written to the target through writePrivateFile, owner-only.
    QTemporaryDir work(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!work.isValid())
        return fail(QStringLiteral("%1: cannot create a folder beside it: %2")
                        .arg(path, work.errorString()));
    const QString built = work.filePath(QStringLiteral("bundle.sqlite"));
    const auto failed = [&](const QString& reason) {
        return fail(
            QStringLiteral("%1: bundle not written: %2").arg(path, withoutPrefix(reason, built)));
    };
    if (Status ok = fill(built, source, *record, progress); !ok)
        return failed(ok.message());
    QFile in(built);
    if (!in.open(QIODevice::ReadOnly))
        return failed(in.errorString());
    if (in.size() > bundle_format::kMaxBytes)
        return failed(QStringLiteral("%1 MB, more than the %2 MB a bundle may hold")
                          .arg(megabytes(in.size()), megabytes(bundle_format::kMaxBytes)));
    if (Status ok = writePrivateFile(path, [&](QIODevice& out) { return copyInto(in, out, path); });
        !ok)
        return failed(withoutPrefix(ok.message(), path));
    return record->counts();
}

Result<std::unique_ptr<BundleFile>> BundleFile::open(const QString& path)
{
    // A FIFO would hold the open below until something writes to it.
    if (const QString kind = file_access::specialKind(path); !kind.isEmpty())
        return fail(
            QStringLiteral("%1: %2, not a bundle file; nothing was imported").arg(path, kind));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > bundle_format::kMaxBytes)
        return fail(QStringLiteral("%1: too large for an athlete bundle (%2 MB; at most %3 MB), "
                                   "nothing was imported")
                        .arg(path, megabytes(file.size()), megabytes(bundle_format::kMaxBytes)));
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return fail(
            QStringLiteral("%1: not a Stridewell athlete bundle (not an SQLite file)").arg(path));
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    if (qFromBigEndian<quint32>(bytes + kApplicationIdOffset) != bundle_format::kApplicationId)
        return fail(QStringLiteral("%1: not a Stridewell athlete bundle (an SQLite file, but not "
                                   "one Stridewell wrote as a bundle; a whole log is opened with "
                                   "--db)")
                        .arg(path));
    const qint32 schema = qFromBigEndian<qint32>(bytes + kUserVersionOffset);
    if (schema > Database::kSchemaVersion)
        return fail(QStringLiteral("%1: this bundle was written by a newer version of Stridewell "
                                   "(schema %2; this version reads up to %3). Update Stridewell "
                                   "to import it; nothing was imported.")
                        .arg(path)
                        .arg(schema)
                        .arg(Database::kSchemaVersion));
    if (schema < 1)
        return damaged(path, QStringLiteral("no schema version"));
    if (const qint64 whole = sizeInHeader(bytes); file.size() < whole)
        return damaged(
            path,
            QStringLiteral("truncated: %1 of its %2 bytes are there").arg(file.size()).arg(whole));

    std::unique_ptr<BundleFile> bundle(new BundleFile(path));
    bundle->m_writtenSchema = schema;
    if (!bundle->m_dir.isValid())
        return fail(QStringLiteral("%1: cannot make a temporary copy: %2")
                        .arg(path, bundle->m_dir.errorString()));
    // The copy, in a folder only the owner can enter, owner-only itself.
    const QString copy = bundle->m_dir.filePath(QStringLiteral("bundle.sqlite"));
    {
        QFile out(copy);
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnly))
            return fail(QStringLiteral("%1: cannot make a temporary copy: %2")
                            .arg(path, out.errorString()));
        file.seek(0);
        if (Status ok = copyInto(file, out, path); !ok)
            return ok.error();
    }
    if (Status ok = bundle->load(copy); !ok)
        return ok.error();
    return bundle;
}

// Before the copy is migrated: the format this version reads, and the rows as written.
Status BundleFile::checkFormatAndDigest(const QString& copy) const
{
    const RawConnection raw(copy);
    if (!raw.error().isEmpty())
        return damaged(m_path, withoutPrefix(raw.error(), copy));
    QSqlQuery q(raw.db());
    // Constant keys, no bound values: Qt reports a failed prepare as a parameter mismatch.
    if (!q.exec(QStringLiteral("SELECT key, value FROM setting WHERE key IN ('%1', '%2')")
                    .arg(key(bundle_format::kFormatKey), key(bundle_format::kDigestKey))))
        return damaged(m_path, withoutPrefix(sqlReason(q.lastError()), copy));
    QString format, digest;
    while (q.next())
        (q.value(0).toString() == key(bundle_format::kFormatKey) ? format : digest) =
            q.value(1).toString();
    if (format.toInt() < 1)
        return damaged(m_path, QStringLiteral("no bundle format"));
    if (format.toInt() > bundle_format::kFormat)
        return fail(QStringLiteral("%1: this bundle was written by a newer version of Stridewell "
                                   "(bundle format %2; this version reads up to %3). Update "
                                   "Stridewell to import it; nothing was imported.")
                        .arg(m_path, format)
                        .arg(bundle_format::kFormat));
    if (digest.isEmpty())
        return damaged(m_path, QStringLiteral("no checksum"));
    auto actual = bundle_format::contentDigest(raw.db());
    if (!actual)
        return damaged(m_path, withoutPrefix(actual.message(), copy));
    if (*actual != digest.toLatin1())
        return damaged(m_path, QStringLiteral("its content does not match its checksum (changed "
                                              "or corrupted since it was written)"));
    return Ok{};
}

Status BundleFile::load(const QString& copy)
{
    if (Status ok = checkFormatAndDigest(copy); !ok)
        return ok;
    auto db = Database::open(copy); // an older schema is upgraded here, in the copy
    if (!db)
        return damaged(m_path, withoutPrefix(db.message(), copy));
    m_db = std::move(*db);
    auto problems = m_db->check();
    if (!problems)
        return damaged(m_path, withoutPrefix(problems.message(), copy));
    if (!problems->isEmpty())
        return damaged(m_path, problems->join(QStringLiteral("; ")));
    auto athletes = AthleteRepository(*m_db).list();
    if (!athletes)
        return damaged(m_path, withoutPrefix(athletes.message(), copy));
    if (athletes->size() != 1)
        return damaged(
            m_path,
            QStringLiteral("it holds %1 athletes, a bundle holds one").arg(athletes->size()));
    auto record = loadAthleteRecord(*m_db, athletes->front().id);
    if (!record)
        return damaged(m_path, withoutPrefix(record.message(), copy));
    m_record = std::move(*record);
    return validate();
}

// Every row as the log would accept it, before the merge writes any of them.
Status BundleFile::validate() const
{
    if (Status ok = AthleteRepository::validateName(m_record.athlete.name); !ok)
        return damaged(m_path, ok.message());
    for (const Run& run : m_record.runs)
        if (Status ok = validateRun(run); !ok)
            return damaged(m_path, QStringLiteral("%1: %2").arg(runLabel(run), ok.message()));
    for (const Symptom& s : m_record.symptoms)
        if (Status ok = SymptomRepository::validate(s); !ok)
            return damaged(m_path, QStringLiteral("symptom entry of %1: %2")
                                       .arg(s.date.toString(Qt::ISODate), ok.message()));
    for (const CalfTest& t : m_record.calfTests)
        if (Status ok = CalfTestRepository::validate(t); !ok)
            return damaged(m_path, QStringLiteral("calf-raise test of %1: %2")
                                       .arg(t.date.toString(Qt::ISODate), ok.message()));
    for (const StrengthSession& s : m_record.strength)
        if (Status ok = StrengthRepository::validate(s); !ok)
            return damaged(m_path, QStringLiteral("strength session of %1: %2")
                                       .arg(s.date.toString(Qt::ISODate), ok.message()));
    for (const Clearance& c : m_record.clearances)
        if (Status ok = ClearanceRepository::validate(c); !ok)
            return damaged(m_path, QStringLiteral("clearance of %1: %2")
                                       .arg(c.date.toString(Qt::ISODate), ok.message()));
    return Ok{};
}

Result<SampleList> BundleFile::samples(qint64 bundleRunId) const
{
    auto samples = RunRepository(*m_db).samples(bundleRunId);
    if (!samples)
        return damaged(m_path, QStringLiteral("samples of run %1: %2")
                                   .arg(bundleRunId)
                                   .arg(withoutPrefix(samples.message(), m_db->path())));
    return samples;
}

} // namespace stridewell::core
