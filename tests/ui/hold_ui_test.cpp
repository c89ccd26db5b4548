// A hold means a hold, in the window: one urgency on every surface (banner, cards, flag list,
// strength page), "On hold" instead of a safe next run, and a clearance that ends it, undoably.
#include "dialogs/clearance_dialog.h"
#include "main_window.h"
#include "pages/dashboard_page.h"
#include "pages/strength_page.h"
#include "red_flag_banner.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "storage/symptom_repository.h"
#include "support/test_support.h"
#include "support/wait_until.h"
#include "widget_support.h"
#include "widgets/active_flags_card.h"
#include "widgets/metric_card.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace stridewell;
using namespace stridewell::ui;
using core::RedFlagSign;
using core::Urgency;

namespace {

const QDate kToday = QDate::currentDate();

struct HoldLog
{
    test::TempLog log;
    qint64 athlete = core::AthleteRepository(log.db()).add(QStringLiteral("Bea")).value().id;
    std::unique_ptr<MainWindow> window;

    void addRuns()
    {
        // Three weeks of 8 km every other day: a baseline for the safe next run.
        for (int daysAgo = 21; daysAgo >= 2; daysAgo -= 2) {
            core::Run r;
            r.athleteId = athlete;
            r.startUtc = QDateTime(kToday.addDays(-daysAgo), QTime(7, 0), Qt::UTC);
            r.distance = core::Distance::km(8);
            r.elapsed = core::Duration::minutes(48);
            r.source = QStringLiteral("manual");
            ASSERT_TRUE(core::RunRepository(log.db()).add(r));
        }
    }
    void addSymptom(int daysAgo, int pain, QList<RedFlagSign> signs,
                    std::optional<core::SymptomTiming> timing = {})
    {
        core::Symptom s;
        s.athleteId = athlete;
        s.date = kToday.addDays(-daysAgo);
        s.location = core::BodyLocation::CalfBelly;
        s.side = core::Side::Left;
        s.pain = pain;
        s.timing = timing;
        s.redFlags = signs;
        ASSERT_TRUE(core::SymptomRepository(log.db()).add(s));
    }
    void open()
    {
        log.close();
        Preferences prefs;
        prefs.defaultLogPath = log.path(QStringLiteral("own.sqlite"));
        window = std::make_unique<MainWindow>(prefs);
        window->resize(1180, 760);
        ASSERT_TRUE(window->openLog(log.logPath()));
        window->show();
    }
    DashboardPage* dashboard() const { return window->page<DashboardPage>(); }
};

class HoldTest : public ::testing::Test, public HoldLog
{};

} // namespace

TEST_F(HoldTest, OneUrgencyWordForWordOnEverySurface)
{
    struct Case
    {
        const char* name;
        QList<RedFlagSign> signs;
        int pain;
        std::optional<core::SymptomTiming> timing;
        Urgency urgency;
    };
    const Case cases[] = {
        {"fever", {RedFlagSign::Fever}, 3, {}, Urgency::Emergency},
        {"severe pain at rest", {}, 9, core::SymptomTiming::AtRest, Urgency::Emergency},
        {"swelling", {RedFlagSign::Swelling}, 4, {}, Urgency::SeeDoctorToday},
        {"bruising", {RedFlagSign::Bruising}, 5, {}, Urgency::SeeClinicianPromptly},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        HoldLog h; // a new log for each case
        h.addRuns();
        h.addSymptom(1, c.pain, c.signs, c.timing);
        h.open();
        MainWindow* window = h.window.get();
        const QString headline = core::headline(c.urgency);
        ASSERT_FALSE(headline.isEmpty());

        RedFlagBanner* banner = window->banner();
        ASSERT_EQ(banner->notices().size(), 1);
        EXPECT_EQ(banner->notices()[0].triage.urgency, c.urgency);
        EXPECT_TRUE(banner->text().contains(QStringLiteral("<b>%1</b>").arg(headline)));

        DashboardPage* page = h.dashboard();
        ASSERT_NE(page, nullptr);
        EXPECT_EQ(page->safeNextRunCard()->value(), QStringLiteral("On hold"));
        EXPECT_TRUE(page->safeNextRunCard()->detail().startsWith(headline))
            << page->safeNextRunCard()->detail().toStdString();
        const auto rows = page->flagsCard()->rows();
        ASSERT_FALSE(rows.isEmpty());
        // The row's full words lead its tooltip (the row itself may be shortened with "…").
        EXPECT_TRUE(rows[0]->toolTip().startsWith(QStringLiteral("high · %1 · ").arg(headline)))
            << "the red flag first, in the same words: " << rows[0]->toolTip().toStdString();
        const core::Flag& red = page->summary().activeFlags.front();
        EXPECT_TRUE(red.message.startsWith(headline + QStringLiteral(". ")));
        if (c.urgency == Urgency::Emergency) {
            EXPECT_FALSE(red.message.contains(QStringLiteral("promptly")));
        }

        const QString shot =
            QString::fromLatin1(c.name).replace(QLatin1Char(' '), QLatin1Char('_'));
        test::screenshot(window, QStringLiteral("hold_%1_dashboard").arg(shot));
        ASSERT_TRUE(window->showPage(&StrengthPage::staticMetaObject));
        StrengthPage* strength = window->page<StrengthPage>();
        EXPECT_EQ(strength->headline(),
                  QStringLiteral("%1: strength work is on hold").arg(headline));
        EXPECT_TRUE(strength->adviceText().contains(headline + QStringLiteral(". Training is on "
                                                                              "hold")));
        test::screenshot(window, QStringLiteral("hold_%1_strength").arg(shot));
    }
}

TEST_F(HoldTest, ClearedByAClinicianEndsTheHoldAndCanBeUndone)
{
    addRuns();
    addSymptom(3, 4, {RedFlagSign::Swelling});
    open();
    RedFlagBanner* banner = window->banner();
    ASSERT_EQ(banner->notices().size(), 1);
    ASSERT_NE(banner->clearButton(0), nullptr);
    EXPECT_EQ(dashboard()->safeNextRunCard()->value(), QStringLiteral("On hold"));
    test::screenshot(window.get(), QStringLiteral("hold_dashboard"));

    bool asked = false;
    const auto answer = test::whenDialogOpens([&](QWidget* w) {
        auto* dialog = qobject_cast<ClearanceDialog*>(w);
        asked = dialog != nullptr;
        if (!dialog) {
            static_cast<QDialog*>(w)->reject();
            return;
        }
        EXPECT_EQ(dialog->dateEdit()->minimumDate(), kToday.addDays(-3))
            << "no clearance before the warning signs";
        dialog->notesEdit()->setPlainText(QStringLiteral("GP: no clot, easy running"));
        test::screenshot(dialog, QStringLiteral("clearance_dialog"));
        EXPECT_TRUE(dialog->isValid());
        dialog->accept();
    });
    banner->clearButton(0)->click();
    EXPECT_TRUE(asked);
    ASSERT_TRUE(test::waitUntil([&] { return banner->notices().isEmpty(); }))
        << "a clinician has seen it";
    EXPECT_FALSE(banner->isVisibleTo(window.get()));
    // The swelling opened a calf episode: after the clearance the way back starts with the
    // return-to-running gates, not the 30-day figure.
    ASSERT_TRUE(test::waitUntil([&] {
        return dashboard()->safeNextRunCard()->value() == QStringLiteral("Gates first");
    })) << dashboard()->safeNextRunCard()->value().toStdString();

    window->undoStack()->undo();
    ASSERT_TRUE(test::waitUntil([&] {
        return dashboard()->safeNextRunCard()->value() == QStringLiteral("On hold");
    })) << "Undo takes the clearance back";
    EXPECT_EQ(banner->notices().size(), 1);
    window->undoStack()->redo();
    ASSERT_TRUE(test::waitUntil([&] { return banner->notices().isEmpty(); }));
}
