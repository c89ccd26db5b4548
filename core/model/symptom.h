#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace stridewell::core {

// Where it hurts; the ids are those of domain.md section 2 and the command line.
enum class BodyLocation {
    CalfMedialLower,
    CalfLateralUpper,
    CalfBelly,
    Achilles,
    ShinMedial,
    Other
};
enum class Side { Left, Right, Both };
enum class SymptomType { Ache, Tightness, Sharp, Cramp };
enum class SymptomTiming { During, After, NextMorning, AtRest };
// Which calf stretch reproduces the tightness.
enum class StretchTest { Straight, Bent, Both, Neither };
// The signs that mean "stop and see a clinician" (domain.md section 4).
enum class RedFlagSign {
    Swelling,
    WarmthRedness,
    PainAtRest,
    ShortnessOfBreath,
    Fever,
    PopOrSnap,
    CannotBearWeight,
    NumbnessTingling,
    ColdOrPaleFoot,
    Bruising,
};

struct Symptom
{
    qint64 id = 0;
    qint64 athleteId = 0;
    QDate date;
    BodyLocation location = BodyLocation::CalfBelly;
    QString locationNote; // free text for BodyLocation::Other
    Side side = Side::Left;
    int pain = 0; // 0-10
    std::optional<SymptomType> type;
    std::optional<SymptomTiming> timing;
    std::optional<StretchTest> stretch;
    QList<RedFlagSign> redFlags;
    QString notes;
    std::optional<qint64> runId; // the run it followed, if linked
    bool acknowledged = false;   // the runner has read the red-flag advice
    // The runner has read the "book an assessment" advice raised at this entry (pain that does
    // not ease: the symptom_persistent flag).
    bool assessmentAcknowledged = false;
    // The runner said "this is an injury": the entry opens a calf episode whatever its pain
    // (domain.md section 8).
    bool injury = false;
};

// Stable text ids (command line, database, JSON) and their parsing.
// Parsing returns nullopt for an unknown id; callers say what was accepted.
QString toId(BodyLocation v);
QString toId(Side v);
QString toId(SymptomType v);
QString toId(SymptomTiming v);
QString toId(StretchTest v);
QString toId(RedFlagSign v);

std::optional<BodyLocation> bodyLocationFromId(const QString& id);
std::optional<Side> sideFromId(const QString& id);
std::optional<SymptomType> symptomTypeFromId(const QString& id);
std::optional<SymptomTiming> symptomTimingFromId(const QString& id);
std::optional<StretchTest> stretchTestFromId(const QString& id);
std::optional<RedFlagSign> redFlagSignFromId(const QString& id);

QStringList allBodyLocationIds();
QStringList allSideIds();
QStringList allSymptomTypeIds();
QStringList allSymptomTimingIds();
QStringList allStretchTestIds();
QStringList allRedFlagSignIds();
QList<RedFlagSign> allRedFlagSigns();

} // namespace stridewell::core
