#pragma once

#include "analysis/roster.h"
#include "result.h"

#include <QDate>
#include <QList>

namespace stridewell::core {

class Database;

// Every athlete of the log summarised for a coach's roster as of `asOf`, most concerning first.
Result<QList<RosterEntry>> loadRoster(Database& db, QDate asOf);

} // namespace stridewell::core
