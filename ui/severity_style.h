#pragma once

#include "model/flag.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace stridewell::ui {

// The only fixed colours of the app (design.md section 5): the three severities, always shown
// with their icon and their word so that colour is never the only cue. The icons differ in
// shape too: a circle for info, a triangle for caution, an octagon for high.
class SeverityStyle
{
    Q_DECLARE_TR_FUNCTIONS(SeverityStyle)
public:
    static QColor color(core::Severity severity);
    static QString word(core::Severity severity); // "info", "caution", "high"
    static QPixmap pixmap(core::Severity severity, int size, qreal devicePixelRatio = 1.0);
    static QIcon icon(core::Severity severity);
};

} // namespace stridewell::ui
