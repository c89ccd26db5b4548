#include "report/report_period.h"

#include "analysis/daily_series.h"

namespace stridewell::core {

ReportPeriod ReportPeriod::lastWeeks(QDate to, WeekStart weekStart, int weeks)
{
    return {weekStartOf(to, weekStart).addDays(-7 * (weeks - 1)), to};
}

ReportPeriod ReportPeriod::resolve(std::optional<QDate> from, std::optional<QDate> to, QDate today,
                                   WeekStart weekStart)
{
    const QDate end = to.value_or(today);
    if (!from)
        return lastWeeks(end, weekStart);
    return {*from, end};
}

} // namespace stridewell::core
