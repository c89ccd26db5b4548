#pragma once

#include "error_sink.h"
#include "preferences.h"

#include <QIcon>
#include <QString>
#include <QWidget>

class QUndoStack;

namespace stridewell::core {
class Database;
}

namespace stridewell::ui {

// What every page is built with: the open log, the window's undo stack, the error sink and the
// user's preferences at the time the log opened (later changes arrive through setUnit()).
struct PageContext
{
    core::Database& db;
    QUndoStack* undo;
    ErrorSink errors;
    Preferences prefs;
};

// One entry of the window's navigation list. Pages follow the log through core's change
// notifier and never talk to each other; the window tells them the athlete and the units.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual QString description() const = 0; // the navigation item's tooltip
    // Shown only when the log holds more than one athlete (the coach's team view).
    virtual bool needsSeveralAthletes() const { return false; }

    virtual void setAthlete(qint64 athleteId) = 0;
    virtual void setUnit(DistanceUnit unit) { Q_UNUSED(unit); }
    // Set when the week-start or threshold settings change, and on open.
    virtual void setPreferences(const Preferences& prefs) { setUnit(prefs.unit); }

Q_SIGNALS:
    // Asks the window to show another page: &RunsPage::staticMetaObject.
    void showPageRequested(const QMetaObject* page);
    // Asks the window to switch to an athlete and show their first page (the coach's roster).
    void athleteRequested(qint64 athleteId);
};

} // namespace stridewell::ui
