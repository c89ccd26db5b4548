// The report's order, its shared wording and block helpers; the header, red flags first, and
// the training summary.
#include "report/report_sections.h"

#include "advice/red_flag_triage.h"
#include "analysis/baseline.h"
#include "report/table_block.h"
#include "report/text_block.h"
#include "symptom_words.h"
#include "unit_format.h"

#include <QLocale>
#include <cmath>

namespace stridewell::ui {

using core::ReportContent;

ReportBlocks ReportSections::build(const ReportContent& c, const ReportOptions& o)
{
    ReportBlocks out;
    header(out, c, o);
    health(out, c, o);
    summary(out, c, o);
    charts(out, c, o);
    symptoms(out, c, o);
    episode(out, c, o);
    flags(out, c, o);
    strength(out, c, o);
    shoesAndNotes(out, c, o);
    closing(out, c, o);
    return out;
}

QString ReportSections::longDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString ReportSections::periodText(const core::ReportPeriod& p)
{
    return tr("%1 – %2").arg(longDate(p.from), longDate(p.to));
}

QString ReportSections::signedPercent(double ratio)
{
    // Halves round away from zero as written (0.325 is 32.4999... in binary).
    const long p = std::lround(ratio * 100.0 + std::copysign(1e-7, ratio));
    return (p > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(qlonglong(p)) +
           QLatin1Char('%');
}

QString ReportSections::citation(const ReportContent& c, core::FlagKind kind)
{
    const int n = c.referenceNumber(kind);
    return n > 0 ? QStringLiteral(" [%1]").arg(n) : QString();
}

QString ReportSections::runningTitle(const ReportContent& c)
{
    return tr("Training summary for a clinician · %1 · %2")
        .arg(c.athlete.name, periodText(c.period));
}

QString ReportSections::footerNote(const ReportContent& c)
{
    return tr("Made on %1 with Stridewell %2 · a training log's summary, not a diagnosis")
        .arg(c.madeOn.toString(Qt::ISODate), c.appVersion);
}

QString ReportSections::pageNumber(int page, int pages)
{
    return tr("Page %1 of %2").arg(page).arg(pages);
}

void ReportSections::heading(ReportBlocks& out, const QString& text, bool pageBreak)
{
    auto b = std::make_unique<TextBlock>(QList<TextRun>{{text, true}}, ReportStyle::Role::Heading);
    b->spaceBefore = ReportStyle::pt(14);
    b->spaceAfter = ReportStyle::pt(5);
    b->keepWithNext = true;
    b->pageBreakBefore = pageBreak;
    out.push_back(std::move(b));
}

void ReportSections::subheading(ReportBlocks& out, const QString& text)
{
    auto b =
        std::make_unique<TextBlock>(QList<TextRun>{{text, true}}, ReportStyle::Role::Subheading);
    b->spaceBefore = ReportStyle::pt(9);
    b->spaceAfter = ReportStyle::pt(3.5);
    b->keepWithNext = true;
    out.push_back(std::move(b));
}

void ReportSections::paragraph(ReportBlocks& out, QList<TextRun> runs, ReportStyle::Role role,
                               QColor color)
{
    auto b = std::make_unique<TextBlock>(std::move(runs), role, color);
    b->spaceAfter = ReportStyle::pt(4);
    out.push_back(std::move(b));
}

void ReportSections::paragraph(ReportBlocks& out, const QString& text, ReportStyle::Role role,
                               QColor color)
{
    paragraph(out, QList<TextRun>{{text}}, role, color);
}

void ReportSections::intro(ReportBlocks& out, QList<TextRun> runs, QColor color)
{
    paragraph(out, std::move(runs), ReportStyle::Role::Body, color);
    out.back()->keepWithNext = true;
}

void ReportSections::caption(ReportBlocks& out, const QString& text)
{
    auto b = std::make_unique<TextBlock>(text, ReportStyle::Role::Small, ReportStyle::muted());
    b->spaceBefore = ReportStyle::pt(2);
    b->spaceAfter = ReportStyle::pt(8);
    out.push_back(std::move(b));
}

void ReportSections::header(ReportBlocks& out, const ReportContent& c, const ReportOptions& o)
{
    auto title = std::make_unique<TextBlock>(tr("Training summary for a clinician"),
                                             ReportStyle::Role::Title);
    title->spaceAfter = ReportStyle::pt(2);
    title->keepWithNext = true;
    out.push_back(std::move(title));
    auto name = std::make_unique<TextBlock>(c.athlete.name, ReportStyle::Role::Heading);
    name->spaceAfter = ReportStyle::pt(8);
    name->keepWithNext = true;
    out.push_back(std::move(name));

    const int weeks = qRound(c.period.weeks());
    QString period = periodText(c.period);
    if (c.period.days() % 7 == 0)
        period += tr(" (%n week(s))", nullptr, weeks);
    else
        period += tr(" (%n day(s))", nullptr, c.period.days());
    QString thresholds = tr("Stridewell's defaults");
    if (!c.changedSettings.isEmpty()) {
        QStringList changed;
        for (auto it = c.changedSettings.cbegin(); it != c.changedSettings.cend(); ++it)
            changed << QStringLiteral("%1 = %2").arg(it.key(), it.value());
        thresholds = tr("the defaults, except %1").arg(changed.join(QStringLiteral(", ")));
    }
    const QString units = o.unit == DistanceUnit::Km
                              ? tr("distance in kilometres (km); time as h:mm:ss; cadence in "
                                   "steps per minute; pain on a 0–10 scale")
                              : tr("distance in miles (mi); time as h:mm:ss; cadence in steps "
                                   "per minute; pain on a 0–10 scale");
    auto label = [](const QString& text) { return TableCell(QList<TextRun>{{text, true}}); };
    QList<QList<TableCell>> rows = {
        {label(tr("Athlete")), c.athlete.name},
        {label(tr("Period")), period},
        {label(tr("Made on")), longDate(c.madeOn)},
        {label(tr("Made with")), tr("Stridewell %1, a training log").arg(c.appVersion)},
        {label(tr("Units")), units},
        {label(tr("Flag thresholds")), thresholds},
    };
    auto grid = std::make_unique<TableBlock>(QList<TableColumn>{{QString(), 1.0}, {QString(), 4.0}},
                                             rows, false);
    grid->spaceAfter = ReportStyle::pt(6);
    out.push_back(std::move(grid));
    paragraph(out,
              tr("What the athlete recorded in this period: runs, calf symptoms, calf-raise "
                 "tests, strength work and shoes, with the training-load flags Stridewell "
                 "raised from them. It is a summary to support an assessment, not a diagnosis; "
                 "see \"About this report\" at the end."),
              ReportStyle::Role::Body, ReportStyle::muted());
}

void ReportSections::health(ReportBlocks& out, const ReportContent& c, const ReportOptions& o)
{
    Q_UNUSED(o);
    if (c.health.isEmpty())
        return;
    heading(out, tr("Read first: warning signs and pain that is not easing"));
    intro(out,
          {{tr("Entries of the period with a red-flag sign, or pain that went on for 10 "
               "days or more without easing, most urgent first. The urgency is the "
               "highest that Stridewell's red-flag rules give the warning signs noted (a "
               "ticked sign, or pain at rest); the guidance is what the app showed the "
               "athlete, word for word. Listed whether or not the athlete marked them as "
               "read or a clinician's clearance was logged since.")}},
          ReportStyle::ink());
    QList<QList<TableCell>> rows;
    for (const core::HealthNotice& n : c.health) {
        QString logged = tr("%1, %2: pain %3/10")
                             .arg(sideName(n.side), locationName(n.location).toLower())
                             .arg(n.pain);
        if (n.kind == core::HealthNotice::Kind::NotEasing)
            logged += tr(". Not easing after 10 days or more.");
        QStringList signs;
        for (core::RedFlagSign s : n.signs)
            signs << core::describe(s);
        if (!signs.isEmpty())
            logged += tr(". Signs: %1.").arg(signs.join(QStringLiteral("; ")));
        rows << QList<TableCell>{
            TableCell::severity(severityOf(n.triage.urgency), urgencyWord(n.triage.urgency)),
            n.date.toString(Qt::ISODate),
            logged,
            QList<TextRun>{{n.triage.headline + QStringLiteral(". "), true}, {n.triage.advice}},
        };
    }
    out.push_back(std::make_unique<TableBlock>(QList<TableColumn>{{tr("Urgency"), 1.35},
                                                                  {tr("Date"), 0.95},
                                                                  {tr("What was logged"), 2.4},
                                                                  {tr("Guidance shown"), 3.6}},
                                               rows));
}

void ReportSections::summary(ReportBlocks& out, const ReportContent& c, const ReportOptions& o)
{
    heading(out, tr("Training in the period"));
    if (c.health.isEmpty())
        paragraph(out, tr("No red-flag signs were logged in this period, and no pain went on "
                          "for 10 days or more without easing."));
    if (!c.hasRuns()) {
        paragraph(out, QList<TextRun>{{tr("No runs were logged in this period."), true}});
        return;
    }
    const core::ReportSummary& s = c.summary;
    const DistanceUnit u = o.unit;
    auto label = [](const QString& text) { return TableCell(QList<TextRun>{{text, true}}); };
    QList<QList<TableCell>> rows = {
        {label(tr("Runs")), QLocale().toString(s.runs)},
        {label(tr("Distance")), formatDistance(s.distance, u, 1)},
        {label(tr("Time")), core::formatDuration(s.time)},
        {label(tr("Longest run")),
         tr("%1 on %2").arg(formatDistance(s.longest, u, 1), s.longestDate->toString(Qt::ISODate))},
    };
    rows << QList<TableCell>{
        label(tr("Average cadence")),
        s.averageCadenceSpm
            ? tr("%1 steps/min (weighted by time, over the %n run(s) that recorded it)", nullptr,
                 s.runsWithCadence)
                  .arg(QLocale().toString(*s.averageCadenceSpm, 'f', 0))
            : tr("not recorded")};
    // "1 week", "3 weeks", "2.57 weeks" (a period may end mid-week).
    const QString weeks = qFuzzyCompare(s.weeks, 1.0)
                              ? tr("1 week")
                              : tr("%1 weeks").arg(QLocale().toString(s.weeks, 'g', 3));
    if (s.loggingBegan)
        rows << QList<TableCell>{
            label(tr("Weekly average")),
            tr("%1 over %2 since logging began on %3 (the weeks before it were not logged, so "
               "they do not count as weeks without running)")
                .arg(formatDistance(s.weeklyAverage, u, 1), weeks, longDate(*s.loggingBegan))};
    else
        rows << QList<TableCell>{
            label(tr("Weekly average")),
            tr("%1 over %2").arg(formatDistance(s.weeklyAverage, u, 1), weeks)};
    if (const auto& w = s.biggestWeekIncrease)
        rows << QList<TableCell>{
            label(tr("Biggest week-over-week increase")),
            tr("week of %1: %2 after %3 the week before (%4)%5")
                .arg(w->weekStart.toString(Qt::ISODate), formatDistance(w->distance, u, 1),
                     formatDistance(w->previous, u, 1), signedPercent(w->change),
                     citation(c, core::FlagKind::WeeklyIncrease))};
    else
        rows << QList<TableCell>{label(tr("Biggest week-over-week increase")),
                                 tr("no week was longer than the week before it")};
    if (const auto& sp = s.biggestSessionSpike)
        rows << QList<TableCell>{
            label(tr("Biggest single-session spike")),
            tr("%1: %2, %3 on the longest run of the 30 days before it (%4)%5")
                .arg(sp->date.toString(Qt::ISODate), formatDistance(sp->distance, u, 1),
                     signedPercent(sp->change), formatDistance(sp->longestBefore, u, 1),
                     citation(c, core::FlagKind::SessionSpike))};
    else if (s.runsWithSpikeBaseline == 0)
        rows << QList<TableCell>{
            label(tr("Biggest single-session spike")),
            tr("building a baseline: no run of the period had the %1 runs in the 30 days before "
               "it that a comparison needs")
                .arg(core::baseline::kSpikeMinRuns)};
    else
        rows << QList<TableCell>{label(tr("Biggest single-session spike")),
                                 tr("no run was longer than the longest of the 30 days before it")};
    int counts[3] = {0, 0, 0};
    for (const core::Flag& f : c.flags)
        ++counts[int(f.severity)];
    rows << QList<TableCell>{
        label(tr("Flags in the period")),
        c.flags.empty() ? tr("none")
                        : tr("%1 high, %2 caution, %3 info (listed under \"Flags in the period\")")
                              .arg(counts[int(core::Severity::High)])
                              .arg(counts[int(core::Severity::Caution)])
                              .arg(counts[int(core::Severity::Info)])};
    out.push_back(std::make_unique<TableBlock>(
        QList<TableColumn>{{QString(), 1.55}, {QString(), 4.0}}, rows, false));
}

} // namespace stridewell::ui
