#pragma once

#include <QColor>
#include <QFont>
#include <QtGlobal>

namespace stridewell::ui {

// The look of the clinician PDF. Layout units are decipoints (1/720 inch): fonts are sized in
// pixels of that unit, so text measures the same on the PDF, the page preview and in tests,
// whatever the resolution of the device it is finally drawn on. Paper is white and the report
// prints in black and greys (readable on a grey-scale printer); the severities add their colour
// to a shape and a word, never replacing them.
struct ReportStyle
{
    static constexpr qreal kUnitsPerPoint = 10.0;
    static constexpr qreal kUnitsPerInch = 720.0;
    static constexpr qreal mm(qreal millimetres) { return millimetres * kUnitsPerInch / 25.4; }
    static constexpr qreal pt(qreal points) { return points * kUnitsPerPoint; }

    enum class Role { Title, Heading, Subheading, Body, Small, Table, TableHeader, Chrome };
    static QFont font(Role role);
    static qreal lineGap(Role role); // extra space after a block of this role

    static QColor ink() { return QColor(0, 0, 0); }
    static QColor muted() { return QColor(70, 70, 70); }
    static QColor rule() { return QColor(140, 140, 140); }
    static QColor shade() { return QColor(236, 236, 236); }
};

} // namespace stridewell::ui
