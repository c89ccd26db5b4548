#include "analysis/analysis_settings.h"

#include "model/value_text.h"

#include <variant>
#include <vector>

namespace stridewell::core {

namespace {

// One stored setting: its key, where it lives in the struct and the values it may take.
struct Field
{
    const char* key;
    std::variant<double AnalysisSettings::*, int AnalysisSettings::*> member;
    double min;
    double max;
};

const std::vector<Field>& fields()
{
    using S = AnalysisSettings;
    static const std::vector<Field> all = {
        {"analysis.weekly_increase_caution", &S::weeklyIncreaseCaution, 0.0, 10.0},
        {"analysis.weekly_increase_high", &S::weeklyIncreaseHigh, 0.0, 10.0},
        {"analysis.weekly_increase_min_previous_km", &S::weeklyIncreaseMinPreviousKm, 0.0, 1000.0},
        {"analysis.session_spike_caution", &S::sessionSpikeCaution, 0.0, 10.0},
        {"analysis.session_spike_high", &S::sessionSpikeHigh, 0.0, 10.0},
        {"analysis.session_spike_window_days", &S::sessionSpikeWindowDays, 1, 365},
        {"analysis.acwr_caution", &S::acwrCaution, 0.0, 10.0},
        {"analysis.acwr_high", &S::acwrHigh, 0.0, 10.0},
        {"analysis.monotony_high", &S::monotonyHigh, 0.0, 100.0},
        {"analysis.cadence_low_spm", &S::cadenceLowSpm, 100.0, 260.0},
        {"analysis.cadence_window_days", &S::cadenceWindowDays, 1, 365},
        {"analysis.cadence_min_runs", &S::cadenceMinRuns, 1, 1000},
        {"analysis.symptom_episode_gap_days", &S::symptomEpisodeGapDays, 0, 365},
        {"analysis.symptom_persistent_days", &S::symptomPersistentDays, 1, 365},
        {"analysis.calf_asymmetry", &S::calfAsymmetry, 0.0, 1.0},
    };
    return all;
}

const char kWeekStartKey[] = "analysis.week_start";

QString text(const AnalysisSettings& s, const Field& f)
{
    if (auto d = std::get_if<double AnalysisSettings::*>(&f.member))
        return QString::number(s.**d, 'g', 10);
    return QString::number(s.*std::get<int AnalysisSettings::*>(f.member));
}

} // namespace

QStringList AnalysisSettings::keys()
{
    QStringList all{QString::fromLatin1(kWeekStartKey)};
    for (const Field& f : fields())
        all << QString::fromLatin1(f.key);
    return all;
}

QMap<QString, QString> AnalysisSettings::toMap() const
{
    const AnalysisSettings defaults;
    QMap<QString, QString> values;
    if (weekStart != defaults.weekStart)
        values.insert(QString::fromLatin1(kWeekStartKey), QStringLiteral("sunday"));
    for (const Field& f : fields())
        if (text(*this, f) != text(defaults, f))
            values.insert(QString::fromLatin1(f.key), text(*this, f));
    return values;
}

AnalysisSettings AnalysisSettings::fromMap(const QMap<QString, QString>& values,
                                           QStringList* problems)
{
    AnalysisSettings s;
    auto complain = [&](const QString& key, const QString& value, const QString& why) {
        if (problems)
            *problems << QStringLiteral("%1 = \"%2\": %3").arg(key, value, why);
    };
    if (auto it = values.find(QString::fromLatin1(kWeekStartKey)); it != values.end()) {
        const QString v = it.value().trimmed().toLower();
        if (v == QLatin1String("sunday"))
            s.weekStart = WeekStart::Sunday;
        else if (v != QLatin1String("monday"))
            complain(it.key(), it.value(), QStringLiteral("not monday or sunday"));
    }
    for (const Field& f : fields()) {
        const auto it = values.find(QString::fromLatin1(f.key));
        if (it == values.end())
            continue;
        const auto number = parseNumber(it.value().trimmed());
        if (!number) {
            complain(it.key(), it.value(), QStringLiteral("not a number"));
            continue;
        }
        if (*number < f.min || *number > f.max) {
            complain(it.key(), it.value(), QStringLiteral("outside %1-%2").arg(f.min).arg(f.max));
            continue;
        }
        if (auto d = std::get_if<double AnalysisSettings::*>(&f.member))
            s.** d = *number;
        else if (*number == double(int(*number)))
            s.*std::get<int AnalysisSettings::*>(f.member) = int(*number);
        else
            complain(it.key(), it.value(), QStringLiteral("not a whole number"));
    }
    return s;
}

} // namespace stridewell::core
