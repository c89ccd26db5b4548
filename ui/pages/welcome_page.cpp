#include "pages/welcome_page.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace stridewell::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    auto* column = new QWidget(this);
    // A fixed width lets the word-wrapped texts take the height they need (heightForWidth).
    column->setFixedWidth(540);
    auto* layout = new QVBoxLayout(column);

    auto* title = new QLabel(tr("Welcome to Stridewell"), column);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    title->setFont(big);
    auto* intro = new QLabel(
        tr("Stridewell keeps your runs, your calf symptoms and your strength work in one "
           "place, and tells you when your training load jumps before it starts to hurt. "
           "Everything stays on this computer."),
        column);
    intro->setWordWrap(true);

    auto* demo = new QCommandLinkButton(
        tr("Explore the demo log"),
        tr("Twenty weeks of a runner who overdid a half marathon, got inner-calf "
           "pain and trained their way back. Nothing you do there touches your own log."),
        column);
    auto* own = new QCommandLinkButton(
        tr("Start my own log"),
        tr("Give your name and begin with an empty log. You can log runs by hand "
           "straight away."),
        column);
    auto* open = new QCommandLinkButton(
        tr("Open a log file…"),
        tr("A log you or your coach already keep, such as a copy from another computer."), column);
    own->setDefault(true);
    // QCommandLinkButton's size hint assumes a one-line description; give each the height its
    // wrapped text needs at the column's width.
    for (QCommandLinkButton* button : {demo, own, open})
        button->setMinimumHeight(button->heightForWidth(column->width()) + 8);
    demo->setAccessibleName(tr("Explore the demo log"));
    own->setAccessibleName(tr("Start my own log"));
    open->setAccessibleName(tr("Open a log file"));

    auto* logo = new QLabel(column);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/stridewell.svg")).pixmap(56, 56));
    logo->setAccessibleName(tr("Stridewell logo"));
    auto* heading = new QHBoxLayout;
    heading->addWidget(logo);
    heading->addSpacing(10);
    heading->addWidget(title, 1);
    layout->addLayout(heading);
    layout->addSpacing(6);
    layout->addWidget(intro);
    layout->addSpacing(18);
    layout->addWidget(own);
    layout->addWidget(demo);
    layout->addWidget(open);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(demo, &QCommandLinkButton::clicked, this, &WelcomePage::exploreDemoRequested);
    connect(own, &QCommandLinkButton::clicked, this, &WelcomePage::startOwnLogRequested);
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openLogRequested);
}

} // namespace stridewell::ui
