#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace stridewell::core {

enum class WeekStart { Monday, Sunday };

// The thresholds of the flag rules (design.md section 4) and the week start, with the specified
// defaults. A plain struct: the analysis never reads settings itself. The log stores it as text
// values under the keys of toMap() (see storage/analysis_settings_store.h), so a coach's
// thresholds travel with the log.
struct AnalysisSettings
{
    WeekStart weekStart = WeekStart::Monday;

    double weeklyIncreaseCaution = 0.10; // C > 1.10 P
    double weeklyIncreaseHigh = 0.30;    // C > 1.30 P
    double weeklyIncreaseMinPreviousKm = 5.0;

    double sessionSpikeCaution = 0.10; // distance > 1.10 L
    double sessionSpikeHigh = 1.00;    // high when the spike is above 100%
    int sessionSpikeWindowDays = 30;

    double acwrCaution = 1.3;
    double acwrHigh = 1.5;

    double monotonyHigh = 2.0;

    double cadenceLowSpm = 165.0;
    int cadenceWindowDays = 28;
    int cadenceMinRuns = 3;

    int symptomEpisodeGapDays = 7; // entries at most this far apart form one episode
    int symptomPersistentDays = 10;

    double calfAsymmetry = 0.10; // the weaker side below 90% of the stronger

    // Only the keys that differ from the defaults; values in the C locale.
    QMap<QString, QString> toMap() const;
    // Defaults, overridden by the known keys of `values` that parse and are in range. Unknown
    // keys belong to others and are ignored; problems (a bad value) are listed in `problems`.
    static AnalysisSettings fromMap(const QMap<QString, QString>& values,
                                    QStringList* problems = nullptr);
    static QStringList keys();

    bool operator==(const AnalysisSettings& o) const { return toMap() == o.toMap(); }
};

} // namespace stridewell::core
