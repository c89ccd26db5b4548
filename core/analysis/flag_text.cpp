#include "analysis/flag_text.h"

#include <cmath>

namespace stridewell::core::flag_text {

QString percent(double ratio, double threshold)
{
    // 0.325 is 32.4999... in binary: nudge so that halves round away from zero as written.
    const double p = ratio * 100.0 + std::copysign(1e-7, ratio);
    const bool readsAsThreshold = std::lround(p) == std::lround(threshold * 100.0);
    return QString::number(p, 'f', readsAsThreshold ? 1 : 0) + QLatin1Char('%');
}

QString reference(FlagKind kind)
{
    switch (kind) {
    case FlagKind::WeeklyIncrease:
        return QStringLiteral(
            "Nielsen RO et al. Excessive progression in weekly running distance and risk of "
            "running-related injuries. JOSPT 2014;44(10):739–747. The 10% rule alone did not "
            "prevent injuries: Buist I et al. Am J Sports Med 2008;36(1):33–39.");
    case FlagKind::SessionSpike:
        return QStringLiteral(
            "Frandsen JSB et al. How much running is too much? Identifying high-risk running "
            "sessions in a 5200-person cohort study. Br J Sports Med 2025. "
            "doi:10.1136/bjsports-2024-109380.");
    case FlagKind::AcwrHigh:
        return QStringLiteral(
            "Gabbett TJ. The training–injury prevention paradox. Br J Sports Med "
            "2016;50:273–280. On its limits: Impellizzeri FM et al. Int J Sports Physiol "
            "Perform 2020;15:907–913.");
    case FlagKind::MonotonyHigh:
        return QStringLiteral(
            "Foster C. Monitoring training in athletes with reference to overtraining syndrome. "
            "Med Sci Sports Exerc 1998;30(7):1164–1168.");
    case FlagKind::CadenceLow:
        return QStringLiteral(
            "Heiderscheit BC et al. Effects of step rate manipulation on joint mechanics during "
            "running. Med Sci Sports Exerc 2011;43(2):296–302.");
    case FlagKind::ShoeMileage:
        return QStringLiteral("A common rule of thumb (480–800 km a pair), more convention than "
                              "research finding; how the shoes feel matters too.");
    case FlagKind::RedFlag:
        return QStringLiteral(
            "Clinical red flags for calf pain: a possible clot (deep vein thrombosis), tear, or "
            "vascular or nerve cause needs a clinician, not a training plan.");
    case FlagKind::SymptomPersistent:
        return QStringLiteral("Common clinical guidance: symptoms not improving after 7–10 days "
                              "of rest and home care are worth an assessment.");
    case FlagKind::CalfAsymmetry:
        return QStringLiteral(
            "Single-leg calf raise capacity test: a side more than 10% weaker than the other is "
            "a commonly used sign of an imbalance worth working on.");
    case FlagKind::RanDuringHold:
        return QStringLiteral(
            "Clinical red flags for calf pain: until a clinician has ruled out a clot, tear, or "
            "vascular or nerve cause, running can make it worse.");
    }
    return {};
}

QString weeklyIncrease(Severity severity, double value, double threshold)
{
    const QString intro =
        QStringLiteral("This week's distance so far is %1 above last week's (more than %2). ")
            .arg(percent(value, threshold), percent(threshold, -1));
    if (severity == Severity::High)
        return intro + QStringLiteral("Novice runners who raised their weekly distance by more "
                                      "than 30% had more injuries than those who stayed under "
                                      "10%. Consider keeping the rest of the week short and easy.");
    return intro + QStringLiteral("Building up gradually gives legs time to adapt; consider "
                                  "easy running for the rest of the week.");
}

QString sessionSpike(Severity severity, double value, int windowDays)
{
    const QString intro =
        QStringLiteral("This run was %1 longer than your longest run of the %2 days before it. ")
            .arg(percent(value, -1))
            .arg(windowDays);
    if (severity == Severity::High)
        return intro + QStringLiteral("In a large study of runners, single runs more than "
                                      "twice that long went with the highest injury risk. "
                                      "Consider an easy few days and longer runs that grow in "
                                      "smaller steps.");
    return intro + QStringLiteral("Runs more than 10% longer than that went with a raised "
                                  "injury risk in a large study of runners. Consider growing "
                                  "the long run in smaller steps.");
}

QString acwrHigh(Severity severity, double value, double threshold)
{
    const QString intro =
        QStringLiteral("Your last 7 days were %1 times your average week of the last 4 weeks "
                       "(above %2). ")
            .arg(QString::number(value, 'f', std::abs(value - threshold) < 0.005 ? 3 : 2),
                 QString::number(threshold, 'g', 4));
    const QString tail = severity == Severity::High
                             ? QStringLiteral("Above 1.5 load is climbing much faster than you "
                                              "are used to; consider a lighter few days. ")
                             : QStringLiteral("Above 1.3 load is rising faster than usual; "
                                              "consider holding it steady for a while. ");
    return intro + tail + QStringLiteral("This ratio is one signal among several, not a verdict.");
}

QString monotonyHigh(std::optional<double> monotony, double threshold, bool sessionRpe)
{
    const QString what = sessionRpe ? QStringLiteral("training load (minutes × effort)")
                                    : QStringLiteral("distance");
    const QString intro =
        monotony
            ? QStringLiteral("Your daily %1 was much the same all week (monotony %2, above "
                             "%3). ")
                  .arg(what, QString::number(*monotony, 'f', 2), QString::number(threshold, 'f', 1))
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
             QString::number(threshold, 'f', 0));
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
        .arg(weakerSide, percent(value, threshold), percent(threshold, -1));
}

} // namespace stridewell::core::flag_text
