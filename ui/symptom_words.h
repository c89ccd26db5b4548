#pragma once

#include "advice/red_flag_triage.h"
#include "model/flag.h"
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

// The urgency as a word and an icon, so that colour is never the only cue. Its severity: high
// from "see a clinician promptly" up, caution below, with SeverityStyle's colour and icon.
QString urgencyWord(core::Urgency urgency); // "Emergency", "See a clinician promptly"
core::Severity severityOf(core::Urgency urgency);
QIcon urgencyIcon(core::Urgency urgency);

} // namespace stridewell::ui
