#pragma once

// Small builders for the analysis tests: runs on a local day, symptoms, calf tests.
#include "model/calf_test.h"
#include "model/flag.h"
#include "model/run.h"
#include "model/symptom.h"

#include <QDate>
#include <QList>
#include <QTimeZone>
#include <vector>

namespace stridewell::test {

// A run starting at `local` wall-clock time on `day` in a zone `offsetS` east of UTC.
inline core::Run runOn(QDate day, double km, std::optional<int> rpe = std::nullopt,
                       QTime local = QTime(7, 0), int offsetS = 3600)
{
    static qint64 nextId = 1;
    core::Run run;
    run.id = nextId++;
    run.startUtc = QDateTime(day, local, Qt::UTC).addSecs(-offsetS);
    run.utcOffsetS = offsetS;
    run.distance = core::Distance::km(km);
    run.elapsed = core::Duration::minutes(km * 6); // 6:00/km
    run.rpe = rpe;
    run.source = QStringLiteral("manual");
    return run;
}

// One run a day from `first`, the distances in order (0 = rest day).
inline QList<core::Run> dailyRuns(QDate first, const std::vector<double>& km)
{
    QList<core::Run> runs;
    for (std::size_t i = 0; i < km.size(); ++i)
        if (km[i] > 0)
            runs << runOn(first.addDays(qint64(i)), km[i]);
    return runs;
}

inline core::Symptom symptomOn(QDate day, int pain, QList<core::RedFlagSign> signs = {})
{
    static qint64 nextId = 1;
    core::Symptom s;
    s.id = nextId++;
    s.date = day;
    s.location = core::BodyLocation::CalfMedialLower;
    s.side = core::Side::Left;
    s.pain = pain;
    s.redFlags = signs;
    return s;
}

inline core::CalfTest calfTestOn(QDate day, int left, int right)
{
    static qint64 nextId = 1;
    return core::CalfTest{nextId++, 1, day, left, right, QString(), {}};
}

// The events of one kind, in order.
inline std::vector<core::Flag> ofKind(const std::vector<core::Flag>& flags, core::FlagKind kind)
{
    std::vector<core::Flag> out;
    for (const core::Flag& f : flags)
        if (f.kind == kind)
            out.push_back(f);
    return out;
}

} // namespace stridewell::test

QT_BEGIN_NAMESPACE
inline void PrintTo(const QDate& d, std::ostream* os)
{
    *os << d.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE
