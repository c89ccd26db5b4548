// The symptom dialog: the drawn legs, the list beside them, inline checks, the warning signs.
#include "dialogs/lower_leg_view.h"
#include "dialogs/symptom_dialog.h"
#include "palette_support.h"
#include "support/test_support.h"
#include "symptom_words.h"
#include "widget_support.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTest>

using namespace stridewell;
using namespace stridewell::ui;
using core::BodyLocation;
using core::RedFlagSign;
using core::Side;
using core::SymptomTiming;

namespace {

core::Run runOn(QDate day, double km, const char* type)
{
    core::Run run;
    run.id = day.day();
    run.startUtc = QDateTime(day, QTime(5, 30), Qt::UTC);
    run.utcOffsetS = 7200;
    run.distance = core::Distance::km(km);
    run.elapsed = core::Duration::minutes(km * 6);
    run.type = QString::fromLatin1(type);
    return run;
}

} // namespace

TEST(SymptomDialog, ClickTheDrawingThenCompleteTheEntry)
{
    const QDate today = QDate::currentDate();
    SymptomDialog dialog(
        {runOn(today.addDays(-1), 21.1, "race"), runOn(today.addDays(-5), 8, "easy")},
        DistanceUnit::Km);
    dialog.resize(940, 720);
    dialog.show();
    QApplication::processEvents();
    EXPECT_FALSE(dialog.isValid());
    EXPECT_EQ(dialog.missingText(),
              QStringLiteral("Still needed: where it hurts; which leg; the pain from 0 to 10."));

    LowerLegView* leg = dialog.legView();
    const QPoint inner = leg->centreOf(BodyLocation::CalfMedialLower, Side::Left);
    ASSERT_FALSE(inner.isNull());
    QTest::mouseClick(leg, Qt::LeftButton, {}, inner);
    EXPECT_EQ(leg->location(), BodyLocation::CalfMedialLower);
    EXPECT_EQ(leg->side(), Side::Left);
    EXPECT_EQ(dialog.locationList()->currentItem()->text(), QStringLiteral("Inner lower calf"))
        << "the list follows the drawing";
    EXPECT_TRUE(dialog.sideButton(Side::Left)->isChecked());
    EXPECT_EQ(dialog.missingText(), QStringLiteral("Still needed: the pain from 0 to 10."));

    // Every drawn place on each leg is clickable and lands on itself, not on a neighbour.
    for (Side side : {Side::Left, Side::Right})
        for (BodyLocation location : LowerLegView::drawnLocations()) {
            QTest::mouseClick(leg, Qt::LeftButton, {}, leg->centreOf(location, side));
            EXPECT_EQ(leg->location(), location) << core::toId(location).toStdString();
            EXPECT_EQ(leg->side(), side);
        }
    QTest::mouseClick(leg, Qt::LeftButton, {}, inner);

    dialog.painSpin()->setValue(4);
    EXPECT_TRUE(dialog.isValid());
    dialog.stretchCombo()->setCurrentIndex(2); // bent knee
    ASSERT_EQ(dialog.runCombo()->count(), 2) << "yesterday's run only";
    dialog.runCombo()->setCurrentIndex(1);
    test::screenshot(&dialog, QStringLiteral("symptom_dialog"));

    const core::Symptom s = dialog.symptom();
    EXPECT_EQ(s.location, BodyLocation::CalfMedialLower);
    EXPECT_EQ(s.side, Side::Left);
    EXPECT_EQ(s.pain, 4);
    EXPECT_EQ(s.stretch, core::StretchTest::Bent);
    EXPECT_EQ(s.runId, today.addDays(-1).day());
    EXPECT_TRUE(s.redFlags.isEmpty());
}

TEST(SymptomDialog, TheKeyboardGetsEverywhereTheMouseDoes)
{
    SymptomDialog dialog({}, DistanceUnit::Km);
    dialog.show();
    QApplication::processEvents();
    // The drawing: arrows move between places and legs.
    dialog.legView()->setFocus();
    QTest::keyClick(dialog.legView(), Qt::Key_Down);
    EXPECT_EQ(dialog.legView()->location(), BodyLocation::CalfLateralUpper);
    QTest::keyClick(dialog.legView(), Qt::Key_Down);
    QTest::keyClick(dialog.legView(), Qt::Key_Right);
    EXPECT_EQ(dialog.legView()->location(), BodyLocation::CalfBelly);
    EXPECT_EQ(dialog.legView()->side(), Side::Right);
    EXPECT_TRUE(dialog.sideButton(Side::Right)->isChecked());

    // The list: "somewhere else" asks where.
    dialog.locationList()->setFocus();
    QTest::keyClick(dialog.locationList(), Qt::Key_End);
    EXPECT_EQ(dialog.locationList()->currentItem()->text(), QStringLiteral("Somewhere else"));
    EXPECT_FALSE(dialog.legView()->location().has_value() &&
                 dialog.legView()->location() != BodyLocation::Other);
    dialog.painSpin()->setValue(2);
    EXPECT_FALSE(dialog.isValid());
    EXPECT_EQ(dialog.messageFor(dialog.otherEdit()), QStringLiteral("Say where it hurts."));
    QTest::keyClicks(dialog.otherEdit(), QStringLiteral("outside of the ankle"));
    EXPECT_TRUE(dialog.isValid());
    EXPECT_EQ(dialog.symptom().locationNote, QStringLiteral("outside of the ankle"));
    dialog.sideButton(Side::Both)->click();
    EXPECT_EQ(dialog.symptom().side, Side::Both);
}

TEST(SymptomDialog, WarningSignsShowTheirUrgencyAsTheyAreTicked)
{
    SymptomDialog dialog({}, DistanceUnit::Km);
    dialog.resize(940, 760);
    dialog.show();
    EXPECT_TRUE(dialog.triageText().isEmpty());
    dialog.signBox(RedFlagSign::Swelling)->click();
    EXPECT_TRUE(dialog.triageText().contains(QStringLiteral("See a doctor today")));
    dialog.signBox(RedFlagSign::Fever)->click();
    EXPECT_TRUE(dialog.triageText().contains(QStringLiteral("See a doctor today")))
        << "no pain given yet: fever alone";
    dialog.painSpin()->setValue(2);
    EXPECT_TRUE(dialog.triageText().contains(QStringLiteral("Call emergency services now")))
        << "fever with calf pain is an emergency";
    QTest::mouseClick(dialog.legView(), Qt::LeftButton, {},
                      dialog.legView()->centreOf(BodyLocation::CalfBelly, Side::Right));
    dialog.painSpin()->setValue(6);
    test::screenshot(&dialog, QStringLiteral("symptom_dialog_red_flags"));
    test::inDarkPalette([&] { test::screenshot(&dialog, QStringLiteral("symptom_dialog_dark")); });
    EXPECT_EQ(dialog.symptom().redFlags,
              (QList<RedFlagSign>{RedFlagSign::Swelling, RedFlagSign::Fever}));
    dialog.signBox(RedFlagSign::Swelling)->click();
    dialog.signBox(RedFlagSign::Fever)->click();
    EXPECT_TRUE(dialog.triageText().isEmpty());
}

TEST(SymptomDialog, PainAtRestFromTheTimingIsAWarningSignToo)
{
    SymptomDialog dialog({}, DistanceUnit::Km);
    dialog.show();
    dialog.painSpin()->setValue(8);
    EXPECT_TRUE(dialog.triageText().isEmpty());
    QComboBox* when = nullptr;
    for (QComboBox* box : dialog.findChildren<QComboBox*>())
        if (box->accessibleName() == QStringLiteral("When it hurts"))
            when = box;
    ASSERT_NE(when, nullptr);
    const int atRest = when->findText(timingName(SymptomTiming::AtRest));
    ASSERT_GE(atRest, 0);
    when->setCurrentIndex(atRest);
    EXPECT_TRUE(dialog.triageText().contains(QStringLiteral("Call emergency services now")))
        << "severe pain at rest, with no box ticked";
    dialog.painSpin()->setValue(5);
    EXPECT_TRUE(dialog.triageText().contains(QStringLiteral("See a doctor today")));
}

TEST(SymptomDialog, EditingKeepsTheEntryAndNewSignsAskAgain)
{
    core::Symptom s;
    s.id = 9;
    s.athleteId = 2;
    s.date = QDate(2024, 5, 14);
    s.location = BodyLocation::Achilles;
    s.side = Side::Right;
    s.pain = 3;
    s.type = core::SymptomType::Ache;
    s.redFlags = {RedFlagSign::Bruising};
    s.acknowledged = true;
    SymptomDialog dialog({}, DistanceUnit::Km);
    dialog.setSymptom(s);
    EXPECT_TRUE(dialog.isValid());
    EXPECT_EQ(dialog.legView()->location(), BodyLocation::Achilles);
    EXPECT_EQ(dialog.legView()->side(), Side::Right);
    core::Symptom same = dialog.symptom();
    EXPECT_EQ(same.id, 9);
    EXPECT_EQ(same.athleteId, 2);
    EXPECT_EQ(same.date, s.date);
    EXPECT_TRUE(same.acknowledged) << "nothing new to read";
    dialog.signBox(RedFlagSign::PopOrSnap)->click();
    EXPECT_FALSE(dialog.symptom().acknowledged) << "a new sign is new advice";
}
