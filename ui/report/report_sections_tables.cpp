// The symptom table, the calf-raise tests and the flags of the period.
#include "advice/red_flag_triage.h"
#include "flag_format.h"
#include "report/report_sections.h"
#include "report/table_block.h"
#include "severity_style.h"
#include "symptom_words.h"

#include <QLocale>
#include <cmath>

namespace stridewell::ui {

using core::ReportContent;

namespace {

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("–") : text.trimmed();
}

// The stretch test in a table cell's few words (the column title says the rest).
QString stretchWords(std::optional<core::StretchTest> stretch)
{
    if (!stretch)
        return QStringLiteral("–");
    switch (*stretch) {
    case core::StretchTest::Straight:
        return ReportSections::tr("straight knee");
    case core::StretchTest::Bent:
        return ReportSections::tr("bent knee");
    case core::StretchTest::Both:
        return ReportSections::tr("both");
    case core::StretchTest::Neither:
        return ReportSections::tr("neither");
    }
    return {};
}

// A red-flag sign in a table cell's few words.
QString signWords(core::RedFlagSign sign)
{
    using S = core::RedFlagSign;
    switch (sign) {
    case S::Swelling:
        return ReportSections::tr("swelling");
    case S::WarmthRedness:
        return ReportSections::tr("warmth or redness");
    case S::PainAtRest:
        return ReportSections::tr("pain at rest");
    case S::ShortnessOfBreath:
        return ReportSections::tr("short of breath or chest pain");
    case S::Fever:
        return ReportSections::tr("fever");
    case S::PopOrSnap:
        return ReportSections::tr("pop or snap");
    case S::CannotBearWeight:
        return ReportSections::tr("cannot bear weight");
    case S::NumbnessTingling:
        return ReportSections::tr("numbness or tingling");
    case S::ColdOrPaleFoot:
        return ReportSections::tr("cold or pale foot");
    case S::Bruising:
        return ReportSections::tr("bruising");
    }
    return {};
}

} // namespace

void ReportSections::symptoms(ReportBlocks& out, const ReportContent& c, const ReportOptions& o)
{
    Q_UNUSED(o);
    heading(out, tr("Calf symptoms"));
    if (!c.hasSymptoms()) {
        paragraph(out, QList<TextRun>{{tr("No calf symptoms were logged in this period."), true}});
    } else {
        if (c.pattern.pattern != core::Pattern::None && !c.pattern.reason.isEmpty())
            intro(out,
                  {{tr("What the app made of the last 28 days: "), true},
                   {tr("%1. Stridewell uses this only to choose strength work to suggest; it "
                       "is not a diagnosis.")
                        .arg(c.pattern.reason)}},
                  ReportStyle::ink());
        QList<QList<TableCell>> rows;
        for (const core::Symptom& s : c.symptoms) {
            QString where = locationName(s.location);
            if (s.location == core::BodyLocation::Other && !s.locationNote.trimmed().isEmpty())
                where = s.locationNote.trimmed();
            QStringList signs;
            // The signs' short names here; "Read first" has them in full.
            for (core::RedFlagSign sign : s.redFlags)
                signs << signWords(sign);
            TableCell flagsCell(signs.isEmpty() ? QStringLiteral("–")
                                                : signs.join(QStringLiteral("; ")));
            if (!signs.isEmpty())
                flagsCell.mark = core::Severity::High;
            rows << QList<TableCell>{s.date.toString(Qt::ISODate),
                                     sideName(s.side),
                                     where,
                                     QStringLiteral("%1/10").arg(s.pain),
                                     s.type ? typeName(s.type) : QStringLiteral("–"),
                                     s.timing ? timingName(s.timing) : QStringLiteral("–"),
                                     stretchWords(s.stretch),
                                     flagsCell,
                                     orDash(s.notes)};
        }
        out.push_back(
            // Wide enough for "2024-05-13", "Right" and "Tightness" on one line each.
            std::make_unique<TableBlock>(QList<TableColumn>{{tr("Date"), 1.1},
                                                            {tr("Side"), 0.65},
                                                            {tr("Location"), 1.05},
                                                            {tr("Pain"), 0.55},
                                                            {tr("Type"), 1.05},
                                                            {tr("When"), 0.9},
                                                            {tr("Stretch test"), 0.95},
                                                            {tr("Red flags"), 1.0},
                                                            {tr("Notes"), 2.15}},
                                         rows));
        caption(out, tr("Stretch test: the calf stretch that brings the tightness on. The "
                        "straight-knee stretch loads mostly the gastrocnemius, the bent-knee "
                        "stretch the soleus."));
    }

    subheading(out, tr("Single-leg calf raise tests"));
    if (c.calfTests.isEmpty()) {
        paragraph(out, tr("No calf-raise tests were logged in this period."));
        return;
    }
    QList<QList<TableCell>> rows;
    for (const core::CalfTest& t : c.calfTests) {
        const double imbalance = t.imbalance();
        TableCell cell;
        if (t.leftReps == t.rightReps)
            cell = TableCell(tr("none"));
        else {
            const QString weaker = t.leftReps < t.rightReps ? tr("left") : tr("right");
            cell = TableCell(
                tr("%1%, %2 weaker")
                    .arg(QLocale().toString(qlonglong(std::lround(imbalance * 100))), weaker));
            if (imbalance > c.settings.calfAsymmetry)
                cell.mark = core::Severity::Caution;
        }
        rows << QList<TableCell>{t.date.toString(Qt::ISODate),
                                 QString::number(t.leftReps),
                                 QString::number(t.rightReps),
                                 cell,
                                 t.hopPain ? tr("%1/10").arg(*t.hopPain) : QStringLiteral("–"),
                                 orDash(t.notes)};
    }
    out.push_back(std::make_unique<TableBlock>(QList<TableColumn>{{tr("Date"), 1.0},
                                                                  {tr("Left"), 0.6},
                                                                  {tr("Right"), 0.6},
                                                                  {tr("Imbalance"), 1.5},
                                                                  {tr("Hops"), 0.6},
                                                                  {tr("Notes"), 3.0}},
                                               rows));
    caption(out, tr("Repetitions to fatigue on each leg. A side more than %1% weaker than the "
                    "other is marked as an imbalance worth working on. Hops: the pain of 10 "
                    "single-leg hops on the sore side, when tested.%2")
                     .arg(qRound(c.settings.calfAsymmetry * 100))
                     .arg(citation(c, core::FlagKind::CalfAsymmetry)));
}

void ReportSections::flags(ReportBlocks& out, const ReportContent& c, const ReportOptions& o)
{
    heading(out, tr("Flags in the period"));
    if (c.flags.empty()) {
        paragraph(out, tr("No flags were raised in this period."));
        return;
    }
    intro(out, {{tr("Each flag is an event Stridewell computed from the log by a fixed rule; the "
                    "explanation is the one the athlete saw. The number in brackets points to "
                    "the evidence behind the rule.")}});
    QList<QList<TableCell>> rows;
    for (const core::Flag& f : c.flags) {
        QString figure = FlagFormat::figure(f, o.unit);
        if (f.threshold)
            figure += tr(" (limit %1)").arg(FlagFormat::thresholdFigure(f, o.unit));
        rows << QList<TableCell>{f.date.toString(Qt::ISODate),
                                 TableCell::severity(f.severity, SeverityStyle::word(f.severity)),
                                 FlagFormat::name(f.kind), figure, f.message + citation(c, f.kind)};
    }
    out.push_back(std::make_unique<TableBlock>(QList<TableColumn>{{tr("Date"), 1.0},
                                                                  {tr("Severity"), 1.0},
                                                                  {tr("Flag"), 1.15},
                                                                  {tr("Figure"), 1.1},
                                                                  {tr("What it means"), 4.6}},
                                               rows));
}

} // namespace stridewell::ui
