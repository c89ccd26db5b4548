#include "model/value_text.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace stridewell::core {

int decimalsFor(double v, int least, int most)
{
    for (int d = least; d < most; ++d) {
        const double scaled = v * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::abs(scaled)))
            return d;
    }
    return most;
}

std::optional<Duration> parseDuration(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty())
        return std::nullopt;
    if (!t.contains(QLatin1Char(':'))) {
        auto seconds = parseNumber(t);
        if (!seconds || *seconds < 0)
            return std::nullopt;
        return Duration::seconds(*seconds);
    }
    // Seconds (and minutes after hours) take two digits: "1:2" is a typo, not 62 seconds.
    static const QRegularExpression form(
        QStringLiteral(R"(^(?:(\d+):(?=\d{2}:))?(\d{1,4}):(\d{2}(?:\.\d+)?)$)"));
    const auto m = form.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const bool hasHours = m.capturedLength(1) > 0;
    const double hours = hasHours ? m.captured(1).toDouble() : 0.0;
    const double minutes = m.captured(2).toDouble();
    const double seconds = QLocale::c().toDouble(m.captured(3));
    if (seconds >= 60.0 || (hasHours && minutes >= 60.0))
        return std::nullopt;
    return Duration::seconds(hours * 3600.0 + minutes * 60.0 + seconds);
}

QString formatDuration(Duration d)
{
    const qint64 total = std::llround(d.inSeconds());
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600)
        .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

std::optional<QDate> parseIsoDate(QStringView text)
{
    static const QRegularExpression form(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString t = text.trimmed().toString();
    if (!form.match(t).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<double> parseNumber(QStringView text)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<int> parseInteger(QStringView text)
{
    bool ok = false;
    const int v = QLocale::c().toInt(text.trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<QDateTime> parseDateOrDateTime(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (auto date = parseIsoDate(t))
        return QDateTime(*date, QTime(12, 0), Qt::LocalTime);
    static const QRegularExpression form(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = form.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QString timeText = m.captured(2);
    if (timeText.size() == 5)
        timeText += QStringLiteral(":00");
    const QTime time = QTime::fromString(timeText.left(8), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = m.captured(3);
    if (zone.isEmpty())
        return QDateTime(date, time, Qt::LocalTime);
    if (zone == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int offset = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60) *
                       (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    if (std::abs(offset) > 18 * 3600)
        return std::nullopt;
    return QDateTime(date, time, QTimeZone(offset));
}

QString formatIsoWithOffset(const QDateTime& utc, int offsetS)
{
    return utc.toTimeZone(QTimeZone(offsetS)).toString(Qt::ISODate);
}

int systemOffsetAt(const QDateTime& dt)
{
    return dt.toLocalTime().offsetFromUtc();
}

} // namespace stridewell::core
