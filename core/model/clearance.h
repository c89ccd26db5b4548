#pragma once

#include <QDate>
#include <QString>

namespace stridewell::core {

// A clinician has seen the athlete and cleared them to train: it ends every hold started by an
// entry dated on or before it (domain.md section 4).
struct Clearance
{
    qint64 id = 0;
    qint64 athleteId = 0;
    QDate date;
    QString notes; // who cleared, and any conditions ("physio: easy running only")
};

} // namespace stridewell::core
