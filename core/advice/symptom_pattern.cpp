#include "advice/symptom_pattern.h"

#include <QMap>
#include <QSet>
#include <array>
#include <utility>

namespace stridewell::core {

namespace {

constexpr std::array<std::pair<Pattern, const char*>, 6> kPatterns{{
    {Pattern::Soleus, "soleus"},
    {Pattern::Gastrocnemius, "gastrocnemius"},
    {Pattern::Achilles, "achilles"},
    {Pattern::Shin, "shin"},
    {Pattern::Cramp, "cramp"},
    {Pattern::None, "none"},
}};

QString stretchWords(StretchTest stretch)
{
    switch (stretch) {
    case StretchTest::Bent:
        return QStringLiteral("worse on the bent-knee stretch");
    case StretchTest::Straight:
        return QStringLiteral("worse on the straight-knee stretch");
    case StretchTest::Both:
        return QStringLiteral("brought on by both calf stretches");
    case StretchTest::Neither:
        return QStringLiteral("not brought on by either calf stretch");
    }
    return {};
}

template <typename T> QList<T> byFrequency(const QList<T>& values)
{
    QList<T> order; // first seen first, so ties keep that order
    QMap<int, int> counts;
    for (const T& v : values) {
        if (!order.contains(v))
            order << v;
        ++counts[int(v)];
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](const T& a, const T& b) { return counts[int(a)] > counts[int(b)]; });
    return order;
}

QString describe(const PatternFinding& f, bool brief)
{
    QStringList where;
    for (BodyLocation l : f.locations)
        where << painWords(l);
    const QString what = f.pattern == Pattern::Cramp
                             ? QStringLiteral("calf cramps")
                             : where.join(QStringLiteral(" and ")) + QStringLiteral(" pain");
    if (brief)
        return QStringLiteral("%1 on %2 of the last %3 days")
            .arg(what)
            .arg(f.days)
            .arg(f.windowDays);
    const Symptom& last = *f.latest();
    QString text = QStringLiteral("%1 (%2) on %3 of the last %4 days, most recently %5/10 on %6")
                       .arg(what, sideWords(f.sides))
                       .arg(f.days)
                       .arg(f.windowDays)
                       .arg(last.pain)
                       .arg(last.date.toString(Qt::ISODate));
    if (f.stretch)
        text += QStringLiteral(", ") + stretchWords(*f.stretch);
    return text;
}

} // namespace

QString toId(Pattern pattern)
{
    for (const auto& [p, id] : kPatterns)
        if (p == pattern)
            return QString::fromLatin1(id);
    return {};
}

std::optional<Pattern> patternFromId(const QString& id)
{
    for (const auto& [p, name] : kPatterns)
        if (id == QLatin1String(name))
            return p;
    return std::nullopt;
}

QStringList allPatternIds()
{
    QStringList ids;
    for (const auto& entry : kPatterns)
        ids << QString::fromLatin1(entry.second);
    return ids;
}

Pattern patternOf(const Symptom& s)
{
    if (s.type == SymptomType::Cramp)
        return Pattern::Cramp;
    if (s.pain < 1)
        return Pattern::None;
    // At every calf site the stretch test decides when it points one way only (domain.md
    // section 6); otherwise the site does.
    switch (s.location) {
    case BodyLocation::CalfMedialLower:
    case BodyLocation::CalfLateralUpper:
        return s.stretch == StretchTest::Straight ? Pattern::Gastrocnemius : Pattern::Soleus;
    case BodyLocation::Achilles:
        return Pattern::Achilles;
    case BodyLocation::ShinMedial:
        return Pattern::Shin;
    case BodyLocation::CalfBelly:
        return s.stretch == StretchTest::Bent ? Pattern::Soleus : Pattern::Gastrocnemius;
    case BodyLocation::Other:
        if (s.stretch == StretchTest::Bent)
            return Pattern::Soleus;
        if (s.stretch == StretchTest::Straight)
            return Pattern::Gastrocnemius;
        return Pattern::None;
    }
    return Pattern::None;
}

PatternFinding recognisePattern(const QList<Symptom>& symptoms, QDate asOf, int windowDays)
{
    const QDate first = asOf.addDays(1 - windowDays);
    QMap<Pattern, QList<Symptom>> votes;
    for (const Symptom& s : symptoms) {
        if (s.date < first || s.date > asOf)
            continue;
        if (const Pattern p = patternOf(s); p != Pattern::None)
            votes[p] << s;
    }

    auto days = [](const QList<Symptom>& entries) {
        QSet<QDate> seen;
        for (const Symptom& s : entries)
            seen.insert(s.date);
        return int(seen.size());
    };
    auto painSum = [](const QList<Symptom>& entries) {
        int sum = 0;
        for (const Symptom& s : entries)
            sum += s.pain;
        return sum;
    };
    auto lastDate = [](const QList<Symptom>& entries) {
        QDate last;
        for (const Symptom& s : entries)
            last = std::max(last, s.date);
        return last;
    };

    PatternFinding best;
    best.windowDays = windowDays;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        const QList<Symptom>& entries = it.value();
        if (best.pattern != Pattern::None) {
            const int d = days(entries), bestDays = days(best.entries);
            if (d < bestDays)
                continue;
            if (d == bestDays) {
                const QDate l = lastDate(entries), bestLast = lastDate(best.entries);
                if (l < bestLast || (l == bestLast && painSum(entries) <= painSum(best.entries)))
                    continue;
            }
        }
        best.pattern = it.key();
        best.entries = entries;
    }
    if (best.pattern == Pattern::None)
        return best;

    std::stable_sort(best.entries.begin(), best.entries.end(),
                     [](const Symptom& a, const Symptom& b) { return a.date < b.date; });
    best.days = days(best.entries);
    QList<Side> sides;
    QList<BodyLocation> locations;
    QList<StretchTest> stretches;
    for (const Symptom& s : best.entries) {
        sides << s.side;
        locations << s.location;
        if (s.stretch)
            stretches << *s.stretch;
    }
    best.sides = byFrequency(sides);
    best.locations = byFrequency(locations);
    if (!stretches.isEmpty())
        best.stretch = byFrequency(stretches).front();
    best.reason = describe(best, false);
    best.summary = describe(best, true);
    return best;
}

QString painWords(BodyLocation location)
{
    switch (location) {
    case BodyLocation::CalfMedialLower:
        return QStringLiteral("inner-calf");
    case BodyLocation::CalfLateralUpper:
        return QStringLiteral("upper outer calf");
    case BodyLocation::CalfBelly:
        return QStringLiteral("calf-belly");
    case BodyLocation::Achilles:
        return QStringLiteral("Achilles");
    case BodyLocation::ShinMedial:
        return QStringLiteral("inner-shin");
    case BodyLocation::Other:
        return QStringLiteral("lower-leg");
    }
    return {};
}

QString sideWords(const QList<Side>& sides)
{
    if (sides.contains(Side::Both) || (sides.contains(Side::Left) && sides.contains(Side::Right)))
        return QStringLiteral("both legs");
    if (sides.isEmpty())
        return {};
    return sides.front() == Side::Left ? QStringLiteral("left") : QStringLiteral("right");
}

} // namespace stridewell::core
