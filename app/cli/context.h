#pragma once

#include "model/athlete.h"
#include "model/units.h"
#include "result.h"

#include <QCommandLineParser>
#include <QDate>
#include <QTextStream>
#include <memory>
#include <optional>

namespace stridewell::core {
class Database;
}

namespace stridewell::cli {

enum class Units { Km, Mi };

// Exit codes of the command-line contract (design.md section 3).
enum ExitCode { kSuccess = 0, kFailed = 1, kUsage = 2 };

// What a command needs: its parsed options, stdout/stderr, the output units and the log.
class Context
{
public:
    Context(QCommandLineParser& parser, QString commandName, QStringList positionals,
            QString dbPath, Units units);
    ~Context();

    QCommandLineParser& args() { return m_parser; }
    const QString& commandName() const { return m_command; }
    // Arguments after the command words.
    const QStringList& positionals() const { return m_positionals; }
    QTextStream& out() { return m_out; }
    Units units() const { return m_units; }

    // Prints "stridewell: error: <message>" and returns the exit code.
    int usage(const QString& message);
    int failed(const QString& message);
    void error(const QString& message);
    void note(const QString& message);
    // A line on stderr that the next one replaces, for long work, at most ten times a second;
    // only when stderr is a terminal, so a pipe or a log file gets none of it.
    void progress(const QString& text);
    // Clears the progress line, before other output.
    void clearProgress();

    // Opens the log. Commands that only read refuse to create a missing file.
    core::Result<core::Database*> openLog(bool mayCreate);
    // --athlete, or the only athlete; the error names the athletes when it is ambiguous.
    // When the log has no athlete at all and createIfEmpty is set, adds one.
    core::Result<core::Athlete> athlete(bool createIfEmpty = false);

    // Option values, checked; nullopt with the message already printed as a usage error.
    std::optional<QDate> dateOption(const QString& name, bool required);
    std::optional<double> numberOption(const QString& name, double min, double max, bool required);
    std::optional<int> integerOption(const QString& name, int min, int max, bool required);
    // --from/--to (both optional), checked for order; false after a usage error.
    bool dateRange(std::optional<QDate>& from, std::optional<QDate>& to);

    QString distance(core::Distance d, int decimals = 2) const;
    QString pace(core::Distance d, core::Duration t) const;
    QString unitName() const
    {
        return m_units == Units::Km ? QStringLiteral("km") : QStringLiteral("mi");
    }

    bool usageFailed() const { return m_usageFailed; }

private:
    QCommandLineParser& m_parser;
    QString m_command;
    QStringList m_positionals;
    QString m_dbPath;
    Units m_units;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<core::Database> m_db;
    bool m_usageFailed = false;
    bool m_progressShown = false;
    qint64 m_progressAt = -1; // msecs since the epoch of the last progress line
};

} // namespace stridewell::cli
