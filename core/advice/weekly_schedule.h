#pragma once

#include "advice/plan.h"
#include "model/run.h"

#include <QList>
#include <QSet>

namespace stridewell::core {

// Days of the week are 1 (Monday) to 7 (Sunday), as QDate::dayOfWeek().

// The weekdays the athlete usually runs on: in the `weeks` seven-day blocks ending on asOf, a
// weekday with runs in at least half of the blocks that have any run at all.
QList<int> usualRunningWeekdays(const QList<Run>& runs, QDate asOf, int weeks = 4);

// Up to `count` of the weekdays not in `blocked`, spread through the week as evenly as they can
// be (the smallest gap between two strength days, around the week, as large as possible).
QList<int> spreadWeekdays(const QSet<int>& blocked, int count);

// The strength sessions of the seven days asOf ... asOf + 6: the circuits' sessions per week,
// taken in turn (the first circuit first), on the chosen weekdays. Days before `notBefore`
// (a rest after a painful session) are left free.
QList<ScheduledSession> weeklySchedule(const QList<PlannedCircuit>& strengthCircuits,
                                       const QList<int>& weekdays, QDate asOf,
                                       QDate notBefore = {});

} // namespace stridewell::core
