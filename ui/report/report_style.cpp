#include "report/report_style.h"

namespace stridewell::ui {

QFont ReportStyle::font(Role role)
{
    // DejaVu Sans is installed with the app (scripts/deps.sh); any sans-serif stands in for it.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "fl" stays two letters, so the PDF's text copies and searches as typed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    qreal points = 9.0;
    switch (role) {
    case Role::Title:
        points = 18.0;
        f.setBold(true);
        break;
    case Role::Heading:
        points = 12.5;
        f.setBold(true);
        break;
    case Role::Subheading:
        points = 10.0;
        f.setBold(true);
        break;
    case Role::Body:
        points = 9.0;
        break;
    case Role::Small:
        points = 7.5;
        break;
    case Role::Table:
        points = 8.0;
        break;
    case Role::TableHeader:
        points = 8.0;
        f.setBold(true);
        break;
    case Role::Chrome:
        points = 7.0;
        break;
    }
    f.setPixelSize(qRound(pt(points)));
    return f;
}

qreal ReportStyle::lineGap(Role role)
{
    switch (role) {
    case Role::Title:
        return pt(4);
    case Role::Heading:
        return pt(4);
    case Role::Subheading:
        return pt(2.5);
    default:
        return pt(4);
    }
}

} // namespace stridewell::ui
