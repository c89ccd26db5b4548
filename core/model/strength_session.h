#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace stridewell::core {

// A strength circuit the athlete completed.
struct StrengthSession
{
    qint64 id = 0;
    qint64 athleteId = 0;
    QDate date;
    QString circuitId;
    std::optional<int> pain; // 0-10 during or after the session
    QString notes;
};

} // namespace stridewell::core

namespace stridewell::core {

// The circuits a session can record (the exercise library describes each one).
inline QStringList knownCircuitIds()
{
    return {QStringLiteral("soleus"),     QStringLiteral("calf_strength"),
            QStringLiteral("heel_drops"), QStringLiteral("hips_feet"),
            QStringLiteral("stretching"), QStringLiteral("first_days")};
}

} // namespace stridewell::core
