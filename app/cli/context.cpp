#include "cli/context.h"

#include "model/value_text.h"
#include "storage/athlete_repository.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFileInfo>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace stridewell::cli {

using namespace stridewell::core;

Context::Context(QCommandLineParser& parser, QString commandName, QStringList positionals,
                 QString dbPath, Units units)
    : m_parser(parser), m_command(std::move(commandName)), m_positionals(std::move(positionals)),
      m_dbPath(std::move(dbPath)), m_units(units), m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

Context::~Context() = default;

void Context::progress(const QString& text)
{
    static const bool terminal = ::isatty(STDERR_FILENO) == 1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!terminal || (m_progressAt >= 0 && now - m_progressAt < 100))
        return;
    m_progressAt = now;
    m_out.flush();
    m_err << "\r\033[K" << text << Qt::flush; // erase the line, then write over it
    m_progressShown = true;
}

void Context::clearProgress()
{
    if (!m_progressShown)
        return;
    m_err << "\r\033[K" << Qt::flush;
    m_progressShown = false;
}

void Context::error(const QString& message)
{
    clearProgress();
    m_out.flush();
    m_err << "stridewell: error: " << message << Qt::endl;
}

void Context::note(const QString& message)
{
    clearProgress();
    m_out.flush();
    m_err << "stridewell: " << message << Qt::endl;
}

int Context::usage(const QString& message)
{
    m_usageFailed = true;
    error(message);
    m_err << "(see: stridewell " << m_command << " --help)" << Qt::endl;
    return kUsage;
}

int Context::failed(const QString& message)
{
    error(message);
    return kFailed;
}

Result<Database*> Context::openLog(bool mayCreate)
{
    if (m_db)
        return m_db.get();
    if (!mayCreate && !QFileInfo::exists(m_dbPath))
        return fail(
            QStringLiteral(
                "%1: no log here yet (add an athlete, log a run or run 'stridewell demo' first)")
                .arg(m_dbPath));
    auto db = Database::open(m_dbPath);
    if (!db)
        return db.error();
    m_db = std::move(*db);
    if (m_db->madePrivate())
        note(QStringLiteral("note: %1: the log was readable by other users; it is now private "
                            "to you (mode 0600)")
                 .arg(m_db->path()));
    return m_db.get();
}

Result<Athlete> Context::athlete(bool createIfEmpty)
{
    auto db = openLog(createIfEmpty);
    if (!db)
        return db.error();
    AthleteRepository athletes(**db);
    auto all = athletes.list();
    if (!all)
        return all.error();
    const QString wanted = m_parser.isSet(QStringLiteral("athlete"))
                               ? m_parser.value(QStringLiteral("athlete")).trimmed()
                               : QString();
    if (all->isEmpty() && createIfEmpty) {
        auto added = athletes.add(wanted.isEmpty() ? QStringLiteral("Runner") : wanted);
        if (added)
            note(QStringLiteral("added athlete \"%1\" to the empty log").arg(added->name));
        return added;
    }
    if (wanted.isEmpty()) {
        if (all->size() == 1)
            return all->front();
        if (all->isEmpty())
            return fail(
                QStringLiteral(
                    "%1: the log has no athletes yet (add one with 'stridewell athlete add NAME')")
                    .arg(m_dbPath));
        QStringList names;
        for (const Athlete& a : *all)
            names << a.name;
        return fail(QStringLiteral(
                        "--athlete: the log holds %1 athletes (%2); choose one with --athlete NAME")
                        .arg(all->size())
                        .arg(names.join(QStringLiteral(", "))));
    }
    for (const Athlete& a : *all)
        if (a.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return a;
    QStringList names;
    for (const Athlete& a : *all)
        names << a.name;
    return fail(
        QStringLiteral("--athlete: no athlete named \"%1\" in this log%2")
            .arg(wanted,
                 names.isEmpty()
                     ? QString()
                     : QStringLiteral(" (it holds: %1)").arg(names.join(QStringLiteral(", ")))));
}

std::optional<QDate> Context::dateOption(const QString& name, bool required)
{
    if (!m_parser.isSet(name)) {
        if (required)
            usage(QStringLiteral("--%1: required (YYYY-MM-DD)").arg(name));
        return std::nullopt;
    }
    const QString text = m_parser.value(name);
    auto date = parseIsoDate(text);
    if (!date)
        usage(QStringLiteral("--%1: \"%2\" is not a date (use YYYY-MM-DD)").arg(name, text));
    return date;
}

std::optional<double> Context::numberOption(const QString& name, double min, double max,
                                            bool required)
{
    if (!m_parser.isSet(name)) {
        if (required)
            usage(QStringLiteral("--%1: required").arg(name));
        return std::nullopt;
    }
    const QString text = m_parser.value(name);
    auto v = parseNumber(text);
    if (!v) {
        usage(QStringLiteral("--%1: \"%2\" is not a number").arg(name, text));
        return std::nullopt;
    }
    if (*v < min || *v > max) {
        usage(QStringLiteral("--%1: %2 is out of range (%3 to %4)")
                  .arg(name, text, QString::number(min, 'g', 12), QString::number(max, 'g', 12)));
        return std::nullopt;
    }
    return v;
}

std::optional<int> Context::integerOption(const QString& name, int min, int max, bool required)
{
    if (!m_parser.isSet(name)) {
        if (required)
            usage(QStringLiteral("--%1: required").arg(name));
        return std::nullopt;
    }
    const QString text = m_parser.value(name);
    auto v = parseInteger(text);
    if (!v) {
        usage(QStringLiteral("--%1: \"%2\" is not a whole number").arg(name, text));
        return std::nullopt;
    }
    if (*v < min || *v > max) {
        usage(QStringLiteral("--%1: %2 is out of range (%3 to %4)")
                  .arg(name, text, QString::number(min), QString::number(max)));
        return std::nullopt;
    }
    return v;
}

bool Context::dateRange(std::optional<QDate>& from, std::optional<QDate>& to)
{
    from = dateOption(QStringLiteral("from"), false);
    if (m_usageFailed)
        return false;
    to = dateOption(QStringLiteral("to"), false);
    if (m_usageFailed)
        return false;
    if (from && to && *from > *to) {
        usage(QStringLiteral("--from: %1 is after --to %2")
                  .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        return false;
    }
    return true;
}

QString Context::distance(Distance d, int decimals) const
{
    const double v = m_units == Units::Km ? d.inKm() : d.inMiles();
    return QStringLiteral("%1 %2").arg(QString::number(v, 'f', decimals), unitName());
}

QString Context::pace(Distance d, Duration t) const
{
    const double per = m_units == Units::Km ? d.inKm() : d.inMiles();
    if (per <= 0)
        return QStringLiteral("-");
    const qint64 s = std::llround(t.inSeconds() / per);
    return QStringLiteral("%1:%2/%3")
        .arg(s / 60)
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(unitName());
}

} // namespace stridewell::cli
