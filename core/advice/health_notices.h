#pragma once

#include "advice/plan.h"
#include "model/clearance.h"
#include "model/flag.h"
#include "model/symptom.h"

#include <QList>
#include <vector>

namespace stridewell::core {

// The red-flag notice of one entry (its warning signs and their triage).
HealthNotice redFlagNotice(const Symptom& entry);

// Whether the entry holds a warning sign (a ticked one, or the timing "at rest").
bool hasWarningSign(const Symptom& entry);

// Every entry up to asOf with warning signs that no clinician has cleared since and that the
// runner has not acknowledged, or that is dated within the last `recentDays` days: most urgent
// first, then newest.
QList<HealthNotice> redFlagNotices(const QList<Symptom>& symptoms,
                                   const QList<Clearance>& clearances, QDate asOf,
                                   int recentDays = 28);

// What the window's banner shows until the runner acknowledges it: the unacknowledged,
// uncleared red flags of any date, then "book an assessment" for the symptom_persistent events of
// the last `recentDays` days not yet acknowledged (an episode long over needs no booking).
QList<HealthNotice> bannerNotices(const QList<Symptom>& symptoms,
                                  const QList<Clearance>& clearances,
                                  const std::vector<Flag>& flags, QDate asOf, int recentDays = 28);

// Sorts notices most urgent first, then newest first; equal ones keep their order.
void mostUrgentFirst(QList<HealthNotice>& notices);

// "left inner lower calf, pain 6/10 on 2024-06-12" and the ticked signs in words.
QString noticeSummary(const HealthNotice& notice);

} // namespace stridewell::core
