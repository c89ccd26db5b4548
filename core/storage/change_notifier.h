#pragma once

#include <QObject>

namespace stridewell::core {

// What part of the log a committed write touched.
enum class Change { Athletes, Runs, Symptoms, CalfTests, Strength, Shoes, Settings };

// The one place the views learn that the log changed. Database emits after a commit, once per
// (change, athlete) however many rows the transaction wrote, so a bulk import of 10,000 runs
// reloads a view once, not 10,000 times.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void emitChange(Change what, qint64 athleteId);

Q_SIGNALS:
    void athletesChanged();
    void runsChanged(qint64 athleteId);
    void symptomsChanged(qint64 athleteId);
    void calfTestsChanged(qint64 athleteId);
    void strengthChanged(qint64 athleteId);
    void shoesChanged(qint64 athleteId);
    void settingsChanged();
};

} // namespace stridewell::core
