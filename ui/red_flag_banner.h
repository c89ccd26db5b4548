#pragma once

#include "advice/plan.h"
#include "error_sink.h"

#include <QDate>
#include <QWidget>

class QAbstractButton;
class QLabel;
class QUndoStack;
class QVBoxLayout;

namespace stridewell::core {
class Database;
}

namespace stridewell::ui {

// Red flags first: above every page of the window, the symptom entries whose warning signs (or
// pain that is not easing) need a clinician, worded by urgency with an icon and a word, until
// the runner marks each as read. Marking is undoable and kept in the log.
class RedFlagBanner : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kShown = 3; // more than this are summed up in one line

    RedFlagBanner(core::Database& db, QUndoStack* undo, ErrorSink errors,
                  QWidget* parent = nullptr);

    void setAthlete(qint64 athleteId);
    void setToday(QDate today); // the window passes the date; tests pick one

    const QList<core::HealthNotice>& notices() const { return m_notices; }
    QString text() const; // everything the banner says, for tests and screen readers
    QAbstractButton* readButton(int index) const;

public Q_SLOTS:
    void markRead(int index);

private:
    void reload();
    void rebuild();

    core::Database& m_db;
    QUndoStack* m_undo;
    ErrorSink m_errors;
    qint64 m_athleteId = 0;
    QDate m_today = QDate::currentDate();
    QList<core::HealthNotice> m_notices;
    QVBoxLayout* m_rows;
    QList<QAbstractButton*> m_buttons;
    QList<QLabel*> m_texts;
};

} // namespace stridewell::ui
