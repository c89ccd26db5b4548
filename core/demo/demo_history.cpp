#include "demo/demo_history.h"

#include "storage/athlete_repository.h"
#include "storage/calf_test_repository.h"
#include "storage/database.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "storage/strength_repository.h"
#include "storage/symptom_repository.h"

#include <QHash>
#include <array>

namespace stridewell::core {

namespace {

enum class Kind { Easy, Tempo, Long, Race, Sore, Return };

struct PlannedRun
{
    int weekday; // 1 = Monday
    double km;
    Kind kind = Kind::Easy;
};

// Weekly plans: long runs grow by under 10% at a time until the half marathon in week 13.
const std::array<std::vector<PlannedRun>, DemoHistory::kWeeks> kPlan = {{
    {{2, 5.0}, {4, 5.0, Kind::Tempo}, {6, 4.0}, {7, 5.5, Kind::Long}},
    {{2, 5.0}, {4, 5.5, Kind::Tempo}, {6, 4.0}, {7, 6.0, Kind::Long}},
    {{2, 5.5}, {4, 5.5, Kind::Tempo}, {6, 4.5}, {7, 6.5, Kind::Long}},
    {{2, 5.0}, {4, 5.0}, {6, 4.0}, {7, 6.0, Kind::Long}},
    {{2, 5.5}, {4, 5.5, Kind::Tempo}, {6, 4.0}, {7, 7.0, Kind::Long}},
    {{2, 6.0}, {4, 6.0, Kind::Tempo}, {6, 4.5}, {7, 7.5, Kind::Long}},
    {{2, 6.5}, {4, 6.5, Kind::Tempo}, {6, 5.0}, {7, 8.0, Kind::Long}},
    {{2, 6.0}, {4, 6.0}, {6, 4.5}, {7, 7.0, Kind::Long}},
    {{2, 6.5}, {4, 6.0, Kind::Tempo}, {6, 4.5}, {7, 8.5, Kind::Long}},
    {{2, 7.0}, {4, 7.0, Kind::Tempo}, {6, 5.0}, {7, 9.0, Kind::Long}},
    {{2, 7.5}, {4, 7.5, Kind::Tempo}, {6, 5.0}, {7, 9.5, Kind::Long}},
    {{2, 7.5}, {4, 8.0, Kind::Tempo}, {6, 5.5}, {7, 10.0, Kind::Long}},
    // Week 13: extra days on top of a half marathon.
    {{2, 9.0, Kind::Tempo},
     {3, 7.0},
     {4, 10.0, Kind::Tempo},
     {5, 5.0},
     {6, 4.0},
     {7, 21.1, Kind::Race}},
    // Week 14: the calf hurts during Tuesday's run; running stops until the gates are met.
    {{2, 4.0, Kind::Sore}},
    // Weeks 15-19: the return to running, stage by stage, every other day (domain.md section
    // 8), then back to normal training.
    {{5, 2.5, Kind::Return}},
    {{1, 2.8, Kind::Return}, {3, 3.0, Kind::Return}, {5, 3.0, Kind::Return}},
    {{1, 3.3, Kind::Return}, {3, 3.3, Kind::Return}, {5, 3.4, Kind::Return}},
    {{1, 3.5, Kind::Return}, {3, 3.6, Kind::Return}, {5, 5.0, Kind::Return}},
    {{1, 5.2, Kind::Return}, {3, 6.2, Kind::Return}, {5, 6.5, Kind::Return}},
    {{1, 5.0}, {3, 5.5}, {5, 6.5, Kind::Long}},
}};

constexpr int kSpikeWeek = 12;
constexpr int kNewShoeWeek = 10;

// A small deterministic generator: the same story on every machine.
class Jitter
{
public:
    double next(double spread) // uniform in [-spread, spread]
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        const double unit = double(m_state >> 11) / double(1ULL << 53);
        return (unit * 2.0 - 1.0) * spread;
    }

private:
    quint64 m_state = 0x5712DE11ULL;
};

Run makeRun(QDate day, const PlannedRun& plan, int week, Jitter& jitter)
{
    struct Profile
    {
        double paceS;
        double hr;
        int rpe;
        QTime time;
        const char* type;
    };
    Profile p;
    switch (plan.kind) {
    case Kind::Easy:
        p = {350, 142, 3, QTime(7, 0), "easy"};
        break;
    case Kind::Tempo:
        p = {315, 158, 6, QTime(18, 15), "tempo"};
        break;
    case Kind::Long:
        p = {365, 147, 5, QTime(8, 30), "long"};
        break;
    case Kind::Race:
        p = {305, 168, 9, QTime(9, 0), "race"};
        break;
    case Kind::Sore:
        p = {375, 139, 4, QTime(7, 0), "recovery"};
        break;
    case Kind::Return:
        p = {390, 136, 3, QTime(7, 0), "return to running"};
        break;
    }
    const QTime time = p.time.addSecs(int(jitter.next(900)));
    const QDateTime local(day, time, Qt::LocalTime);

    Run run;
    run.startUtc = local.toUTC();
    run.utcOffsetS = local.offsetFromUtc();
    run.distance = Distance::km(plan.km);
    run.elapsed = Duration::seconds(std::round(plan.km * (p.paceS + jitter.next(8))));
    run.avgHrBpm = std::round(p.hr + jitter.next(3));
    run.rpe = p.rpe;
    run.type = QString::fromLatin1(p.type);
    run.surface =
        plan.kind == Kind::Long && week % 3 == 1 ? QStringLiteral("trail") : QStringLiteral("road");
    // Cadence sits below 165 until the runner works on it after the calf trouble.
    const double baseCadence =
        week <= kSpikeWeek ? 163.0 : std::min(172.0, 164.0 + 1.6 * (week - kSpikeWeek));
    run.avgCadenceSpm =
        std::round(baseCadence + (plan.kind == Kind::Tempo || plan.kind == Kind::Race ? 4 : 0) +
                   jitter.next(1.5));
    run.source = QStringLiteral("demo");
    if (plan.kind == Kind::Race)
        run.notes = QStringLiteral("Half marathon. Went out too fast, calves tight from 15 km.");
    else if (plan.kind == Kind::Sore)
        run.notes = QStringLiteral("Inner left calf ached from 2 km; stopped and walked home.");
    run.shoeName =
        week < kNewShoeWeek ? QStringLiteral("Pegasus 39") : QStringLiteral("Novablast 4");
    return run;
}

Symptom soleusEntry(QDate date, int pain, SymptomType type, std::optional<SymptomTiming> timing,
                    const char* notes = "")
{
    Symptom s;
    s.date = date;
    s.location = BodyLocation::CalfMedialLower;
    s.side = Side::Left;
    s.pain = pain;
    s.type = type;
    s.timing = timing;
    s.stretch = StretchTest::Bent;
    s.notes = QString::fromUtf8(notes);
    return s;
}

} // namespace

DemoHistory DemoHistory::build(QDate endDate)
{
    DemoHistory h;
    const QDate firstMonday = endDate.addDays(1 - endDate.dayOfWeek()).addDays(-7 * (kWeeks - 1));
    auto day = [&](int week, int weekday) { return firstMonday.addDays(7 * week + weekday - 1); };

    Shoe oldPair;
    oldPair.name = QStringLiteral("Pegasus 39");
    oldPair.startDistance = Distance::km(520);
    Shoe newPair;
    newPair.name = QStringLiteral("Novablast 4");
    h.shoes = {oldPair, newPair};

    Jitter jitter;
    for (int week = 0; week < kWeeks; ++week)
        for (const PlannedRun& plan : kPlan[week]) {
            Run run = makeRun(day(week, plan.weekday), plan, week, jitter);
            if (run.localDate() <= endDate)
                h.runs << run;
        }

    const int w = kSpikeWeek + 1; // the week after the half marathon
    using T = SymptomType;
    using When = SymptomTiming;
    h.symptoms = {
        soleusEntry(day(w, 1), 4, T::Tightness, When::NextMorning,
                    "Tight low on the inside of the left calf the morning after the half. "
                    "The bent-knee stretch pulls right on it; the straight-knee one barely."),
        // Pain that came on during a run: more than a niggle, a calf episode begins.
        soleusEntry(day(w, 2), 5, T::Ache, When::During,
                    "Ached from 2 km, cut the run short. No running until it settles."),
        soleusEntry(day(w, 4), 3, T::Ache, When::NextMorning),
        soleusEntry(day(w, 7), 2, T::Tightness, When::NextMorning),
        soleusEntry(day(w + 1, 2), 1, T::Tightness, When::NextMorning, "Walking is pain-free now."),
    };
    // The sessions of the programme: the pain after each run, and the next morning.
    const struct
    {
        int week, weekday, after, morning;
        const char* notes;
    } sessions[] = {
        {w + 1, 5, 1, 1, "Stage 1: ten times a minute of running and a minute of walking."},
        {w + 2, 1, 1, 1, ""},
        {w + 2, 3, 1, 1, ""},
        {w + 2, 5, 1, 1, ""},
        {w + 3, 1, 3, 2, "Stage 3 felt tight in the last repeats."},
        {w + 3, 3, 2, 1, ""},
        {w + 3, 5, 1, 1, ""},
        {w + 4, 1, 1, 1, "First continuous run in four weeks."},
        {w + 4, 3, 1, 0, ""},
        {w + 4, 5, 1, 0, ""},
        {w + 5, 1, 1, 0, ""},
        {w + 5, 3, 0, 0, ""},
        {w + 5, 5, 1, 0, "Stage 6 done: forty minutes with strides, calf quiet."},
    };
    for (const auto& session : sessions) {
        const QDate date = day(session.week, session.weekday);
        h.symptoms << soleusEntry(date, session.after, T::Tightness, When::After, session.notes)
                   << soleusEntry(date.addDays(1), session.morning, T::Tightness,
                                  When::NextMorning);
    }
    Symptom cramp;
    cramp.date = day(9, 7);
    cramp.location = BodyLocation::CalfBelly;
    cramp.side = Side::Right;
    cramp.pain = 2;
    cramp.type = SymptomType::Cramp;
    cramp.timing = SymptomTiming::During;
    cramp.stretch = StretchTest::Straight;
    cramp.notes =
        QStringLiteral("Cramp in the last kilometre of a warm long run; no water with me.");
    h.symptoms.prepend(cramp);

    h.calfTests = {
        {0, 0, day(10, 6), 24, 25, QString(), {}},
        {0, 0, day(w, 3), 16, 25, QStringLiteral("Left side gave out early."), {}},
        {0, 0, day(w, 7), 21, 26, QStringLiteral("Hops on the left still twinge."), 3},
        {0, 0, day(w + 1, 3), 25, 27, QStringLiteral("Ten hops on the left: barely felt."), 1},
        {0, 0, day(w + 6, 3), 27, 28, QString(), {}},
    };

    // Strength work on the non-running days: soleus circuit first, then calf strength and hips.
    const int soleusPain[] = {3, 3, 3, 2, 2, 2, 1, 1, 1, 1, 0};
    int n = 0;
    // On the days between the runs of the programme (Monday, Wednesday, Friday), which the
    // runner keeps once back to normal training.
    for (int week = w; week < kWeeks; ++week)
        for (int weekday : {2, 4, 6}) {
            const QDate date = day(week, weekday);
            if (week == w && weekday == 2)
                continue; // the day the calf hurt
            QString circuit = week < w + 3   ? QStringLiteral("soleus")
                              : weekday == 5 ? QStringLiteral("hips_feet")
                                             : QStringLiteral("calf_strength");
            if (week >= w + 5 && weekday == 4)
                continue; // two sessions a week once the calf has settled
            const int pain = n < int(std::size(soleusPain)) ? soleusPain[n] : 0;
            ++n;
            h.strength << StrengthSession{0, 0, date, circuit, pain, QString()};
        }

    auto notAfterEnd = [&](const QDate& date) { return date > endDate; };
    h.symptoms.removeIf([&](const Symptom& s) { return notAfterEnd(s.date); });
    h.calfTests.removeIf([&](const CalfTest& t) { return notAfterEnd(t.date); });
    h.strength.removeIf([&](const StrengthSession& s) { return notAfterEnd(s.date); });
    return h;
}

Result<qint64> installDemo(Database& db, const QString& athleteName, QDate endDate)
{
    const DemoHistory history = DemoHistory::build(endDate);
    Transaction tx(db);
    if (!tx.active())
        return tx.beginError();
    auto athlete = AthleteRepository(db).add(athleteName);
    if (!athlete)
        return athlete.error();
    const qint64 id = athlete->id;

    ShoeRepository shoes(db);
    QHash<QString, qint64> shoeIds;
    for (Shoe shoe : history.shoes) {
        shoe.athleteId = id;
        auto shoeId = shoes.add(shoe);
        if (!shoeId)
            return shoeId.error();
        shoeIds.insert(shoe.name, *shoeId);
    }
    RunRepository runs(db);
    for (Run run : history.runs) {
        run.athleteId = id;
        run.shoeId = shoeIds.value(run.shoeName);
        if (auto added = runs.add(run); !added)
            return added.error();
    }
    SymptomRepository symptoms(db);
    for (Symptom s : history.symptoms) {
        s.athleteId = id;
        if (auto added = symptoms.add(s); !added)
            return added.error();
    }
    CalfTestRepository tests(db);
    for (CalfTest t : history.calfTests) {
        t.athleteId = id;
        if (auto added = tests.add(t); !added)
            return added.error();
    }
    StrengthRepository strength(db);
    for (StrengthSession s : history.strength) {
        s.athleteId = id;
        if (auto added = strength.add(s); !added)
            return added.error();
    }
    if (Status ok = tx.commit(); !ok)
        return ok.error();
    return id;
}

} // namespace stridewell::core
