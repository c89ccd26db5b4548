#pragma once

#include "model/symptom.h"

#include <QList>
#include <QString>
#include <optional>

namespace stridewell::core {

// What recent symptoms point at, as the plan names it (ids as in `plan --json`).
enum class Pattern { None, Soleus, Gastrocnemius, Achilles, Shin, Cramp };

QString toId(Pattern pattern);
std::optional<Pattern> patternFromId(const QString& id);
QStringList allPatternIds();

// The pattern one entry points at: a cramp is a cramp wherever it is; at a calf site a stretch
// test that points one way decides (straight knee only: gastrocnemius; bent knee only:
// soleus); otherwise the inner lower and upper outer calf point at the soleus, the calf belly
// at the gastrocnemius. Entries without pain (and not cramps) point nowhere.
Pattern patternOf(const Symptom& symptom);

// The recent symptoms' pattern and the evidence for it, for the plan's "because: ...".
struct PatternFinding
{
    Pattern pattern = Pattern::None;
    int windowDays = 0;
    int days = 0;                       // days in the window with an entry pointing at the pattern
    QList<Symptom> entries;             // those entries, oldest first
    QList<Side> sides;                  // the sides they were on, in the order first seen
    QList<BodyLocation> locations;      // most frequent first
    std::optional<StretchTest> stretch; // the most frequent stretch-test answer, if any
    QString reason;                     // "inner-calf pain (left) on 4 of the last 28 days ..."
    QString summary;                    // the short form: "inner-calf pain on 4 of 28 days"

    const Symptom* latest() const { return entries.isEmpty() ? nullptr : &entries.last(); }
};

// Looks at the entries dated asOf - windowDays + 1 ... asOf. The pattern with the most days
// wins; ties go to the one seen most recently, then to the higher total pain.
PatternFinding recognisePattern(const QList<Symptom>& symptoms, QDate asOf, int windowDays = 28);

// Plain words for a location ("inner-calf", "Achilles"), as in "inner-calf pain".
QString painWords(BodyLocation location);
QString sideWords(const QList<Side>& sides); // "left", "right", "both legs"

} // namespace stridewell::core
