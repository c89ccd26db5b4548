#include "analysis/flag_text.h"

#include "analysis/threshold.h"
#include "model/value_text.h"

#include <cmath>

namespace stridewell::core::flag_text {

namespace {

// Frandsen et al. 2025: single runs more than 10% longer than the longest of the 30 days before
// went with a raised injury risk, more than 100% longer with the highest.
constexpr double kSpikeRaisedInStudy = 0.10;
constexpr double kSpikeHighestInStudy = 1.00;

bool same(double a, double b)
{
    return !above(a, b) && !below(a, b);
}

// A threshold that is no percentage: "1.5", "2.25", "165".
QString number(double v, int leastDecimals)
{
    return QString::number(v, 'f', decimalsFor(v, leastDecimals, 3));
}

} // namespace

QString percent(double ratio, double threshold)
{
    // 0.325 is 32.4999... in binary: nudge so that halves round away from zero as written.
    const double p = ratio * 100.0 + std::copysign(1e-7, ratio);
    const bool readsAsThreshold = std::lround(p) == std::lround(threshold * 100.0);
    return QString::number(p, 'f', readsAsThreshold ? 1 : 0) + QLatin1Char('%');
}

QString thresholdPercent(double ratio)
{
    const double p = ratio * 100.0;
    return QString::number(p, 'f', decimalsFor(p, 0, 2)) + QLatin1Char('%');
}

QString weeklyIncrease(Severity severity, double value, double threshold)
{
    const QString intro =
        QStringLiteral("This week's distance so far is %1 above last week's (more than %2). ")
            .arg(percent(value, threshold), thresholdPercent(threshold));
    if (severity == Severity::High)
        return intro + QStringLiteral("Novice runners who raised their weekly distance by more "
                                      "than 30% had more injuries than those who stayed under "
                                      "10%. Consider keeping the rest of the week short and easy.");
    return intro + QStringLiteral("Building up gradually gives legs time to adapt; consider "
                                  "easy running for the rest of the week.");
}

QString sessionSpike(Severity severity, double value, double threshold, int windowDays)
{
    const QString intro =
        QStringLiteral("This run was %1 longer than your longest run of the %2 days before it. ")
            .arg(percent(value, -1))
            .arg(windowDays);
    // Where the log's threshold is the study's, one sentence says both; where a coach has set
    // another, the message says the log's and keeps the study's numbers as the study's.
    if (severity == Severity::High) {
        const QString advice = QStringLiteral("Consider an easy few days and longer runs that "
                                              "grow in smaller steps.");
        if (same(threshold, kSpikeHighestInStudy))
            return intro +
                   QStringLiteral("In a large study of runners, single runs more than "
                                  "twice that long went with the highest injury risk. ") +
                   advice;
        return intro +
               QStringLiteral("This log counts runs more than %1 longer than that as high; in a "
                              "large study of runners, single runs more than twice that long "
                              "went with the highest injury risk. ")
                   .arg(thresholdPercent(threshold)) +
               advice;
    }
    const QString advice = QStringLiteral("Consider growing the long run in smaller steps.");
    if (same(threshold, kSpikeRaisedInStudy))
        return intro +
               QStringLiteral("Runs more than 10% longer than that went with a raised "
                              "injury risk in a large study of runners. ") +
               advice;
    return intro +
           QStringLiteral("This log flags runs more than %1 longer than that; in a large study "
                          "of runners, runs more than 10% longer went with a raised injury "
                          "risk. ")
               .arg(thresholdPercent(threshold)) +
           advice;
}

QString acwrHigh(Severity severity, double value, double threshold)
{
    const QString limit = QString::number(threshold, 'g', 4);
    const QString intro =
        QStringLiteral("Your last 7 days were %1 times your average week of the last 4 weeks "
                       "(above %2). ")
            .arg(QString::number(value, 'f', std::abs(value - threshold) < 0.005 ? 3 : 2), limit);
    const QString tail = severity == Severity::High
                             ? QStringLiteral("Above %1 load is climbing much faster than you "
                                              "are used to; consider a lighter few days. ")
                                   .arg(limit)
                             : QStringLiteral("Above %1 load is rising faster than usual; "
                                              "consider holding it steady for a while. ")
                                   .arg(limit);
    return intro + tail + QStringLiteral("This ratio is one signal among several, not a verdict.");
}

QString monotonyHigh(std::optional<double> monotony, double threshold, bool sessionRpe)
{
    const QString what = sessionRpe ? QStringLiteral("training load (minutes × effort)")
                                    : QStringLiteral("distance");
    const QString intro =
        monotony ? QStringLiteral("Your daily %1 was much the same all week (monotony %2, above "
                                  "%3). ")
                       .arg(what, QString::number(*monotony, 'f', 2), number(threshold, 1))
                 : QStringLiteral("Every day of the week had exactly the same %1. ").arg(what);
    return intro + QStringLiteral("Alternating harder days with easier ones and rest days "
                                  "gives the body time to adapt.");
}

QString cadenceLow(double median, double threshold, int windowDays)
{
    return QStringLiteral("Your typical cadence over the last %1 days fell to %2 steps/min "
                          "(below %3). A slightly quicker, shorter stride may lower the load "
                          "on knees and hips; consider raising it about 5% at a time toward "
                          "the commonly given 170–180.")
        .arg(windowDays)
        .arg(QString::number(median, 'f', median == std::floor(median) ? 0 : 1),
             number(threshold, 0));
}

QString shoeMileage(const QString& shoeName)
{
    return QStringLiteral("\"%1\" has now run past the distance set as its limit. Consider how "
                          "the shoes feel and whether it is time for a new pair.")
        .arg(shoeName);
}

QString redFlag(const Triage& triage)
{
    return QStringLiteral("%1. %2").arg(triage.headline, triage.advice);
}

QString ranDuringHold(QDate holdStart, const Triage& triage)
{
    return QStringLiteral("This run came while training was on hold after the warning signs "
                          "logged on %1 (%2). Running before a clinician has seen the calf can "
                          "make an injury worse; log their clearance once you have been seen.")
        .arg(holdStart.toString(Qt::ISODate), triage.headline.toLower());
}

QString symptomPersistent(int days, int painNow, int painFirst)
{
    return QStringLiteral("The pain has gone on for %1 days without easing (%2/10 now, %3/10 "
                          "at the start). Pain that does not improve after 7–10 days of rest "
                          "and home care is worth having assessed; consider booking a physio or "
                          "doctor.")
        .arg(days)
        .arg(painNow)
        .arg(painFirst);
}

QString calfAsymmetry(const QString& weakerSide, double value, double threshold)
{
    return QStringLiteral("Your %1 calf managed %2 fewer single-leg raises than the other "
                          "(more than %3). Strength work that brings both sides to the same "
                          "count may help.")
        .arg(weakerSide, percent(value, threshold), thresholdPercent(threshold));
}

} // namespace stridewell::core::flag_text
