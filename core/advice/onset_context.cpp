#include "advice/onset_context.h"

#include "advice/plan_facts.h"

#include <algorithm>
#include <cmath>

namespace stridewell::core {

namespace {

Distance between(const QList<Run>& runs, QDate from, QDate to)
{
    Distance sum;
    for (const Run& r : runs)
        if (r.localDate() >= from && r.localDate() <= to)
            sum += r.distance;
    return sum;
}

} // namespace

OnsetContext onsetContext(const AnalysisInput& in, const LoadAnalysis& a, const Episode& e)
{
    OnsetContext c;
    // Walk back from the onset along entries at the site that hurt, at most a week apart.
    QList<Symptom> site;
    for (const Symptom& s : in.symptoms)
        if (s.location == e.location && s.pain >= 1 && s.date <= e.start)
            site << s;
    std::sort(site.begin(), site.end(),
              [](const Symptom& x, const Symptom& y) { return x.date > y.date; });
    c.firstPain = e.start;
    for (const Symptom& s : site)
        if (s.date.daysTo(c.firstPain) <= in.settings.symptomEpisodeGapDays)
            c.firstPain = std::min(c.firstPain, s.date);
    c.from = c.firstPain.addDays(-28);
    c.to = c.firstPain.addDays(-1);

    QList<Run> sorted = in.runs;
    std::sort(sorted.begin(), sorted.end(),
              [](const Run& x, const Run& y) { return x.startUtc < y.startUtc; });
    for (const Run& r : sorted)
        if (r.localDate() >= c.from && r.localDate() <= c.to)
            c.runs << r;
    for (int k = 0; k < 4; ++k) {
        const QDate start = c.from.addDays(7 * k);
        const Distance d = between(sorted, start, start.addDays(6));
        const Distance before = between(sorted, start.addDays(-7), start.addDays(-1));
        std::optional<double> change;
        if (before.inMetres() > 0)
            change = d.inMetres() / before.inMetres() - 1.0;
        c.weeks.append({start, d, change});
    }
    for (const Flag& f : a.flags)
        if (f.kind == FlagKind::SessionSpike && f.date >= c.from && f.date <= c.to &&
            (!c.biggestSpike || f.value.value_or(0) > c.biggestSpike->value.value_or(0)))
            c.biggestSpike = f;
    c.acwr = a.distanceAcwr.coupledAt(c.to);
    QList<double> cadences;
    for (const Run& r : c.runs)
        if (r.avgCadenceSpm)
            cadences << *r.avgCadenceSpm;
    if (!cadences.isEmpty()) {
        std::sort(cadences.begin(), cadences.end());
        const qsizetype n = cadences.size();
        c.cadence = n % 2 ? cadences[n / 2] : (cadences[n / 2 - 1] + cadences[n / 2]) / 2.0;
    }
    std::optional<qint64> shoeId;
    for (const Run& r : sorted)
        if (r.localDate() <= c.to && r.shoeId)
            shoeId = r.shoeId;
    if (shoeId)
        for (const Shoe& s : in.shoes)
            if (s.id == *shoeId) {
                c.shoe = s.name;
                c.shoeDistance = s.startDistance;
                for (const Run& r : sorted)
                    if (r.shoeId == shoeId && r.localDate() <= c.to)
                        c.shoeDistance += r.distance;
            }
    return c;
}

QString onsetSummary(const OnsetContext& c, bool miles)
{
    QStringList weeks;
    for (const OnsetContext::Week& w : c.weeks)
        weeks << distanceWords(w.distance, miles);
    QString text = QStringLiteral("In the 4 weeks before the first painful entry on %1: %2 a week")
                       .arg(c.firstPain.toString(Qt::ISODate), weeks.join(QStringLiteral(", ")));
    if (!c.weeks.isEmpty() && c.weeks.last().change)
        text += QStringLiteral(" (%1%2% in the last on the one before)")
                    .arg(*c.weeks.last().change >= 0 ? QStringLiteral("+") : QString())
                    .arg(std::lround(*c.weeks.last().change * 100.0));
    if (c.biggestSpike && c.biggestSpike->measured && c.biggestSpike->baseline)
        text += QStringLiteral("; the biggest single run, %1 on %2, was %3% longer than the "
                               "longest of the 30 days before it (%4)")
                    .arg(distanceWords(*c.biggestSpike->measured, miles),
                         c.biggestSpike->date.toString(Qt::ISODate))
                    .arg(std::lround(c.biggestSpike->value.value_or(0) * 100.0))
                    .arg(distanceWords(*c.biggestSpike->baseline, miles));
    if (c.acwr)
        text += QStringLiteral("; the load ratio stood at %1").arg(*c.acwr, 0, 'f', 2);
    if (c.cadence)
        text += QStringLiteral("; median cadence %1 steps/min").arg(std::lround(*c.cadence));
    if (!c.shoe.isEmpty())
        text += QStringLiteral("; shoes: %1, %2 on them")
                    .arg(c.shoe, distanceWords(c.shoeDistance, miles, 0));
    return text + QLatin1Char('.');
}

} // namespace stridewell::core
