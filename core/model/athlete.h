#pragma once

#include <QString>
#include <QtGlobal>

namespace stridewell::core {

struct Athlete
{
    qint64 id = 0;
    QString name;
};

} // namespace stridewell::core
