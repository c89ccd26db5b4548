#pragma once

#include <QObject>

namespace stridewell::core {

// The one place the views learn that the log changed. Repositories emit after a commit.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

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
