#include "dialogs/flag_details_dialog.h"

#include "flag_format.h"
#include "severity_style.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace stridewell::ui {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent, bool selectable = false)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

FlagDetailsDialog::FlagDetailsDialog(const core::Flag& flag, const core::AnalysisSettings& settings,
                                     DistanceUnit unit, QWidget* parent)
    : QDialog(parent)
{
    const QString word = SeverityStyle::word(flag.severity);
    setWindowTitle(tr("%1 – %2").arg(FlagFormat::name(flag.kind), word));
    setMinimumWidth(460);

    auto* icon = new QLabel(this);
    icon->setPixmap(SeverityStyle::pixmap(flag.severity, 32, devicePixelRatioF()));
    auto* title = new QLabel(this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    title->setFont(big);
    title->setText(tr("%1: %2").arg(word, FlagFormat::summary(flag, unit)));
    title->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(title, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(paragraph(FlagFormat::date(flag.date), this));
    layout->addSpacing(6);
    layout->addWidget(paragraph(flag.message, this));
    layout->addSpacing(6);
    layout->addWidget(heading(tr("How it was computed"), this));
    layout->addWidget(paragraph(FlagFormat::howComputed(flag, settings, unit), this));
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Evidence"), this));
    layout->addWidget(paragraph(flag.reference, this, true));
    layout->addSpacing(6);
    layout->addWidget(paragraph(tr("Stridewell gives training guidance, not a diagnosis. When "
                                   "in doubt, see a clinician."),
                                this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace stridewell::ui
