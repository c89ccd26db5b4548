#include "pages/page_list.h"

#include "pages/dashboard_page.h"
#include "pages/reports_page.h"
#include "pages/runs_page.h"
#include "pages/shoes_page.h"
#include "pages/strength_page.h"
#include "pages/symptoms_page.h"
#include "pages/team_page.h"

namespace stridewell::ui {

std::vector<Page*> createPages(const PageContext& context, QWidget* parent)
{
    return {
        new DashboardPage(context, parent), new RunsPage(context, parent),
        new SymptomsPage(context, parent),  new StrengthPage(context, parent),
        new ShoesPage(context, parent),     new ReportsPage(context, parent),
        new TeamPage(context, parent),
    };
}

} // namespace stridewell::ui
