#include "advice/health_notices.h"

#include "advice/hold.h"

#include <algorithm>

namespace stridewell::core {

namespace {

HealthNotice noticeFor(const Symptom& s, HealthNotice::Kind kind)
{
    HealthNotice n;
    n.kind = kind;
    n.symptomId = s.id;
    n.date = s.date;
    n.location = s.location;
    n.side = s.side;
    n.pain = s.pain;
    n.signs = kind == HealthNotice::Kind::RedFlag ? warningSigns(s) : s.redFlags;
    n.triage = kind == HealthNotice::Kind::RedFlag ? triage(s) : notEasingTriage();
    n.acknowledged =
        kind == HealthNotice::Kind::RedFlag ? s.acknowledged : s.assessmentAcknowledged;
    return n;
}

} // namespace

void mostUrgentFirst(QList<HealthNotice>& notices)
{
    std::stable_sort(notices.begin(), notices.end(),
                     [](const HealthNotice& a, const HealthNotice& b) {
                         if (a.triage.urgency != b.triage.urgency)
                             return a.triage.urgency > b.triage.urgency;
                         return a.date > b.date;
                     });
}

HealthNotice redFlagNotice(const Symptom& entry)
{
    return noticeFor(entry, HealthNotice::Kind::RedFlag);
}

bool hasWarningSign(const Symptom& s)
{
    return !warningSigns(s).isEmpty();
}

QList<HealthNotice> redFlagNotices(const QList<Symptom>& symptoms,
                                   const QList<Clearance>& clearances, QDate asOf, int recentDays)
{
    const QDate since = asOf.addDays(1 - recentDays);
    QList<HealthNotice> notices;
    for (const Symptom& s : symptoms)
        if (hasWarningSign(s) && s.date <= asOf && (!s.acknowledged || s.date >= since) &&
            !isCleared(s, clearances, asOf))
            notices << noticeFor(s, HealthNotice::Kind::RedFlag);
    mostUrgentFirst(notices);
    return notices;
}

QList<HealthNotice> bannerNotices(const QList<Symptom>& symptoms,
                                  const QList<Clearance>& clearances,
                                  const std::vector<Flag>& flags, QDate asOf, int recentDays)
{
    QList<HealthNotice> notices;
    for (const Symptom& s : symptoms)
        if (hasWarningSign(s) && !s.acknowledged && s.date <= asOf &&
            !isCleared(s, clearances, asOf))
            notices << noticeFor(s, HealthNotice::Kind::RedFlag);
    mostUrgentFirst(notices);

    const QDate since = asOf.addDays(1 - recentDays);
    for (const Flag& f : flags) {
        if (f.kind != FlagKind::SymptomPersistent || !f.symptomId || f.date < since ||
            f.date > asOf)
            continue;
        for (const Symptom& s : symptoms)
            if (s.id == *f.symptomId && !s.assessmentAcknowledged)
                notices << noticeFor(s, HealthNotice::Kind::NotEasing);
    }
    return notices;
}

QString noticeSummary(const HealthNotice& n)
{
    QString where = painWords(n.location);
    where.replace(QLatin1Char('-'), QLatin1Char(' '));
    QString text =
        QStringLiteral("%1 %2, pain %3/10 on %4")
            .arg(n.side == Side::Both ? QStringLiteral("both legs:") : toId(n.side), where)
            .arg(n.pain)
            .arg(n.date.toString(Qt::ISODate));
    QStringList signs;
    for (RedFlagSign sign : n.signs)
        signs << describe(sign).toLower();
    if (!signs.isEmpty())
        text += QStringLiteral(" - ") + signs.join(QStringLiteral("; "));
    return text;
}

} // namespace stridewell::core
