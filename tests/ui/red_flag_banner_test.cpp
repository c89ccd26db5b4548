// Red flags first: the banner above every page, worded by urgency, until marked as read.
#include "dialogs/symptom_dialog.h"
#include "main_window.h"
#include "pages/runs_page.h"
#include "pages/symptoms_page.h"
#include "palette_support.h"
#include "red_flag_banner.h"
#include "storage/athlete_repository.h"
#include "storage/symptom_repository.h"
#include "support/test_support.h"
#include "widget_support.h"

#include <QAbstractButton>
#include <QAction>
#include <QUndoStack>

using namespace stridewell;
using namespace stridewell::ui;
using core::RedFlagSign;

namespace {

core::Symptom entry(qint64 athlete, int daysAgo, int pain, QList<RedFlagSign> signs = {})
{
    core::Symptom s;
    s.athleteId = athlete;
    s.date = QDate::currentDate().addDays(-daysAgo);
    s.location = core::BodyLocation::CalfBelly;
    s.side = core::Side::Left;
    s.pain = pain;
    s.redFlags = signs;
    return s;
}

class BannerTest : public ::testing::Test
{
protected:
    test::TempLog log;
    qint64 athlete = core::AthleteRepository(log.db()).add(QStringLiteral("Ann")).value().id;
    std::unique_ptr<MainWindow> window;

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
};

} // namespace

TEST_F(BannerTest, TheMostUrgentComesFirstAndStaysAboveEveryPage)
{
    core::SymptomRepository repo(log.db());
    ASSERT_TRUE(repo.add(entry(athlete, 3, 4, {RedFlagSign::Swelling})));
    ASSERT_TRUE(repo.add(entry(athlete, 1, 5, {RedFlagSign::ShortnessOfBreath})));
    ASSERT_TRUE(repo.add(entry(athlete, 0, 2, {RedFlagSign::Bruising})));
    // An episode of pain that has not eased over ten days: book an assessment.
    for (int daysAgo : {20, 18, 16, 14, 12, 10})
        ASSERT_TRUE(repo.add(entry(athlete, daysAgo, 3)));
    open();
    RedFlagBanner* banner = window->banner();
    ASSERT_NE(banner, nullptr);
    ASSERT_EQ(banner->notices().size(), 4);
    EXPECT_EQ(banner->notices()[0].triage.urgency, core::Urgency::Emergency);
    EXPECT_EQ(banner->notices()[1].triage.urgency, core::Urgency::SeeDoctorToday);
    EXPECT_EQ(banner->notices()[2].triage.urgency, core::Urgency::SeeClinicianPromptly);
    EXPECT_EQ(banner->notices()[3].triage.urgency, core::Urgency::BookAssessment);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Call emergency services now")));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("See a doctor today")));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("and 1 more warning: see the Symptoms")))
        << "three shown, the fourth summed up";
    for (const QMetaObject* page : {&RunsPage::staticMetaObject, &SymptomsPage::staticMetaObject}) {
        ASSERT_TRUE(window->showPage(page));
        EXPECT_TRUE(banner->isVisibleTo(window.get())) << page->className();
    }
    test::screenshot(window.get(), QStringLiteral("banner_window"));
    test::inDarkPalette(
        [&] { test::screenshot(window.get(), QStringLiteral("banner_window_dark")); });
}

TEST_F(BannerTest, MarkingAsReadIsKeptInTheLogAndUndoableButTheHoldStays)
{
    const qint64 id = core::SymptomRepository(log.db())
                          .add(entry(athlete, 1, 5, {RedFlagSign::PopOrSnap}))
                          .value();
    open();
    RedFlagBanner* banner = window->banner();
    ASSERT_EQ(banner->notices().size(), 1);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("See a clinician promptly")));
    ASSERT_NE(banner->readButton(0), nullptr);
    ASSERT_NE(banner->clearButton(0), nullptr);
    EXPECT_FALSE(banner->readButton(0)->accessibleName().isEmpty());
    banner->readButton(0)->click();
    QApplication::processEvents();
    {
        auto reopened = core::Database::open(log.logPath());
        EXPECT_TRUE(core::SymptomRepository(**reopened).find(id)->value().acknowledged)
            << "stored in the log";
    }
    // Read, but a possible tear still holds training until a clinician clears it.
    ASSERT_EQ(banner->notices().size(), 1);
    EXPECT_TRUE(banner->notices()[0].acknowledged);
    EXPECT_EQ(banner->readButton(0), nullptr) << "nothing left to mark as read";
    ASSERT_NE(banner->clearButton(0), nullptr);
    EXPECT_TRUE(banner->isVisibleTo(window.get()));
    window->undoStack()->undo();
    ASSERT_EQ(banner->notices().size(), 1);
    EXPECT_FALSE(banner->notices()[0].acknowledged) << "Undo makes it unread again";
    window->undoStack()->redo();
    EXPECT_TRUE(banner->notices()[0].acknowledged);
}

TEST_F(BannerTest, NotEasingIsHiddenOnceRead)
{
    for (int daysAgo : {20, 18, 16, 14, 12, 10})
        ASSERT_TRUE(core::SymptomRepository(log.db()).add(entry(athlete, daysAgo, 3)));
    open();
    RedFlagBanner* banner = window->banner();
    ASSERT_EQ(banner->notices().size(), 1);
    EXPECT_EQ(banner->clearButton(0), nullptr) << "no hold to clear";
    banner->readButton(0)->click();
    QApplication::processEvents();
    EXPECT_TRUE(banner->notices().isEmpty());
    EXPECT_FALSE(banner->isVisibleTo(window.get()));
    window->undoStack()->undo();
    EXPECT_EQ(banner->notices().size(), 1) << "Undo brings the warning back";
}

TEST_F(BannerTest, LogSymptomIsAWindowActionWithItsShortcut)
{
    open();
    EXPECT_EQ(window->logSymptomAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    EXPECT_TRUE(window->logSymptomAction()->isEnabled());
    EXPECT_TRUE(window->logCalfTestAction()->isEnabled());
    EXPECT_FALSE(window->banner()->isVisibleTo(window.get())) << "nothing to warn about";
    bool opened = false;
    const auto answer = test::whenDialogOpens([&](QWidget* w) {
        opened = qobject_cast<SymptomDialog*>(w) != nullptr;
        static_cast<QDialog*>(w)->reject();
    });
    window->logSymptomAction()->trigger();
    EXPECT_TRUE(opened);
    EXPECT_NE(window->page<SymptomsPage>(), nullptr);
}
