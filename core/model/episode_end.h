#pragma once

#include <QDate>
#include <QString>

namespace stridewell::core {

// The runner (or a clinician) says a calf episode is over: it closes the episode open on that
// day, whatever the programme's stage (domain.md section 8; `episode end`).
struct EpisodeEnd
{
    qint64 id = 0;
    qint64 athleteId = 0;
    QDate date;
    QString notes;
};

} // namespace stridewell::core
