// The registry of flag kinds (analysis/flag_kinds.h): one complete row per kind, its ids the
// public ones of design.md section 4, and every setting of the analysis read by some kind.
#include "analysis/flag_kinds.h"
#include "analysis/load_analysis.h"
#include "core/analysis_fixtures.h"

#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace stridewell::core;
namespace core = stridewell::core;

namespace {

// The highest %N of a text.
int highestPlaceholder(const QString& text)
{
    int highest = 0;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+)"));
    for (const auto& m : placeholder.globalMatch(text))
        highest = std::max(highest, m.captured(1).toInt());
    return highest;
}

} // namespace

TEST(FlagKinds, EveryKindHasACompleteRow)
{
    ASSERT_EQ(flagKinds().size(), kFlagKindCount);
    for (std::size_t i = 0; i < kFlagKindCount; ++i) {
        const FlagKind kind = FlagKind(i);
        const FlagKindInfo& row = flagKind(kind);
        SCOPED_TRACE(row.id ? row.id : "(no id)");
        EXPECT_EQ(row.kind, kind);
        EXPECT_EQ(&flagKinds()[i], &row);
        ASSERT_NE(row.id, nullptr);
        EXPECT_EQ(flagKindFromId(toId(kind)), kind);
        ASSERT_NE(row.name, nullptr);
        EXPECT_GT(std::strlen(row.name), 0u);
        ASSERT_NE(row.reference, nullptr);
        EXPECT_FALSE(row.referenceText().trimmed().isEmpty());
        EXPECT_NE(row.rule, nullptr);
        ASSERT_NE(row.howComputed, nullptr);
        if (row.figure) {
            EXPECT_TRUE(QString::fromUtf8(row.figure).contains(QStringLiteral("%1")));
        }

        // The explanation has an argument for each %N it uses, and uses each argument.
        Flag f;
        f.kind = kind;
        f.date = QDate(2024, 5, 12);
        f.periodStart = QDate(2024, 5, 6);
        for (const std::optional<double>& value :
             {std::optional<double>(1.0), std::optional<double>()}) {
            f.value = value;
            const FlagText how = row.howComputed(f, AnalysisSettings{});
            ASSERT_NE(how.text, nullptr);
            EXPECT_EQ(highestPlaceholder(QString::fromUtf8(how.text)), how.args.size()) << how.text;
        }
    }
}

TEST(FlagKinds, TheIdsAreThoseOfTheContract)
{
    // design.md section 4: `flags --json` "kind" values, in the order of the enum.
    EXPECT_EQ(allFlagKindIds(),
              QStringList({QStringLiteral("weekly_increase"), QStringLiteral("session_spike"),
                           QStringLiteral("acwr_high"), QStringLiteral("monotony_high"),
                           QStringLiteral("cadence_low"), QStringLiteral("shoe_mileage"),
                           QStringLiteral("red_flag"), QStringLiteral("symptom_persistent"),
                           QStringLiteral("calf_asymmetry"), QStringLiteral("ran_during_hold")}));
    EXPECT_EQ(flagKindFromId(QStringLiteral("Weekly_Increase")), std::nullopt);
    EXPECT_EQ(flagKindFromId(QString()), std::nullopt);
}

TEST(FlagKinds, EverySettingIsReadBySomeKindAndNoneIsMadeUp)
{
    const QStringList known = AnalysisSettings::keys();
    QSet<QString> read;
    for (const FlagKindInfo& row : flagKinds())
        for (const QString& key : row.settingKeys()) {
            EXPECT_TRUE(known.contains(key)) << row.id << " reads an unknown " << key.toStdString();
            read.insert(key);
        }
    for (const QString& key : known)
        EXPECT_TRUE(read.contains(key)) << key.toStdString() << " is read by no flag kind";
}

TEST(FlagKinds, TheAnalysisRunsEveryRowsRule)
{
    // One input that raises a red flag and a calf imbalance: both rows' rules ran.
    using stridewell::test::calfTestOn;
    using stridewell::test::symptomOn;
    AnalysisInput input;
    input.asOf = QDate(2024, 5, 31);
    input.symptoms = {symptomOn(QDate(2024, 5, 2), 3, {RedFlagSign::Swelling})};
    input.calfTests = {calfTestOn(QDate(2024, 5, 3), 15, 25)};
    const std::vector<Flag> all = computeFlags(input);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].kind, FlagKind::RedFlag);
    EXPECT_EQ(all[0].reference, flagKind(FlagKind::RedFlag).referenceText());
    EXPECT_EQ(all[1].kind, FlagKind::CalfAsymmetry);
    EXPECT_EQ(all[1].reference, flagKind(FlagKind::CalfAsymmetry).referenceText());
}

TEST(FlagKinds, ActiveFlagsPutTheHealthKindsFirstByTheirRank)
{
    EXPECT_GT(flagKind(FlagKind::RedFlag).activeRank, flagKind(FlagKind::RanDuringHold).activeRank);
    EXPECT_GT(flagKind(FlagKind::RanDuringHold).activeRank,
              flagKind(FlagKind::SymptomPersistent).activeRank);
    EXPECT_GT(flagKind(FlagKind::SymptomPersistent).activeRank,
              flagKind(FlagKind::WeeklyIncrease).activeRank);
    Flag high;
    high.kind = FlagKind::WeeklyIncrease;
    high.severity = Severity::High;
    high.date = QDate(2024, 5, 10);
    Flag pain = high;
    pain.kind = FlagKind::SymptomPersistent;
    pain.date = QDate(2024, 5, 1);
    const auto active = activeFlags({high, pain}, {}, QDate(2024, 5, 12));
    ASSERT_EQ(active.size(), 2u);
    EXPECT_EQ(active[0].kind, FlagKind::SymptomPersistent);
}
