#pragma once

#include "model/units.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace stridewell::core {

// Text forms shared by the command line, the CSV files and the dialogs. Always the C locale:
// "." as the decimal separator whatever the user's language.

// "H:MM:SS", "MM:SS" (minutes may exceed 59) or plain seconds ("3600", "3600.5").
std::optional<Duration> parseDuration(QStringView text);
// H:MM:SS, rounded to the second.
QString formatDuration(Duration d);
// Strict YYYY-MM-DD.
std::optional<QDate> parseIsoDate(QStringView text);
// A number in the C locale ("12.5"); no thousands separators, no units.
std::optional<double> parseNumber(QStringView text);
// A whole number in the C locale.
std::optional<int> parseInteger(QStringView text);
// The fewest decimals, from `least` to `most`, that write `v` as it is: 1.3 takes one, 1.25
// two. So a threshold reads as the setting it came from, not rounded to its neighbour.
int decimalsFor(double v, int least, int most);
// "YYYY-MM-DD" (local noon), or ISO 8601 date-time: without a zone it is local time,
// with "Z" UTC, with "+hh:mm" that offset.
std::optional<QDateTime> parseDateOrDateTime(QStringView text);
// ISO 8601 with the offset, e.g. 2024-03-01T07:30:00+01:00.
QString formatIsoWithOffset(const QDateTime& utc, int offsetS);
// The offset this machine's time zone has at that instant (or wall time).
int systemOffsetAt(const QDateTime& dt);

} // namespace stridewell::core
