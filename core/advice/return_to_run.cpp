#include "advice/return_to_run.h"

#include "advice/hold.h"
#include "advice/symptom_pattern.h"

#include <QMap>
#include <algorithm>

namespace stridewell::core {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

bool atSite(const Symptom& s, const Episode& e)
{
    return s.location == e.location &&
           (s.side == e.side || s.side == Side::Both || e.side == Side::Both);
}

// Everything the day loop reads, indexed by day once.
struct Log
{
    const AnalysisInput& in;
    const ReturnToRunRules& rules;
    QMap<QDate, QList<Symptom>> entries; // by day, in id order
    QMap<QDate, QList<Run>> runs;        // by local day, in start order
    QList<CalfTest> tests;               // oldest first
    QList<QDate> ends;                   // oldest first
    QList<HoldPeriod> holds;

    Log(const AnalysisInput& input, const QList<EpisodeEnd>& endList, const ReturnToRunRules& r)
        : in(input), rules(r)
    {
        for (const Symptom& s : input.symptoms)
            if (s.date <= input.asOf)
                entries[s.date] << s;
        for (auto& day : entries)
            std::stable_sort(day.begin(), day.end(),
                             [](const Symptom& a, const Symptom& b) { return a.id < b.id; });
        for (const Run& run : input.runs)
            if (run.localDate() <= input.asOf)
                runs[run.localDate()] << run;
        for (const CalfTest& t : input.calfTests)
            if (t.date <= input.asOf)
                tests << t;
        std::stable_sort(tests.begin(), tests.end(),
                         [](const CalfTest& a, const CalfTest& b) { return a.date < b.date; });
        for (const EpisodeEnd& e : endList)
            if (e.date <= input.asOf)
                ends << e.date;
        std::sort(ends.begin(), ends.end());
        holds = holdPeriods(input.symptoms, input.clearances, input.asOf);
    }

    QList<Symptom> on(QDate day) const { return entries.value(day); }
    std::optional<int> worst(QDate day, std::initializer_list<SymptomTiming> timings) const
    {
        std::optional<int> pain;
        for (const Symptom& s : on(day))
            if (s.timing && std::find(timings.begin(), timings.end(), *s.timing) != timings.end())
                pain = std::max(pain.value_or(0), s.pain);
        return pain;
    }
    bool warning(QDate day) const
    {
        const QList<Symptom> day_ = on(day);
        return std::any_of(day_.begin(), day_.end(),
                           [](const Symptom& s) { return !warningSigns(s).isEmpty(); });
    }
    // The latest pain logged before `day` (any timing), 0 when none.
    int painBefore(QDate day, QDate since) const
    {
        for (auto it = entries.lowerBound(day); it != entries.begin();) {
            --it;
            if (it.key() < since)
                break;
            int pain = 0;
            for (const Symptom& s : it.value())
                pain = std::max(pain, s.pain);
            return pain;
        }
        return 0;
    }
};

Gate noHoldGate(const Log& log, const Episode& e, QDate day)
{
    Gate g{GateId::NoHold, true, {}, {}};
    if (const auto hold = currentHold(log.holds, day)) {
        g.met = false;
        g.reason = QStringLiteral("on hold since %1 (%2): log the clinician's clearance once "
                                  "you have been seen")
                       .arg(iso(hold->since), hold->deciding.triage.headline.toLower());
        return g;
    }
    QDate cleared;
    for (const HoldPeriod& h : log.holds)
        if (h.start >= e.start && h.cleared.isValid() && h.cleared <= day)
            cleared = std::max(cleared, h.cleared);
    g.reason = cleared.isValid() ? QStringLiteral("cleared by a clinician on %1").arg(iso(cleared))
                                 : QStringLiteral("no warning sign holds training");
    return g;
}

Gate walkingGate(const Log& log, const Episode& e, QDate day)
{
    const ReturnToRunRules& r = log.rules;
    Gate g{GateId::Walking, false, {}, {}};
    const QString where = painWords(e.location);
    std::optional<Symptom> latest, recent;
    for (auto it = log.entries.constBegin(); it != log.entries.constEnd() && it.key() <= day;
         ++it) {
        if (it.key() < e.start)
            continue;
        for (const Symptom& s : it.value()) {
            if (!atSite(s, e))
                continue;
            latest = s;
            if (s.date.daysTo(day) < r.walkingQuietDays && s.pain >= r.walkingRecentPain &&
                (!recent || s.pain >= recent->pain))
                recent = s;
        }
    }
    if (!latest) {
        g.reason = QStringLiteral("no %1 entry yet").arg(where);
        return g;
    }
    if (latest->pain > r.walkingPain) {
        g.reason = QStringLiteral("latest %1 entry %2/10 on %3: walking should be pain-free "
                                  "(%4/10 or less)")
                       .arg(where)
                       .arg(latest->pain)
                       .arg(iso(latest->date))
                       .arg(r.walkingPain);
        return g;
    }
    if (recent) {
        g.reason = QStringLiteral("%1/10 on %2, within the last %3 days")
                       .arg(recent->pain)
                       .arg(iso(recent->date))
                       .arg(r.walkingQuietDays);
        return g;
    }
    g.met = true;
    g.reason = QStringLiteral("latest %1 entry %2/10 on %3, nothing at %4/10 or more in the "
                              "last %5 days")
                   .arg(where)
                   .arg(latest->pain)
                   .arg(iso(latest->date))
                   .arg(r.walkingRecentPain)
                   .arg(r.walkingQuietDays);
    return g;
}

const CalfTest* latestTest(const Log& log, const Episode& e, QDate day, bool withHop)
{
    const CalfTest* latest = nullptr;
    for (const CalfTest& t : log.tests)
        if (t.date >= e.start && t.date <= day && (!withHop || t.hopPain))
            latest = &t;
    return latest;
}

Gate capacityGate(const Log& log, const Episode& e, QDate day)
{
    const ReturnToRunRules& r = log.rules;
    Gate g{GateId::CalfCapacity, false, {}, {}};
    const QString needed = QStringLiteral("%1 and within %2% needed")
                               .arg(r.capacityReps)
                               .arg(qRound(r.capacityGap * 100));
    const CalfTest* t = latestTest(log, e, day, false);
    if (!t) {
        g.reason = QStringLiteral("no calf-raise test since %1: %2").arg(iso(e.start), needed);
        return g;
    }
    const int left = t->leftReps, right = t->rightReps;
    int affected = 0, other = 0;
    switch (e.side) {
    case Side::Left:
        affected = left;
        other = right;
        break;
    case Side::Right:
        affected = right;
        other = left;
        break;
    case Side::Both:
        affected = std::min(left, right);
        other = std::max(left, right);
        break;
    }
    g.met = affected >= r.capacityReps && affected >= (1.0 - r.capacityGap) * other - 1e-9;
    g.reason = QStringLiteral("left %1 raises, right %2 on %3: %4")
                   .arg(left)
                   .arg(right)
                   .arg(iso(t->date), needed);
    return g;
}

Gate hoppingGate(const Log& log, const Episode& e, QDate day)
{
    const ReturnToRunRules& r = log.rules;
    Gate g{GateId::Hopping, false, {}, {}};
    const CalfTest* t = latestTest(log, e, day, true);
    if (!t) {
        g.reason = QStringLiteral("no hop test yet: 10 single-leg hops on the sore side, "
                                  "%1/10 or less needed")
                       .arg(r.hopPain);
        return g;
    }
    g.met = *t->hopPain <= r.hopPain;
    g.reason = QStringLiteral("hopping pain %1/10 on %2: %3/10 or less needed")
                   .arg(*t->hopPain)
                   .arg(iso(t->date))
                   .arg(r.hopPain);
    return g;
}

QList<Gate> gatesOn(const Log& log, const Episode& e, QDate day)
{
    return {noHoldGate(log, e, day), walkingGate(log, e, day), capacityGate(log, e, day),
            hoppingGate(log, e, day)};
}

QString openedBecause(const Symptom& s, const ReturnToRunRules& r)
{
    const QList<RedFlagSign> signs = warningSigns(s);
    if (!signs.isEmpty()) {
        QStringList words;
        for (RedFlagSign sign : signs)
            words << describe(sign).toLower();
        return words.join(QStringLiteral("; "));
    }
    if (s.pain >= r.openPain)
        return QStringLiteral("pain %1/10").arg(s.pain);
    if (s.pain >= r.openSharpPain && s.type == SymptomType::Sharp)
        return QStringLiteral("sharp pain %1/10").arg(s.pain);
    if (s.pain >= r.openSharpPain && s.timing == SymptomTiming::During)
        return QStringLiteral("pain %1/10 that came on during a run").arg(s.pain);
    return QStringLiteral("marked as an injury");
}

// The day loop of one athlete: opens, steps through and closes the episodes.
class Walker
{
public:
    Walker(const Log& log) : m_log(log), m_r(log.rules) {}

    QList<Episode> run()
    {
        if (m_log.entries.isEmpty())
            return {};
        const QDate asOf = m_log.in.asOf;
        for (QDate day = m_log.entries.firstKey(); day <= asOf; day = day.addDays(1)) {
            if (m_open && endedOn(day)) {
                close(day);
                continue;
            }
            for (const Symptom& s : m_log.on(day)) {
                if (!opensEpisode(s, m_r))
                    continue;
                // Back in normal training, a new injury is a new episode.
                if (m_open && m_e.stage == kBackToNormal)
                    close(day.addDays(-1));
                if (!m_open)
                    open(s);
                break;
            }
            if (m_open)
                step(day);
        }
        if (m_open) {
            finish(asOf);
            if (m_e.stage >= 1 && m_e.stage < kBackToNormal && !m_e.onHold)
                m_e.next = nextSession(asOf);
            m_done << m_e;
        }
        return m_done;
    }

private:
    bool endedOn(QDate day) const
    {
        return std::any_of(m_log.ends.begin(), m_log.ends.end(),
                           [&](QDate d) { return d == day && d >= m_e.start; });
    }

    void open(const Symptom& s)
    {
        m_e = Episode{};
        m_e.id = s.id;
        m_e.start = s.date;
        m_e.location = s.location;
        m_e.side = s.side;
        m_e.openedBecause = openedBecause(s, m_r);
        m_open = true;
        m_pending.reset();
        m_quietSince = {};
    }

    void close(QDate end)
    {
        finish(end);
        m_e.end = end;
        m_done << m_e;
        m_open = false;
    }

    // The state on the last day looked at: the gates as they stand, and the next session.
    void finish(QDate day)
    {
        if (m_pending)
            resolve(day, true);
        m_e.onHold = currentHold(m_log.holds, day).has_value();
        if (m_e.stage == 0) {
            m_e.gates = gatesOn(m_log, m_e, day);
            for (Gate& g : m_e.gates)
                if (g.met)
                    g.metOn = m_metOn.value(int(g.id));
        } else if (m_e.stage < kBackToNormal) {
            for (Gate& g : m_e.gates)
                g.met = true;
        }
    }

    void step(QDate day)
    {
        for (const Symptom& s : m_log.on(day))
            m_e.worstPain = std::max(m_e.worstPain, s.pain);
        if (m_pending)
            resolve(day, false);

        const bool held = currentHold(m_log.holds, day).has_value();
        if (m_e.stage == 0 && !held) {
            const QList<Gate> gates = gatesOn(m_log, m_e, day);
            for (const Gate& g : gates)
                if (g.met && !m_metOn.contains(int(g.id)))
                    m_metOn.insert(int(g.id), day);
                else if (!g.met)
                    m_metOn.remove(int(g.id));
            if (std::all_of(gates.begin(), gates.end(), [](const Gate& g) { return g.met; })) {
                m_e.gates = gates;
                for (Gate& g : m_e.gates)
                    g.metOn = m_metOn.value(int(g.id), day);
                m_e.gatesMet = day;
                change(day, 1, QStringLiteral("all four gates met"));
            }
        }

        // A run on the day a warning sign was logged came before it (the sign steps the
        // programme back); from the next day on, a run is one during the hold.
        const bool heldBefore =
            std::any_of(m_log.holds.begin(), m_log.holds.end(),
                        [&](const HoldPeriod& h) { return h.start < day && h.covers(day); });
        const QList<Run> runs = m_log.runs.value(day);
        if (!runs.isEmpty())
            session(day, runs, heldBefore);

        if (m_e.stage == kBackToNormal) {
            for (const Symptom& s : m_log.on(day))
                if (s.pain >= m_r.closePain)
                    m_quietSince = day.addDays(1);
            if (m_quietSince.isValid() && m_quietSince.daysTo(day) + 1 >= m_r.quietDaysToClose)
                close(day); // two quiet weeks back in normal training
        }
    }

    void session(QDate day, const QList<Run>& runs, bool held)
    {
        ProgrammeSession s;
        s.date = day;
        s.runId = runs.front().id;
        for (const Run& run : runs)
            s.distance += run.distance;
        s.stage = m_e.stage;
        if (m_e.stage >= kBackToNormal)
            return;
        if (m_e.stage == 0 || held) {
            s.outcome = held ? SessionOutcome::DuringHold : SessionOutcome::BeforeGates;
            s.reason = held ? QStringLiteral("run while training was on hold")
                            : QStringLiteral("run before the gates were met");
            m_e.sessions << s;
            return;
        }
        m_e.longestRun = std::max(m_e.longestRun, s.distance);
        const QList<QDate> recent = sessionDays();
        if (!recent.isEmpty() && recent.last().daysTo(day) < 2) {
            s.outcome = SessionOutcome::TooSoon;
            s.reason = QStringLiteral("the day after a run: never two run days in a row");
            m_e.sessions << s;
            return;
        }
        if (recent.size() >= m_r.maxSessionsPerWeek &&
            recent[recent.size() - m_r.maxSessionsPerWeek].daysTo(day) < 7) {
            s.outcome = SessionOutcome::TooSoon;
            s.reason = QStringLiteral("a fourth run in seven days: two or three a week");
            m_e.sessions << s;
            return;
        }
        s.before = m_log.painBefore(day, m_e.start);
        m_e.sessions << s;
        m_pending = int(m_e.sessions.size()) - 1;
    }

    // The days of the programme's runs, counted or not: a run the day after a run, or a fourth
    // in seven days, is still a run the calf had to take.
    QList<QDate> sessionDays() const
    {
        QList<QDate> days;
        for (const ProgrammeSession& s : m_e.sessions)
            if (s.stage >= 1 && s.outcome != SessionOutcome::DuringHold &&
                s.outcome != SessionOutcome::BeforeGates)
                days << s.date;
        return days;
    }

    // Rates the pending session once its next morning is known (or has passed unlogged).
    void resolve(QDate day, bool last)
    {
        ProgrammeSession& s = m_e.sessions[*m_pending];
        const QDate morning = s.date.addDays(1);
        s.duringAfter = m_log.worst(s.date, {SymptomTiming::During, SymptomTiming::After});
        s.nextMorning = m_log.worst(morning, {SymptomTiming::NextMorning});
        const bool warning = m_log.warning(s.date) || (day >= morning && m_log.warning(morning));
        const int worst = std::max(s.duringAfter.value_or(0), s.nextMorning.value_or(0));
        if (warning || worst >= m_r.stepBackPain) {
            s.outcome = SessionOutcome::StepBack;
            s.reason = warning ? QStringLiteral("a warning sign after the run")
                               : QStringLiteral("pain %1/10 after the run").arg(worst);
            m_pending.reset();
            change(s.date, std::max(1, m_e.stage - 1), s.reason);
            return;
        }
        if (day < morning || (day == morning && !s.nextMorning)) {
            if (last) {
                s.outcome = SessionOutcome::Pending;
                s.reason = QStringLiteral("waiting for the next morning");
            }
            return; // the next morning may still be logged
        }
        m_pending.reset();
        if (!s.duringAfter) {
            s.outcome = SessionOutcome::NotRated;
            s.reason = QStringLiteral("no pain logged during or after the run");
            return;
        }
        if (*s.duringAfter > m_r.countedPain) {
            s.outcome = SessionOutcome::Repeat;
            s.reason =
                QStringLiteral("pain %1/10 during or after: repeat the stage").arg(*s.duringAfter);
            return;
        }
        if (s.nextMorning && *s.nextMorning > s.before) {
            s.outcome = SessionOutcome::Repeat;
            s.reason = QStringLiteral("the next morning %1/10, worse than %2/10 before: repeat "
                                      "the stage")
                           .arg(*s.nextMorning)
                           .arg(s.before);
            return;
        }
        s.outcome = SessionOutcome::Counted;
        s.reason = s.nextMorning ? QStringLiteral("%1/10 during or after, %2/10 the next morning")
                                       .arg(*s.duringAfter)
                                       .arg(*s.nextMorning)
                                 : QStringLiteral("%1/10 during or after, nothing logged the "
                                                  "next morning")
                                       .arg(*s.duringAfter);
        if (++m_e.countedAtStage >= m_r.sessionsToAdvance)
            change(s.date, m_e.stage + 1,
                   QStringLiteral("%1 counted sessions at stage %2")
                       .arg(m_r.sessionsToAdvance)
                       .arg(m_e.stage));
    }

    void change(QDate day, int to, const QString& why)
    {
        m_e.changes << StageChange{day, m_e.stage, to, why};
        m_e.stage = to;
        m_e.countedAtStage = 0;
        if (to == kBackToNormal) {
            m_e.backToNormal = day;
            m_quietSince = day.addDays(1);
        }
    }

    // The next session: not before the day after the last run plus one, and at most three in
    // any seven days.
    NextSession nextSession(QDate asOf) const
    {
        const bool ranToday = m_log.runs.contains(asOf);
        QDate date = ranToday ? asOf.addDays(1) : asOf;
        const QList<QDate> days = sessionDays();
        QDate lastRun;
        for (const ProgrammeSession& s : m_e.sessions)
            lastRun = std::max(lastRun, s.date);
        if (lastRun.isValid())
            date = std::max(date, lastRun.addDays(2));
        if (days.size() >= m_r.maxSessionsPerWeek)
            date = std::max(date, days[days.size() - m_r.maxSessionsPerWeek].addDays(7));
        return {date, m_e.stage, stageSession(m_e.stage)};
    }

    const Log& m_log;
    const ReturnToRunRules& m_r;
    QList<Episode> m_done;
    Episode m_e;
    bool m_open = false;
    std::optional<int> m_pending; // index into m_e.sessions
    QDate m_quietSince;           // back to normal: the quiet two weeks started this day
    QMap<int, QDate> m_metOn;     // gate -> the day it began to hold
};

} // namespace

QString toId(GateId gate)
{
    switch (gate) {
    case GateId::NoHold:
        return QStringLiteral("no_hold");
    case GateId::Walking:
        return QStringLiteral("walking");
    case GateId::CalfCapacity:
        return QStringLiteral("calf_capacity");
    case GateId::Hopping:
        return QStringLiteral("hopping");
    }
    return {};
}

QString toId(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::Counted:
        return QStringLiteral("counted");
    case SessionOutcome::Repeat:
        return QStringLiteral("repeat");
    case SessionOutcome::StepBack:
        return QStringLiteral("step_back");
    case SessionOutcome::NotRated:
        return QStringLiteral("not_rated");
    case SessionOutcome::Pending:
        return QStringLiteral("pending");
    case SessionOutcome::TooSoon:
        return QStringLiteral("too_soon");
    case SessionOutcome::DuringHold:
        return QStringLiteral("during_hold");
    case SessionOutcome::BeforeGates:
        return QStringLiteral("before_gates");
    }
    return {};
}

bool opensEpisode(const Symptom& s, const ReturnToRunRules& r)
{
    if (s.injury || !warningSigns(s).isEmpty())
        return true;
    if (s.type == SymptomType::Cramp) // a cramp passes; it is not an injury by its pain
        return false;
    return s.pain >= r.openPain ||
           (s.pain >= r.openSharpPain &&
            (s.type == SymptomType::Sharp || s.timing == SymptomTiming::During));
}

QString stageSession(int stage)
{
    switch (stage) {
    case 1:
        return QStringLiteral("10 x (1 min easy running, 1 min walking)");
    case 2:
        return QStringLiteral("8 x (2 min running, 1 min walking)");
    case 3:
        return QStringLiteral("5 x (4 min running, 1 min walking)");
    case 4:
        return QStringLiteral("20 min continuous easy running");
    case 5:
        return QStringLiteral("30 min continuous easy running");
    case 6:
        return QStringLiteral("40 min easy running, the last 10 min with 4 x 20 s strides");
    default:
        return {};
    }
}

QList<Episode> calfEpisodes(const AnalysisInput& input, const ReturnToRunRules& rules)
{
    const Log log(input, input.episodeEnds, rules);
    return Walker(log).run();
}

std::optional<Episode> openEpisode(const QList<Episode>& episodes)
{
    if (!episodes.isEmpty() && episodes.last().isOpen())
        return episodes.last();
    return std::nullopt;
}

std::optional<Distance> programmeCap(const QList<Episode>& episodes, QDate day,
                                     const ReturnToRunRules& rules)
{
    for (auto it = episodes.rbegin(); it != episodes.rend(); ++it)
        if (it->backToNormal.isValid() && it->backToNormal < day &&
            it->backToNormal.daysTo(day) <= rules.cappedDays && it->longestRun.inMetres() > 0)
            return it->longestRun * rules.capFactor;
    return std::nullopt;
}

} // namespace stridewell::core
