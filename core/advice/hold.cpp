#include "advice/hold.h"

#include <algorithm>

namespace stridewell::core {

namespace {

QDate clearedOn(QDate from, const QList<Clearance>& clearances, QDate asOf)
{
    QDate first;
    for (const Clearance& c : clearances)
        if (c.date >= from && c.date <= asOf && (!first.isValid() || c.date < first))
            first = c.date;
    return first;
}

} // namespace

bool isCleared(const Symptom& entry, const QList<Clearance>& clearances, QDate asOf)
{
    return clearedOn(entry.date, clearances, asOf).isValid();
}

QList<HoldPeriod> holdPeriods(const QList<Symptom>& symptoms, const QList<Clearance>& clearances,
                              QDate asOf)
{
    QList<HoldPeriod> periods;
    for (const Symptom& s : symptoms) {
        if (s.date > asOf)
            continue;
        const Triage t = triage(s);
        if (!t.holdsTraining())
            continue;
        periods.append({s, t, s.date, clearedOn(s.date, clearances, asOf)});
    }
    std::stable_sort(periods.begin(), periods.end(),
                     [](const HoldPeriod& a, const HoldPeriod& b) { return a.start < b.start; });
    return periods;
}

std::optional<Hold> currentHold(const QList<HoldPeriod>& periods, QDate asOf)
{
    std::optional<Hold> hold;
    for (const HoldPeriod& p : periods) {
        if (!p.covers(asOf))
            continue;
        if (!hold) {
            hold = Hold{p, p.start, 0};
            continue;
        }
        hold->since = std::min(hold->since, p.start);
        const Urgency u = p.triage.urgency, best = hold->deciding.triage.urgency;
        if (u > best || (u == best && p.start >= hold->deciding.start))
            hold->deciding = p;
    }
    if (hold)
        hold->days = int(hold->since.daysTo(asOf));
    return hold;
}

std::optional<Hold> currentHold(const QList<Symptom>& symptoms, const QList<Clearance>& clearances,
                                QDate asOf)
{
    return currentHold(holdPeriods(symptoms, clearances, asOf), asOf);
}

} // namespace stridewell::core
