#pragma once

#include "advice/red_flag_triage.h"
#include "model/symptom.h"

#include <QIcon>
#include <QString>
#include <optional>

namespace stridewell::ui {

// The symptom vocabulary as the window shows it: translatable words for the ids of core.
QString locationName(core::BodyLocation location); // "Inner lower calf"
QString locationHint(core::BodyLocation location); // where exactly, for tooltips
QString sideName(core::Side side);                 // "Left"
QString typeName(std::optional<core::SymptomType> type);
QString timingName(std::optional<core::SymptomTiming> timing);
QString stretchName(std::optional<core::StretchTest> stretch);
QString painWords(int pain); // "3 – mild"

// The urgency as a word and an icon, so that colour is never the only cue.
QString urgencyWord(core::Urgency urgency); // "Emergency", "See a clinician promptly"
QIcon urgencyIcon(core::Urgency urgency, const QWidget* styleSource);

} // namespace stridewell::ui
