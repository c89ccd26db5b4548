#pragma once

#include "analysis/acwr.h"
#include "analysis/analysis_settings.h"
#include "analysis/cadence_series.h"
#include "analysis/daily_series.h"
#include "analysis/flag_kinds.h"
#include "analysis/weekly_series.h"
#include "model/calf_test.h"
#include "model/clearance.h"
#include "model/flag.h"
#include "model/run.h"
#include "model/shoe.h"
#include "model/symptom.h"

#include <QList>
#include <vector>

// The flag rules of design.md section 4, one function each, exactly as specified there. Each
// returns its events in date order; nothing dated after `asOf` (each kind's row in
// flag_kinds.cpp says which rule it runs and with what; computeFlags() runs them all and sorts).
// The daily series passed in must already leave out runs after `asOf` (DailySeries::build(runs,
// asOf)).
namespace stridewell::core::rules {

// A new event with the rule's reference filled in; the rule adds its message and evidence.
Flag event(QDate date, FlagKind kind, Severity severity, std::optional<double> value,
           std::optional<double> threshold);

// Runs the rules below read from: sorted by start, none after asOf.
QList<Run> runsUpTo(const QList<Run>& runs, QDate asOf);

std::vector<Flag> weeklyIncrease(const DailySeries& daily, const AnalysisSettings& settings,
                                 QDate asOf);
// For each run, against the longest single run of the window days before its day.
std::vector<Flag> sessionSpike(const QList<Run>& runsByStart, const DailySeries& daily,
                               const AnalysisSettings& settings);
std::vector<Flag> acwrHigh(const DailySeries& daily, const AcwrSeries& distanceAcwr,
                           const AnalysisSettings& settings, QDate asOf);
std::vector<Flag> monotonyHigh(const std::vector<WeekSummary>& weeks,
                               const AnalysisSettings& settings);
std::vector<Flag> cadenceLow(const std::vector<CadenceMedian>& medians,
                             const AnalysisSettings& settings);
std::vector<Flag> shoeMileage(const QList<Run>& runsByStart, const QList<Shoe>& shoes);
std::vector<Flag> redFlag(const QList<Symptom>& symptoms, QDate asOf);
// Every run on or after the day of an entry that started a hold and before its clearance.
std::vector<Flag> ranDuringHold(const QList<Run>& runsByStart, const QList<Symptom>& symptoms,
                                const QList<Clearance>& clearances, QDate asOf);
std::vector<Flag> symptomPersistent(const QList<Symptom>& symptoms,
                                    const AnalysisSettings& settings, QDate asOf);
std::vector<Flag> calfAsymmetry(const QList<CalfTest>& tests, const AnalysisSettings& settings,
                                QDate asOf);

} // namespace stridewell::core::rules
