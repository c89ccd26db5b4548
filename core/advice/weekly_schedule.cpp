#include "advice/weekly_schedule.h"

#include <algorithm>
#include <functional>

namespace stridewell::core {

QList<int> usualRunningWeekdays(const QList<Run>& runs, QDate asOf, int weeks)
{
    const QDate first = asOf.addDays(1 - 7 * weeks);
    QSet<int> blocksWithRuns;
    QSet<int> seen[8]; // per weekday, the blocks it had a run in
    for (const Run& run : runs) {
        const QDate day = run.localDate();
        if (day < first || day > asOf)
            continue;
        const int block = int(day.daysTo(asOf) / 7);
        blocksWithRuns.insert(block);
        seen[day.dayOfWeek()].insert(block);
    }
    if (blocksWithRuns.isEmpty())
        return {};
    const int needed = (int(blocksWithRuns.size()) + 1) / 2;
    QList<int> days;
    for (int weekday = 1; weekday <= 7; ++weekday)
        if (seen[weekday].size() >= needed)
            days << weekday;
    return days;
}

QList<int> spreadWeekdays(const QSet<int>& blocked, int count)
{
    QList<int> free;
    for (int weekday = 1; weekday <= 7; ++weekday)
        if (!blocked.contains(weekday))
            free << weekday;
    count = std::min(count, int(free.size()));
    if (count <= 0)
        return {};

    // At most C(7, 3) = 35 choices: try them all. Ties go to the earliest days.
    auto smallestGap = [](const QList<int>& days) {
        if (days.size() < 2)
            return 7;
        int gap = 7 - days.last() + days.first();
        for (int i = 1; i < days.size(); ++i)
            gap = std::min(gap, days[i] - days[i - 1]);
        return gap;
    };
    QList<int> best, current;
    int bestGap = -1;
    std::function<void(int)> choose = [&](int from) {
        if (current.size() == count) {
            if (const int gap = smallestGap(current); gap > bestGap) {
                bestGap = gap;
                best = current;
            }
            return;
        }
        for (int i = from; i < free.size(); ++i) {
            current << free[i];
            choose(i + 1);
            current.removeLast();
        }
    };
    choose(0);
    return best;
}

QList<ScheduledSession> weeklySchedule(const QList<PlannedCircuit>& strengthCircuits,
                                       const QList<int>& weekdays, QDate asOf, QDate notBefore)
{
    // The circuits in turn: soleus, heel drops, soleus ... as long as sessions remain.
    QStringList order;
    QList<int> left;
    for (const PlannedCircuit& c : strengthCircuits)
        left << c.sessionsPerWeek;
    for (bool any = true; any;) {
        any = false;
        for (int i = 0; i < strengthCircuits.size(); ++i)
            if (left[i] > 0) {
                order << strengthCircuits[i].id;
                --left[i];
                any = true;
            }
    }

    QList<ScheduledSession> schedule;
    for (int offset = 0; offset < 7 && !order.isEmpty(); ++offset) {
        const QDate day = asOf.addDays(offset);
        if (!weekdays.contains(day.dayOfWeek()))
            continue;
        if (notBefore.isValid() && day < notBefore)
            continue;
        schedule.append({day, order.takeFirst()});
    }
    return schedule;
}

} // namespace stridewell::core
