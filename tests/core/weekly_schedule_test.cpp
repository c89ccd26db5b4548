// The weekly schedule: strength on the usual non-running days, spread through the week.
#include "advice/weekly_schedule.h"
#include "support/test_support.h"

using namespace stridewell;
using namespace stridewell::core;

namespace {

core::Run runOn(QDate day)
{
    core::Run run;
    run.startUtc = QDateTime(day, QTime(6, 0), Qt::UTC);
    run.utcOffsetS = 7200;
    run.distance = Distance::km(8);
    run.elapsed = Duration::minutes(48);
    return run;
}

// Runs on the given weekdays in each of the last `weeks` weeks before asOf (a Sunday).
QList<core::Run> weeklyRuns(QDate sunday, std::initializer_list<int> weekdays, int weeks = 4)
{
    QList<core::Run> runs;
    for (int w = 0; w < weeks; ++w)
        for (int d : weekdays)
            runs << runOn(sunday.addDays(-7 * w - 7 + d));
    return runs;
}

PlannedCircuit circuit(const char* id, int perWeek)
{
    PlannedCircuit c;
    c.id = QString::fromLatin1(id);
    c.sessionsPerWeek = perWeek;
    return c;
}

const QDate kSunday(2024, 6, 30);

} // namespace

TEST(WeeklySchedule, LearnsTheUsualRunningDaysFromTheLastFourWeeks)
{
    QList<core::Run> runs = weeklyRuns(kSunday, {2, 4, 7});
    runs << runOn(QDate(2024, 6, 15));                   // one Saturday only: not usual
    runs << weeklyRuns(kSunday.addDays(-35), {1, 3, 5}); // five weeks ago and before: forgotten
    EXPECT_EQ(usualRunningWeekdays(runs, kSunday), (QList<int>{2, 4, 7}));
    // Two Saturdays out of four weeks make it usual.
    runs << runOn(QDate(2024, 6, 22));
    EXPECT_EQ(usualRunningWeekdays(runs, kSunday), (QList<int>{2, 4, 6, 7}));
    // A new runner with one week of history: that week is the usual one.
    EXPECT_EQ(usualRunningWeekdays(weeklyRuns(kSunday, {1, 5}, 1), kSunday), (QList<int>{1, 5}));
    EXPECT_TRUE(usualRunningWeekdays({}, kSunday).isEmpty());
}

TEST(WeeklySchedule, SpreadsSessionsOverTheFreeDays)
{
    EXPECT_EQ(spreadWeekdays({2, 4, 7}, 3), (QList<int>{1, 3, 5}));
    EXPECT_EQ(spreadWeekdays({2, 4, 7}, 2), (QList<int>{1, 5}));
    EXPECT_EQ(spreadWeekdays({}, 3), (QList<int>{1, 3, 5}));
    EXPECT_EQ(spreadWeekdays({1, 2, 3, 4, 5, 6}, 3), (QList<int>{7})) << "only Sunday is free";
    EXPECT_TRUE(spreadWeekdays({1, 2, 3, 4, 5, 6, 7}, 2).isEmpty());
}

TEST(WeeklySchedule, NeverLandsOnAUsualRunningDay)
{
    // Every set of running days (2^7), for 2 and 3 sessions and every as-of weekday.
    for (int mask = 0; mask < 128; ++mask) {
        QSet<int> running;
        for (int d = 1; d <= 7; ++d)
            if (mask & (1 << (d - 1)))
                running.insert(d);
        for (int count : {2, 3}) {
            const QList<int> days = spreadWeekdays(running, count);
            EXPECT_EQ(days.size(), std::min<int>(count, 7 - int(running.size())));
            for (int offset = 0; offset < 7; ++offset) {
                const QDate asOf = kSunday.addDays(offset);
                const QList<ScheduledSession> s = weeklySchedule(
                    {circuit("soleus", count - 1), circuit("heel_drops", 1)}, days, asOf);
                EXPECT_EQ(s.size(), days.size());
                for (const ScheduledSession& session : s) {
                    ASSERT_FALSE(running.contains(session.date.dayOfWeek()))
                        << "mask " << mask << " " << session.date.toString().toStdString();
                    EXPECT_GE(session.date, asOf);
                    EXPECT_LE(session.date, asOf.addDays(6));
                }
            }
        }
    }
}

TEST(WeeklySchedule, TakesTheCircuitsInTurnAndLeavesRestDaysFree)
{
    const QDate monday(2024, 7, 1);
    const QList<ScheduledSession> s =
        weeklySchedule({circuit("soleus", 2), circuit("heel_drops", 1)}, {1, 3, 5}, monday);
    ASSERT_EQ(s.size(), 3);
    EXPECT_EQ(s[0].date, monday);
    EXPECT_EQ(s[0].circuitId, QStringLiteral("soleus"));
    EXPECT_EQ(s[1].date, QDate(2024, 7, 3));
    EXPECT_EQ(s[1].circuitId, QStringLiteral("heel_drops"));
    EXPECT_EQ(s[2].date, QDate(2024, 7, 5));
    EXPECT_EQ(s[2].circuitId, QStringLiteral("soleus"));

    const QList<ScheduledSession> rested = weeklySchedule(
        {circuit("soleus", 2), circuit("heel_drops", 1)}, {1, 3, 5}, monday, monday.addDays(2));
    ASSERT_EQ(rested.size(), 2) << "Monday is a rest day after a painful session";
    EXPECT_EQ(rested[0].date, QDate(2024, 7, 3));
    EXPECT_EQ(rested[0].circuitId, QStringLiteral("soleus"));
}
