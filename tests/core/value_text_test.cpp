#include "model/run_validation.h"
#include "model/value_text.h"

#include <gtest/gtest.h>

using namespace stridewell::core;
namespace core = stridewell::core;

TEST(ValueText, ParsesTheThreeDurationForms)
{
    EXPECT_DOUBLE_EQ(parseDuration(u"1:02:03")->inSeconds(), 3723);
    EXPECT_DOUBLE_EQ(parseDuration(u"55:30")->inSeconds(), 3330);
    EXPECT_DOUBLE_EQ(parseDuration(u"75:00")->inSeconds(), 4500)
        << "minutes may pass 59 without hours";
    EXPECT_DOUBLE_EQ(parseDuration(u"3600")->inSeconds(), 3600);
    EXPECT_DOUBLE_EQ(parseDuration(u"12.5")->inSeconds(), 12.5);
    EXPECT_FALSE(parseDuration(u"1:60:00"));
    EXPECT_FALSE(parseDuration(u"0:30:60"));
    EXPECT_FALSE(parseDuration(u"-5"));
    EXPECT_FALSE(parseDuration(u"1:2")) << "one-digit seconds are a typo";
    EXPECT_FALSE(parseDuration(u"1:5:30")) << "one-digit minutes after hours";
    EXPECT_DOUBLE_EQ(parseDuration(u"5:30")->inSeconds(), 330);
    EXPECT_FALSE(parseDuration(u"abc"));
    EXPECT_FALSE(parseDuration(u""));
    EXPECT_EQ(formatDuration(Duration::seconds(3723.4)), QStringLiteral("1:02:03"));
    EXPECT_EQ(formatDuration(Duration::seconds(59.6)), QStringLiteral("0:01:00"));
}

TEST(ValueText, DatesAreStrict)
{
    EXPECT_EQ(parseIsoDate(u"2024-02-29"), QDate(2024, 2, 29));
    EXPECT_FALSE(parseIsoDate(u"2023-02-29"));
    EXPECT_FALSE(parseIsoDate(u"2024-2-1"));
    EXPECT_FALSE(parseIsoDate(u"01/02/2024"));
    auto utc = parseDateOrDateTime(u"2024-03-01T06:00:00Z");
    ASSERT_TRUE(utc);
    EXPECT_EQ(utc->timeSpec(), Qt::UTC);
    auto offset = parseDateOrDateTime(u"2024-03-01 06:00-05:00");
    ASSERT_TRUE(offset);
    EXPECT_EQ(offset->offsetFromUtc(), -5 * 3600);
    EXPECT_FALSE(parseDateOrDateTime(u"2024-03-01T25:00:00"));
}

TEST(ValueText, NumbersUseTheCLocale)
{
    EXPECT_EQ(parseNumber(u"10.5"), 10.5);
    EXPECT_FALSE(parseNumber(u"10,5"));
    EXPECT_FALSE(parseNumber(u"nan"));
    EXPECT_FALSE(parseNumber(u"inf"));
    EXPECT_EQ(parseInteger(u" 7 "), 7);
    EXPECT_FALSE(parseInteger(u"7.5"));
}

TEST(RunValidation, ChecksEveryRange)
{
    core::Run run;
    run.startUtc = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    run.distance = Distance::km(10);
    run.elapsed = Duration::minutes(50);
    EXPECT_TRUE(validateRun(run));
    run.avgCadenceSpm = 100;
    EXPECT_TRUE(validateRun(run));
    run.avgCadenceSpm = 99.9;
    EXPECT_FALSE(validateRun(run));
    run.avgCadenceSpm = 260;
    EXPECT_TRUE(validateRun(run));
    run.rpe = 10;
    EXPECT_TRUE(validateRun(run));
    run.rpe = -1;
    EXPECT_FALSE(validateRun(run));
    run.rpe.reset();
    run.elapsed = Duration::minutes(10); // 10 km in 10 min
    EXPECT_FALSE(validateRun(run));
}

TEST(RunValidation, ADateFrom1990ToTomorrow)
{
    const QDate today(2026, 12, 4);
    EXPECT_TRUE(validateRunDate(QDate(1990, 1, 1), today));
    EXPECT_TRUE(validateRunDate(today, today));
    EXPECT_TRUE(validateRunDate(today.addDays(1), today)) << "a runner a time zone ahead";
    EXPECT_EQ(validateRunDate(today.addDays(2), today).message(),
              QStringLiteral("date: 2026-12-06 is more than a day after today (2026-12-04)"));
    EXPECT_EQ(validateRunDate(QDate(1989, 12, 31), today).message(),
              QStringLiteral("date: 1989-12-31 is before 1990-01-01, the earliest day a run can "
                             "have"));
    for (const QDate day : {QDate(1, 1, 1), QDate(2117, 1, 1), QDate(9999, 12, 31)})
        EXPECT_FALSE(validateRunDate(day, today)) << day.toString(Qt::ISODate).toStdString();

    // validateRun checks the run's own day: 23:30 UTC on 31 Dec 1989 is 1 Jan 1990 in Berlin.
    core::Run run;
    run.startUtc = QDateTime(QDate(1989, 12, 31), QTime(23, 30), Qt::UTC);
    run.utcOffsetS = 3600;
    run.distance = Distance::km(10);
    run.elapsed = Duration::minutes(50);
    EXPECT_TRUE(validateRun(run, today));
    run.utcOffsetS = 0;
    EXPECT_FALSE(validateRun(run, today));
}
