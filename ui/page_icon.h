#pragma once

#include <QIcon>
#include <QString>

namespace stridewell::ui {

// A page's navigation icon: the desktop theme's icon when there is one, else the line drawing
// in :/icons/pages/<name>.svg, drawn in the palette's text colour so that it reads in light
// and dark themes alike. Names: dashboard, runs, symptoms, strength, shoes, reports, team.
QIcon pageIcon(const QString& name, const QString& themeName = {});

} // namespace stridewell::ui
