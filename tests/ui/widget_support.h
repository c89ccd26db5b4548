#pragma once

#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <source_location>
#include <vector>

namespace stridewell::test {

// Answers the next modal dialog (opened by a blocking exec()) with `fill`: while the returned
// object lives, a timer looks for the dialog every 10 ms; when it goes, at the latest at the end
// of the test, the timer goes with it, so an unanswered wait never outlives its test to answer
// the dialog of another, and the test fails if no dialog opened.
class [[nodiscard]] DialogAnswer
{
public:
    DialogAnswer(std::function<void(QWidget*)> fill, std::source_location where)
        : m_timer(std::make_unique<QTimer>()), m_where(where)
    {
        QTimer* timer = m_timer.get();
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, [timer, fill = std::move(fill)] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                timer->stop();
                fill(modal);
            }
        });
        timer->start();
    }
    DialogAnswer(const DialogAnswer&) = delete;
    DialogAnswer& operator=(const DialogAnswer&) = delete;
    ~DialogAnswer()
    {
        if (m_timer->isActive())
            ADD_FAILURE_AT(m_where.file_name(), int(m_where.line()))
                << "no modal dialog opened to be answered";
    }

private:
    std::unique_ptr<QTimer> m_timer;
    std::source_location m_where;
};

// Answers the next modal dialogs, one after another, each with its `fill` in turn: for a step
// that opens a second dialog when the first is accepted (a run, then how the calf took it). The
// test fails if fewer dialogs opened than there are answers.
class [[nodiscard]] DialogAnswers
{
public:
    DialogAnswers(std::vector<std::function<void(QWidget*)>> fills, std::source_location where)
        : m_timer(std::make_unique<QTimer>()), m_fills(std::move(fills)), m_where(where)
    {
        QTimer* timer = m_timer.get();
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last.data() || m_next >= m_fills.size())
                return;
            m_last = modal;
            if (++m_next == m_fills.size())
                m_timer->stop();
            m_fills[m_next - 1](modal);
        });
        timer->start();
    }
    DialogAnswers(const DialogAnswers&) = delete;
    DialogAnswers& operator=(const DialogAnswers&) = delete;
    ~DialogAnswers()
    {
        if (m_next < m_fills.size())
            ADD_FAILURE_AT(m_where.file_name(), int(m_where.line()))
                << m_next << " of " << m_fills.size() << " modal dialogs opened to be answered";
    }

private:
    std::unique_ptr<QTimer> m_timer;
    std::vector<std::function<void(QWidget*)>> m_fills;
    std::size_t m_next = 0;
    QPointer<QWidget> m_last;
    std::source_location m_where;
};

inline DialogAnswers whenDialogsOpen(std::vector<std::function<void(QWidget*)>> fills,
                                     std::source_location where = std::source_location::current())
{
    return DialogAnswers(std::move(fills), where);
}

// Keep the answer until the dialog has opened: const auto answer = whenDialogOpens(...);
inline DialogAnswer whenDialogOpens(std::function<void(QWidget*)> fill,
                                    std::source_location where = std::source_location::current())
{
    return DialogAnswer(std::move(fill), where);
}

// Saves a picture of the widget for a person to look at (build/screenshots).
inline void screenshot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(STRIDEWELL_SCREENSHOT_DIR));
    QApplication::processEvents(); // pending layouts, as a user would see them
    widget->grab().save(QStringLiteral(STRIDEWELL_SCREENSHOT_DIR "/") + name +
                        QStringLiteral(".png"));
}

} // namespace stridewell::test
