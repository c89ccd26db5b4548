// What import believes a run can be (design.md section 7), with the figures worked out by hand.
#include "import/running_speed.h"

#include <gtest/gtest.h>

using namespace stridewell::core;

namespace {

// Points one second apart: `seconds` at `speed` m/s for each leg, in order.
ParsedActivity track(const std::vector<std::pair<int, double>>& legs)
{
    ParsedActivity a;
    double t = 0.0, d = 0.0;
    Sample s;
    s.timeS = 0.0;
    s.distanceM = 0.0;
    a.samples.push_back(s);
    for (const auto& [seconds, speed] : legs)
        for (int i = 0; i < seconds; ++i) {
            t += 1.0;
            d += speed;
            s.timeS = t;
            s.distanceM = d;
            a.samples.push_back(s);
        }
    a.distance = Distance::metres(d);
    a.elapsed = Duration::seconds(t);
    return a;
}

} // namespace

TEST(RunningSpeed, AnAverageFasterThan2_30PerKmOverMoreThan2KmIsNotARun)
{
    // 3000 m in 440 s: 6.818 m/s, 146.7 s a km: 2:27 /km.
    EXPECT_EQ(beyondRunning(track({{440, 3000.0 / 440}})),
              QStringLiteral("2:27 /km on average over 3.0 km"));
    // 2000 m in 260 s is 2:10 /km, but not over more than 2 km: a runner's sprint.
    EXPECT_EQ(beyondRunning(track({{260, 2000.0 / 260}})), std::nullopt);
    // 3000 m at 5 m/s (3:20 /km): a fast run.
    EXPECT_EQ(beyondRunning(track({{600, 5.0}})), std::nullopt);
}

TEST(RunningSpeed, TheAverageIsOverTheMovingTime)
{
    // 10000 m at 7 m/s (1428.6 s moving) and an hour standing still: over the elapsed 5029 s
    // that is 2 m/s, but moving it is 1000 / 7 = 142.9 s a km: 2:23 /km.
    ParsedActivity a = track({{1429, 7.0}, {3600, 0.0}});
    const auto moving = movingFigures(a.samples);
    ASSERT_TRUE(moving);
    EXPECT_DOUBLE_EQ(moving->seconds, 1429);
    EXPECT_DOUBLE_EQ(moving->metres, 10003);
    EXPECT_EQ(beyondRunning(a), QStringLiteral("2:23 /km on average over 10.0 km"));
    // 5000 m at 5 m/s then ten minutes still: 3:20 /km moving.
    EXPECT_EQ(beyondRunning(track({{1000, 5.0}, {600, 0.0}})), std::nullopt);
}

TEST(RunningSpeed, MoreThanATenthOfTheMovingTimeAbove30KmHIsNotARun)
{
    // 1000 s at 6 m/s (21.6 km/h) and 100 s at 9 m/s (32.4 km/h): 100 / 1100 = 9.1% fast;
    // average 6900 / 1100 = 6.27 m/s = 2:39 /km. Both under the limits: could be a run.
    EXPECT_EQ(beyondRunning(track({{1000, 6.0}, {100, 9.0}})), std::nullopt);
    // 120 s at 9 m/s: 120 / 1120 = 10.7% of the moving time above 30 km/h.
    EXPECT_EQ(beyondRunning(track({{1000, 6.0}, {120, 9.0}})),
              QStringLiteral("11% of its moving time above 30 km/h"));
}

TEST(RunningSpeed, WithoutPointsTheTimerOrElapsedTimeGivesTheAverage)
{
    ParsedActivity a;
    a.distance = Distance::km(10);
    a.elapsed = Duration::seconds(1800);
    a.timer = Duration::seconds(1440); // 144 s a km
    EXPECT_EQ(beyondRunning(a), QStringLiteral("2:24 /km on average over 10.0 km"));
    a.timer = Duration::seconds(1500); // exactly 2:30 /km is not faster than it
    EXPECT_EQ(beyondRunning(a), std::nullopt);
    a.timer.reset(); // 1800 s elapsed: 3:00 /km
    EXPECT_EQ(beyondRunning(a), std::nullopt);
    a.elapsed.reset(); // no time at all: nothing to judge
    EXPECT_EQ(beyondRunning(a), std::nullopt);
}
