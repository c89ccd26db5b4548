#pragma once

#include <QObject>

namespace stridewell::core {

// What part of the log a committed write touched.
enum class Change { Athletes, Runs, Symptoms, CalfTests, Strength, Shoes, Settings };

// The one place the views learn that the log changed.
//
// logChanged is the signal views follow: once after each commit through this connection, and
// once for each look (LogWatcher) that finds commits by any other connection: a worker
// thread's, the command line's, another program's. Whoever wrote, the window hears it alike.
//
// The typed signals say what this connection's own commits touched, once per (change,
// athlete) however many rows the transaction wrote (a bulk import of 10,000 runs is one
// signal). Other connections' commits do not arrive through them: follow logChanged.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void emitChange(Change what, qint64 athleteId);

Q_SIGNALS:
    void logChanged();
    void athletesChanged();
    void runsChanged(qint64 athleteId);
    void symptomsChanged(qint64 athleteId);
    void calfTestsChanged(qint64 athleteId);
    void strengthChanged(qint64 athleteId);
    void shoesChanged(qint64 athleteId);
    void settingsChanged();
};

} // namespace stridewell::core
