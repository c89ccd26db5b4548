#pragma once

#include "preferences.h"
#include "report/report_page_setup.h"

namespace stridewell::ui {

// How the clinician report is printed: the paper and the units the athlete chose.
struct ReportOptions
{
    PageFormat page = PageFormat::A4;
    DistanceUnit unit = DistanceUnit::Km;
};

} // namespace stridewell::ui
