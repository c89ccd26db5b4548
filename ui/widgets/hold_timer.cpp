#include "widgets/hold_timer.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace stridewell::ui {

namespace {

QString clock(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString length(int seconds)
{
    return seconds >= 120 && seconds % 60 == 0 ? HoldTimer::tr("%1 min").arg(seconds / 60)
                                               : HoldTimer::tr("%1 s").arg(seconds);
}

} // namespace

HoldTimer::HoldTimer(int seconds, QWidget* parent)
    : QWidget(parent), m_seconds(seconds), m_remaining(seconds), m_button(new QPushButton(this)),
      m_left(new QLabel(this)), m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    m_left->setMinimumWidth(m_left->fontMetrics().horizontalAdvance(QStringLiteral("00:00 ✓")));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_left);
    connect(m_timer, &QTimer::timeout, this, &HoldTimer::tick);
    connect(m_button, &QPushButton::clicked, this, [this] { running() ? stop() : start(); });
    show();
}

bool HoldTimer::running() const
{
    return m_timer->isActive();
}

QString HoldTimer::display() const
{
    return m_left->text();
}

void HoldTimer::start()
{
    m_remaining = m_seconds;
    m_timer->start();
    show();
}

void HoldTimer::stop()
{
    m_timer->stop();
    m_remaining = m_seconds;
    show();
}

void HoldTimer::tick()
{
    if (m_remaining <= 0)
        return;
    --m_remaining;
    if (m_remaining == 0) {
        m_timer->stop();
        QApplication::beep();
        show();
        m_left->setText(tr("done ✓"));
        m_left->setAccessibleName(tr("Hold done"));
        Q_EMIT finished();
        m_remaining = m_seconds;
        return;
    }
    show();
}

void HoldTimer::show()
{
    const bool on = running();
    m_button->setText(on ? tr("Stop") : tr("Hold %1").arg(length(m_seconds)));
    m_button->setAccessibleName(on ? tr("Stop the hold timer")
                                   : tr("Start a %1 hold timer").arg(length(m_seconds)));
    m_left->setText(on ? clock(m_remaining) : QString());
    m_left->setAccessibleName(on ? tr("%1 seconds left").arg(m_remaining) : QString());
}

} // namespace stridewell::ui
