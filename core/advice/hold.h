#pragma once

#include "advice/red_flag_triage.h"
#include "model/clearance.h"
#include "model/symptom.h"

#include <QDate>
#include <QList>
#include <optional>

namespace stridewell::core {

// One entry that stopped training (urgency see_clinician_promptly or higher), from its day
// until the first clearance dated on or after it (domain.md section 4, "a hold means a hold").
struct HoldPeriod
{
    Symptom entry;
    Triage triage;
    QDate start;   // the entry's day
    QDate cleared; // the day of the clearance that ended it; invalid while it holds

    // Whether `day` falls in the hold: on or after its start, before its clearance.
    bool covers(QDate day) const { return day >= start && (!cleared.isValid() || day < cleared); }
};

// Every hold up to asOf, oldest first; clearances after asOf do not count yet.
QList<HoldPeriod> holdPeriods(const QList<Symptom>& symptoms, const QList<Clearance>& clearances,
                              QDate asOf);

// The hold in force on asOf: the most urgent uncleared entry decides (the newest among equals);
// `since` is the start of the earliest uncleared one.
struct Hold
{
    HoldPeriod deciding;
    QDate since;
    int days = 0; // since .. asOf

    HoldCare care() const { return deciding.triage.hold; }
};
std::optional<Hold> currentHold(const QList<HoldPeriod>& periods, QDate asOf);
std::optional<Hold> currentHold(const QList<Symptom>& symptoms, const QList<Clearance>& clearances,
                                QDate asOf);

// Whether the entry's red flag was cleared by a clinician on or before asOf.
bool isCleared(const Symptom& entry, const QList<Clearance>& clearances, QDate asOf);

} // namespace stridewell::core
