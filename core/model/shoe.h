#pragma once

#include "model/units.h"

#include <QString>

namespace stridewell::core {

struct Shoe
{
    static constexpr Distance kDefaultLimit = Distance::km(700);

    qint64 id = 0;
    qint64 athleteId = 0;
    QString name;
    Distance limit = kDefaultLimit;
    Distance startDistance; // already on the shoe when it was added
    bool retired = false;
};

} // namespace stridewell::core
