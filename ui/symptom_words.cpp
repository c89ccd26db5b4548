#include "symptom_words.h"

#include "severity_style.h"
#include "symptom_text.h"

#include <QCoreApplication>

namespace stridewell::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SymptomWords", text);
}

} // namespace

QString locationName(core::BodyLocation location)
{
    // The same words as the dashboard's (SymptomText), as the start of a line.
    if (location == core::BodyLocation::Other)
        return tr("Somewhere else");
    QString name = SymptomText::location(location);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString locationHint(core::BodyLocation location)
{
    using L = core::BodyLocation;
    switch (location) {
    case L::CalfMedialLower:
        return tr("The inner edge of the lower calf, along the back of the shin bone");
    case L::CalfLateralUpper:
        return tr("The top of the calf on the outside, just below the knee");
    case L::CalfBelly:
        return tr("The bulge in the middle and upper back of the calf");
    case L::Achilles:
        return tr("The tendon just above the heel");
    case L::ShinMedial:
        return tr("The inner front edge of the shin bone");
    case L::Other:
        return tr("Anywhere else in the lower leg: say where in the box");
    }
    return {};
}

QString sideName(core::Side side)
{
    switch (side) {
    case core::Side::Left:
        return tr("Left");
    case core::Side::Right:
        return tr("Right");
    case core::Side::Both:
        return tr("Both");
    }
    return {};
}

QString typeName(std::optional<core::SymptomType> type)
{
    if (!type)
        return tr("Not recorded");
    switch (*type) {
    case core::SymptomType::Ache:
        return tr("Ache");
    case core::SymptomType::Tightness:
        return tr("Tightness");
    case core::SymptomType::Sharp:
        return tr("Sharp");
    case core::SymptomType::Cramp:
        return tr("Cramp");
    }
    return {};
}

QString timingName(std::optional<core::SymptomTiming> timing)
{
    if (!timing)
        return tr("Not recorded");
    switch (*timing) {
    case core::SymptomTiming::During:
        return tr("During a run");
    case core::SymptomTiming::After:
        return tr("After a run");
    case core::SymptomTiming::NextMorning:
        return tr("The next morning");
    case core::SymptomTiming::AtRest:
        return tr("At rest");
    }
    return {};
}

QString stretchName(std::optional<core::StretchTest> stretch)
{
    if (!stretch)
        return tr("Not tried");
    switch (*stretch) {
    case core::StretchTest::Straight:
        return tr("Straight-knee stretch brings it on");
    case core::StretchTest::Bent:
        return tr("Bent-knee stretch brings it on");
    case core::StretchTest::Both:
        return tr("Both stretches bring it on");
    case core::StretchTest::Neither:
        return tr("Neither stretch brings it on");
    }
    return {};
}

QString painWords(int pain)
{
    static const char* const words[] = {
        QT_TRANSLATE_NOOP("SymptomWords", "none"),
        QT_TRANSLATE_NOOP("SymptomWords", "very mild"),
        QT_TRANSLATE_NOOP("SymptomWords", "mild"),
        QT_TRANSLATE_NOOP("SymptomWords", "mild"),
        QT_TRANSLATE_NOOP("SymptomWords", "moderate"),
        QT_TRANSLATE_NOOP("SymptomWords", "moderate"),
        QT_TRANSLATE_NOOP("SymptomWords", "strong"),
        QT_TRANSLATE_NOOP("SymptomWords", "strong"),
        QT_TRANSLATE_NOOP("SymptomWords", "severe"),
        QT_TRANSLATE_NOOP("SymptomWords", "very severe"),
        QT_TRANSLATE_NOOP("SymptomWords", "the worst imaginable"),
    };
    if (pain < 0 || pain > 10)
        return {};
    return QStringLiteral("%1 – %2").arg(pain).arg(tr(words[pain]));
}

// The urgency in the words every surface uses: core's headline, one source.
QString urgencyWord(core::Urgency urgency)
{
    return core::headline(urgency);
}

core::Severity severityOf(core::Urgency urgency)
{
    return urgency >= core::Urgency::SeeClinicianPromptly ? core::Severity::High
                                                          : core::Severity::Caution;
}

QIcon urgencyIcon(core::Urgency urgency)
{
    return SeverityStyle::icon(severityOf(urgency));
}

} // namespace stridewell::ui
