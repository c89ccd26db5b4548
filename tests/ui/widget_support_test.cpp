// The test helpers of the window tests: a dialog answer lives only as long as its scope.
#include "support/wait_until.h"
#include "widget_support.h"

#include <QDialog>
#include <gtest/gtest-spi.h>

using namespace std::chrono_literals;
using stridewell::test::waitUntil;
using stridewell::test::whenDialogOpens;

TEST(WhenDialogOpens, AnswersTheModalDialogThatOpensWhileTheAnswerLives)
{
    bool answered = false;
    const auto answer = whenDialogOpens([&](QWidget* modal) {
        answered = true;
        static_cast<QDialog*>(modal)->reject();
    });
    QDialog dialog;
    dialog.setModal(true);
    dialog.show();
    EXPECT_TRUE(waitUntil([&] { return answered; })) << "the dialog answered";
    EXPECT_FALSE(dialog.isVisible());
}

TEST(WhenDialogOpens, AnUnansweredWaitFailsItsTestAndStopsLooking)
{
    bool answered = false;
    testing::TestPartResultArray failures;
    {
        const testing::ScopedFakeTestPartResultReporter reporter(
            testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &failures);
        const auto answer = whenDialogOpens([&](QWidget*) { answered = true; });
    }
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(
        std::string(failures.GetTestPartResult(0).message()).find("no modal dialog opened") !=
        std::string::npos)
        << failures.GetTestPartResult(0).message();

    // A dialog opened later, in this test or the next, is not answered by the ended wait.
    QDialog dialog;
    dialog.setModal(true);
    dialog.show();
    EXPECT_FALSE(waitUntil([&] { return answered; }, 100ms));
    EXPECT_TRUE(dialog.isVisible());
}
