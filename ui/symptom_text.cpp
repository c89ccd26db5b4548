#include "symptom_text.h"

namespace stridewell::ui {

QString SymptomText::location(core::BodyLocation location)
{
    switch (location) {
    case core::BodyLocation::CalfMedialLower:
        return tr("inner lower calf");
    case core::BodyLocation::CalfLateralUpper:
        return tr("upper outer calf");
    case core::BodyLocation::CalfBelly:
        return tr("calf belly");
    case core::BodyLocation::Achilles:
        return tr("Achilles tendon");
    case core::BodyLocation::ShinMedial:
        return tr("inner shin");
    case core::BodyLocation::Other:
        return tr("elsewhere");
    }
    return {};
}

QString SymptomText::side(core::Side side)
{
    switch (side) {
    case core::Side::Left:
        return tr("left");
    case core::Side::Right:
        return tr("right");
    case core::Side::Both:
        return tr("both sides");
    }
    return {};
}

QString SymptomText::where(const core::Symptom& symptom)
{
    const QString place =
        symptom.location == core::BodyLocation::Other && !symptom.locationNote.trimmed().isEmpty()
            ? symptom.locationNote.trimmed()
            : location(symptom.location);
    return tr("%1, %2").arg(place, side(symptom.side));
}

} // namespace stridewell::ui
