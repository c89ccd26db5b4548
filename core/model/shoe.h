#pragma once

#include "model/units.h"

#include <QDate>
#include <QString>
#include <optional>

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

// A shoe with what has been run in it.
struct ShoeUsage
{
    Shoe shoe;
    int runs = 0;
    Distance runDistance; // the runs logged with this shoe
    std::optional<QDate> lastRun;

    Distance total() const { return shoe.startDistance + runDistance; }
    bool worn() const { return total() > shoe.limit; }
};

} // namespace stridewell::core
