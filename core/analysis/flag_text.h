#pragma once

#include "advice/red_flag_triage.h"
#include "model/flag.h"
#include "model/symptom.h"

#include <QList>
#include <QString>

// The messages of the flags: a plain explanation in Stridewell's own voice (guidance, never a
// diagnosis), written by each rule from what it saw. Kept apart from the rules so the
// arithmetic reads on its own; the evidence behind each rule is its row in flag_kinds.cpp.
// Every threshold a message names is the one the rule was given (the log's settings); the
// numbers of a study are said as the study's.
namespace stridewell::core::flag_text {

QString weeklyIncrease(Severity severity, double value, double threshold);
// `threshold`: the one crossed (caution or high), as the settings have it.
QString sessionSpike(Severity severity, double value, double threshold, int windowDays);
QString acwrHigh(Severity severity, double value, double threshold);
QString monotonyHigh(std::optional<double> monotony, double threshold, bool sessionRpe);
QString cadenceLow(double median, double threshold, int windowDays);
QString shoeMileage(const QString& shoeName);
// The entry's urgency headline and advice, word for word as every other surface shows them.
QString redFlag(const Triage& triage);
QString ranDuringHold(QDate holdStart, const Triage& triage);
QString symptomPersistent(int days, int painNow, int painFirst);
QString calfAsymmetry(const QString& weakerSide, double value, double threshold);

// "34%" (one decimal when the whole number would read as the threshold itself).
QString percent(double ratio, double threshold);
// A threshold as a percentage, exactly as set: "10%", "12.5%".
QString thresholdPercent(double ratio);

} // namespace stridewell::core::flag_text
