// Cross-page checks of design.md section 5: every control has an accessible name (its own, its
// text, or the label that is its buddy), and every page is reachable by keyboard.
#include "main_window.h"
#include "support/test_support.h"
#include "widget_support.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSlider>
#include <QTest>
#include <QTextEdit>

using namespace stridewell;
using namespace stridewell::ui;

namespace {

bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QTextEdit*>(w) || qobject_cast<const QSlider*>(w);
}

// What a screen reader would announce for the control.
QString spokenName(const QWidget* w, const QList<QLabel*>& labels)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (auto* button = qobject_cast<const QAbstractButton*>(w); button && !button->text().isEmpty())
        return button->text();
    for (const QLabel* label : labels)
        if (label->buddy() == w && !label->text().isEmpty())
            return label->text();
    return {};
}

// Controls inside a combo box, spin box or item view belong to it (its line edit, viewport).
bool ownedByAnotherControl(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
            qobject_cast<const QAbstractItemView*>(p))
            return true;
    return false;
}

QStringList unnamedControls(QWidget* root)
{
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!isControl(w) || !w->isVisibleTo(root) || ownedByAnotherControl(w))
            continue;
        if (spokenName(w, labels).isEmpty())
            unnamed << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    }
    return unnamed;
}

} // namespace

TEST(Accessibility, TheCheckFindsAControlWithoutAName)
{
    QWidget form;
    auto* named = new QLineEdit(&form);
    named->setAccessibleName(QStringLiteral("Distance"));
    auto* label = new QLabel(QStringLiteral("&Time:"), &form);
    label->setBuddy(new QLineEdit(&form));
    auto* bare = new QLineEdit(&form);
    bare->setObjectName(QStringLiteral("bare"));
    EXPECT_EQ(unnamedControls(&form).size(), 1);
    EXPECT_TRUE(unnamedControls(&form).value(0).contains(QStringLiteral("bare")));
}

TEST(Accessibility, EveryControlOnEveryPageHasAName)
{
    test::TempLog scratch;
    Preferences prefs;
    prefs.defaultLogPath = scratch.path(QStringLiteral("own.sqlite"));
    MainWindow window(prefs);
    window.resize(1280, 800);
    window.openLog(scratch.path(QStringLiteral("missing.sqlite")));
    window.show();
    EXPECT_EQ(unnamedControls(&window), QStringList()) << "the welcome page";
    window.exploreDemo();
    auto* nav = window.findChild<QListWidget*>();
    ASSERT_TRUE(nav);
    ASSERT_GT(nav->count(), 1);
    for (int row = 0; row < nav->count(); ++row) {
        if (nav->item(row)->isHidden())
            continue;
        nav->setCurrentRow(row);
        QApplication::processEvents();
        EXPECT_EQ(unnamedControls(&window), QStringList()) << nav->item(row)->text().toStdString();
    }
}

TEST(Accessibility, PagesAreReachableByKeyboard)
{
    test::TempLog scratch;
    Preferences prefs;
    prefs.defaultLogPath = scratch.path(QStringLiteral("own.sqlite"));
    MainWindow window(prefs);
    window.openLog(scratch.path(QStringLiteral("missing.sqlite")));
    window.exploreDemo();
    window.show();
    auto* nav = window.findChild<QListWidget*>();
    ASSERT_TRUE(nav);
    EXPECT_NE(nav->focusPolicy() & Qt::TabFocus, 0) << "the page list takes Tab focus";
    nav->setFocus();
    nav->setCurrentRow(0);
    const QString first = nav->currentItem()->text();
    QTest::keyClick(nav, Qt::Key_Down);
    EXPECT_NE(nav->currentItem()->text(), first) << "arrow keys move between pages";
}
