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
// the runner marks each as read. An entry that put training on hold stays (read or not) until
// a clinician's clearance is logged from its "Cleared by a clinician…" button. Marking and
// clearing are undoable and kept in the log.
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
    QAbstractButton* clearButton(int index) const; // null where the notice holds no training
    const std::optional<core::Hold>& hold() const { return m_hold; }

    // Logs `clearance` for the athlete as one undoable step (the dialog's answer).
    void logClearance(core::Clearance clearance);

public Q_SLOTS:
    void markRead(int index);
    // Asks for the day and the clinician's words, then logs the clearance of notice `index`.
    void clear(int index);

private:
    void reload();
    void rebuild();

    core::Database& m_db;
    QUndoStack* m_undo;
    ErrorSink m_errors;
    qint64 m_athleteId = 0;
    QDate m_today = QDate::currentDate();
    QList<core::HealthNotice> m_notices;
    std::optional<core::Hold> m_hold;
    QVBoxLayout* m_rows;
    QList<QAbstractButton*> m_buttons;
    QList<QAbstractButton*> m_clearButtons;
    QList<QLabel*> m_texts;
};

} // namespace stridewell::ui
