#include "widgets/active_flags_card.h"

#include "flag_format.h"
#include "severity_style.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stridewell::ui {

namespace {

// A flag row: one line, shortened with "…" to the card's width rather than widening the card
// (and the whole page) for a long flag; the full words are in its tooltip and accessible name.
class FlagRow : public QPushButton
{
public:
    FlagRow(const QString& text, QWidget* parent) : QPushButton(parent), m_full(text)
    {
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        setText(text);
    }
    QString fullText() const { return m_full; }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QPushButton::resizeEvent(event);
        const int room = width() - iconSize().width() - 16;
        setText(fontMetrics().elidedText(m_full, Qt::ElideRight, std::max(room, 0)));
    }

private:
    QString m_full;
};

} // namespace

ActiveFlagsCard::ActiveFlagsCard(QWidget* parent)
    : QFrame(parent), m_list(new QVBoxLayout), m_empty(new QLabel(this)),
      m_more(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    auto* title = new QLabel(tr("Active flags"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_more->setFlat(true);
    m_more->setStyleSheet(QStringLiteral("text-align: left; padding: 1px 4px;"));
    m_list->setSpacing(0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addLayout(m_list);
    layout->addWidget(m_empty);
    layout->addWidget(m_more);
    layout->addStretch(1);
    connect(m_more, &QPushButton::clicked, this, &ActiveFlagsCard::allFlagsRequested);
}

void ActiveFlagsCard::setFlags(const std::vector<core::Flag>& active,
                               const std::optional<core::Flag>& last, int activeDays,
                               DistanceUnit unit)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    const QLocale locale;
    for (std::size_t i = 0; i < active.size() && i < std::size_t(kRows); ++i) {
        const core::Flag flag = active[i];
        // The shoe's total is in the explanation; the row stays short enough for the card.
        const QString what = flag.kind == core::FlagKind::ShoeMileage
                                 ? FlagFormat::name(flag.kind)
                                 : FlagFormat::summary(flag, unit);
        auto* row = new FlagRow(tr("%1 · %2 · %3")
                                    .arg(SeverityStyle::word(flag.severity), what,
                                         locale.toString(flag.date, QStringLiteral("d MMM"))),
                                this);
        row->setFlat(true);
        row->setIcon(SeverityStyle::icon(flag.severity));
        row->setToolTip(tr("%1\n\n%2").arg(row->fullText(), flag.message));
        row->setAccessibleName(
            tr("%1 flag: %2")
                .arg(SeverityStyle::word(flag.severity), FlagFormat::summary(flag, unit)));
        row->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 4px;"));
        row->setCursor(Qt::PointingHandCursor);
        connect(row, &QPushButton::clicked, this, [this, flag] { Q_EMIT flagClicked(flag); });
        m_list->addWidget(row);
        m_rows << row;
    }
    m_empty->setVisible(active.empty());
    if (active.empty())
        m_empty->setText(
            last ? tr("None in the last %n day(s). The latest: %1, %2.", nullptr, activeDays)
                       .arg(FlagFormat::name(last->kind),
                            locale.toString(last->date, QStringLiteral("d MMM yyyy")))
                 : tr("None so far."));
    const int more = int(active.size()) - kRows;
    m_more->setVisible(last.has_value());
    m_more->setText(more > 0 ? tr("%n more…", nullptr, more) : tr("All flags…"));
}

QString ActiveFlagsCard::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

} // namespace stridewell::ui
