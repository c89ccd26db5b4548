#pragma once

#include "analysis/analysis_settings.h"

#include <QDate>
#include <optional>

namespace stridewell::core {

// The days a clinician report covers, both ends included.
struct ReportPeriod
{
    static constexpr int kDefaultWeeks = 12;

    QDate from;
    QDate to;

    // The last `weeks` calendar weeks up to `to`: from the start of the week `weeks - 1` weeks
    // before the one holding `to`, so the weekly figures cover whole weeks (the last one up to
    // `to`).
    static ReportPeriod lastWeeks(QDate to, WeekStart weekStart, int weeks = kDefaultWeeks);
    // What the command line and the Reports page ask for: either end may be left out. Without
    // `to` it is `today`; without `from` the period is the default 12 weeks up to `to`.
    static ReportPeriod resolve(std::optional<QDate> from, std::optional<QDate> to, QDate today,
                                WeekStart weekStart);

    bool contains(QDate day) const { return day >= from && day <= to; }
    int days() const { return int(from.daysTo(to)) + 1; }
    double weeks() const { return days() / 7.0; }
};

} // namespace stridewell::core
